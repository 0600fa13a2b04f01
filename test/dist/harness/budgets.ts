/**
 * Transfer budgets per page kind (gzip bytes; 1 kB = 1,000 bytes), from the
 * issue: an instansi page is what most readers open from a search on a
 * phone, the home page carries the national charts, the map its geometry.
 * Kinds without a budget are measured and reported, not judged. The embeds
 * (a chart ≤ 80 kB, the map ≤ 300 kB) are not page kinds: embed.test.ts
 * holds their budgets.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { PageKind } from "../../../src/lib/site/routes.ts";

export const BUDGETS: Partial<Record<PageKind, number>> = {
  home: 150_000,
  instansi: 60_000,
  map: 300_000,
  // The other evaluations (two inline SVG maps and a long table) and the awards: kept small too.
  mpp: 100_000,
  rkr: 100_000,
  awards: 30_000,
};

export const kB = (bytes: number): string => `${(bytes / 1000).toFixed(1)} kB`;

/**
 * Files a kind's scripts fetch on load, which no tag names: the map's
 * geometry, whose file name the boundary build records in geo/status.json.
 * The browser budget test measures the real network log and so also catches
 * a fetch missing from this list.
 */
export function fetchedOnLoad(dist: string, base = "/"): Partial<Record<PageKind, string[]>> {
  try {
    const status = JSON.parse(readFileSync(join(dist, "geo", "status.json"), "utf8")) as { available?: boolean; file?: string };
    return status.available && status.file ? { map: [`${base}geo/${status.file}`] } : {};
  } catch {
    return {};
  }
}

export interface KindFigures {
  pages: number;
  min: number;
  median: number;
  max: number;
  worst: string;
}

/** Min/median/max per kind from per-page totals. */
export function summarise(totals: ReadonlyMap<PageKind, { path: string; total: number }[]>): Map<PageKind, KindFigures> {
  const out = new Map<PageKind, KindFigures>();
  for (const [kind, list] of totals) {
    const sorted = [...list].sort((a, b) => a.total - b.total);
    const last = sorted[sorted.length - 1]!;
    out.set(kind, { pages: sorted.length, min: sorted[0]!.total, median: sorted[Math.floor(sorted.length / 2)]!.total, max: last.total, worst: last.path });
  }
  return out;
}
