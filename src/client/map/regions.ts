// The regions as the page knows them: codes and every year's figures from
// the JSON config, names and links from the server-rendered tables (so they
// are not shipped twice). Display names are the master's, as in the tables.
import type { LiveMapConfig } from "../../lib/map/liveConfig.ts";
import { LIVE_CONFIG_ID } from "../../lib/map/liveConfig.ts";
import type { MapLevel } from "../../lib/map/topology.ts";
import { lookupYear } from "../../lib/map/yearTable.ts";
import type { Predikat } from "../../lib/format/palette.ts";

export interface RegionInfo {
  readonly code: string;
  readonly name: string;
  /** Instansi slug, read from the table's link; null when the region has no page. */
  readonly slug: string | null;
  readonly level: MapLevel;
  /** Position in the config's year table. */
  readonly index: number;
}

export interface Figures {
  readonly predikat: Predikat | null;
  readonly ipp: number | null;
  /** Its published (real) figure that year, worded; null when none. */
  readonly terbitan: string | null;
}

export function readConfig(): LiveMapConfig | null {
  const el = document.getElementById(LIVE_CONFIG_ID);
  if (!el?.textContent) return null;
  return JSON.parse(el.textContent) as LiveMapConfig;
}

export const levelOf = (code: string): MapLevel => (code.includes(".") ? "kabkota" : "provinsi");

export class Regions {
  readonly byCode = new Map<string, RegionInfo>();
  readonly config: LiveMapConfig;

  constructor(config: LiveMapConfig) {
    this.config = config;
    const rows = new Map<string, HTMLTableRowElement>();
    for (const tr of document.querySelectorAll<HTMLTableRowElement>("tr[data-kode]"))
      rows.set(tr.dataset["kode"] ?? "", tr);
    config.table.codes.forEach((code, index) => {
      const row = rows.get(code);
      const link = row?.querySelector<HTMLAnchorElement>("th a");
      const name = (link ?? row?.querySelector("th"))?.textContent?.trim() || code;
      const slug = link?.getAttribute("href")?.split("/").filter(Boolean).at(-1) ?? null;
      this.byCode.set(code, { code, name, slug, level: levelOf(code), index });
    });
  }

  /** A region the geometry has but the page does not know: named by the boundary source, no link. */
  info(code: string, fallbackName: string): RegionInfo {
    return this.byCode.get(code) ?? { code, name: fallbackName, slug: null, level: levelOf(code), index: -1 };
  }

  /** The region's instansi page in the edition of `year`. */
  href(code: string, year: number): string | null {
    const slug = this.byCode.get(code)?.slug;
    const base = this.config.instansiBases[year];
    return slug && base ? `${base}${slug}/` : null;
  }

  figures(code: string, year: number): Figures {
    const r = this.byCode.get(code);
    const terbitan = this.config.published?.[year]?.[code] ?? null;
    return r ? { ...lookupYear(this.config.table, year, r.index), terbitan } : { predikat: null, ipp: null, terbitan };
  }

  label(predikat: Predikat | null): string | undefined {
    return predikat ? this.config.labels[predikat] : undefined;
  }

  ofLevel(level: MapLevel): RegionInfo[] {
    return [...this.byCode.values()].filter((r) => r.level === level);
  }
}
