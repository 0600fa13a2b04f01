/**
 * The built site under test: `DIST_DIR` (default dist/), its files, and the
 * data product it was built from (read back from `<dist>/data/`, so a build
 * from another data set, like the hostile fixture, is described correctly).
 */
import { PublishedData, type PublishedFigure } from "../../../src/lib/schema/published.ts";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { InstansiIndex, Manifest, YearData } from "../../../src/lib/schema/output.ts";
import type { Instansi } from "../../../src/lib/schema/master.ts";
import type { SiteMap } from "../../../src/lib/site/routes.ts";

export const DIST = resolve(process.env["DIST_DIR"] ?? "dist");

/** Throws, before any check runs, when the site has not been built. */
export function requireDist(dir: string = DIST): string {
  if (!existsSync(join(dir, "index.html"))) throw new Error(`${dir}/index.html not found: run npm run build first (or set DIST_DIR to a built site)`);
  return dir;
}

/** Every file under `dir`, as '/'-separated paths relative to it, sorted. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const e of readdirSync(join(dir, rel), { withFileTypes: true })) {
      const p = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(p);
      else out.push(p);
    }
  };
  walk("");
  return out.sort();
}

export interface BuiltData {
  readonly manifest: Manifest;
  readonly instansi: readonly Instansi[];
  readonly years: readonly number[];
  readonly latest: number;
  /** Results per year, by kode_instansi. */
  readonly results: ReadonlyMap<number, ReadonlyMap<string, YearData["instansi"][number]>>;
  /** The route table's view of the site: what allPages() enumerates. */
  readonly siteMap: SiteMap;
  /** The published (real) figures, when the data product has them. */
  readonly published: readonly PublishedFigure[];
}

const json = (dir: string, path: string): unknown => JSON.parse(readFileSync(join(dir, "data", path), "utf8"));

/** The data product as published in `<dir>/data/`; `base` is the BASE_PATH the site was built for. */
export function builtData(dir: string = DIST, base = "/"): BuiltData {
  const manifest = Manifest.parse(json(dir, "manifest.json"));
  const instansi = InstansiIndex.parse(json(dir, "instansi.json")).instansi;
  const years = manifest.tahun.map((t) => t.tahun).sort((a, b) => a - b);
  const results = new Map(years.map((y) => [y, new Map(YearData.parse(json(dir, `${y}/pekppp-instansi.json`)).instansi.map((r) => [r.kode_instansi, r]))]));
  return {
    manifest,
    instansi,
    years,
    latest: Math.max(...years),
    results,
    published: manifest.angka_terbitan ? PublishedData.parse(json(dir, "angka-terbitan.json")).angka : [],
    siteMap: { years, slugs: instansi.map((i) => i.slug), provinces: instansi.filter((i) => i.tingkat === "provinsi").map((i) => i.kode), base },
  };
}
