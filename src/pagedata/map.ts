/**
 * Build-time glue between the data product, the boundaries and the pure map
 * code, memoised: thousands of pages are built, but each projection is
 * computed once per build and each year's join once per level. Components
 * call these and only format.
 */
import { cache } from "./cache.ts";
import type { Lang } from "../lib/format/lang.ts";
import { isPredikat, type Predikat } from "../lib/format/palette.ts";
import { joinRegions, predikatCounts, type Joined, type MapRegion } from "../lib/map/join.ts";
import { regionText } from "../lib/map/label.ts";
import { publishedShort } from "../lib/view/published.ts";
import { legendModel, type LegendItem } from "../lib/map/legend.ts";
import { projectTopology, type ProjectOptions, type ProjectedMap } from "../lib/map/project.ts";
import { mapText } from "../lib/map/text.ts";
import type { MapLevel, Topo } from "../lib/map/topology.ts";
import { linkTo, type Page } from "../lib/site/routes.ts";
import { siteData, yearBundle } from "./data.ts";

/** The drawings the site uses; the detail (viewBox width, tolerance) was chosen by measuring gzip size. */
export const DRAWINGS = {
  /** /peta/: every kab/kota, with the province borders drawn over them. */
  peta: { level: "kabkota", width: 1600, tolerance: 1.5, meshBetween: (a, b) => a.slice(0, 2) !== b.slice(0, 2) },
  /** Home page preview: the 38 provinces. */
  preview: { level: "provinsi", width: 1000, tolerance: 1.2 },
} as const satisfies Record<string, ProjectOptions>;

/** One province's kab/kota, fitted to it. */
export function provinceDrawing(kode: string): ProjectOptions {
  return { level: "kabkota", width: 800, maxHeight: 640, tolerance: 1, filter: (c) => c.startsWith(`${kode}.`) };
}

const projections = cache<ProjectedMap>();

export function projected(key: string, topo: Topo, o: ProjectOptions): ProjectedMap {
  return projections.get(key, () => projectTopology(topo, o));
}

/** The master's codes at a level, sorted. */
export function masterCodes(level: MapLevel): string[] {
  const tingkat = level === "provinsi" ? ["provinsi"] : ["kabupaten", "kota"];
  return siteData()
    .instansi.filter((i) => tingkat.includes(i.tingkat))
    .map((i) => i.kode)
    .sort();
}

const joins = cache<Joined>();

/** Every region of a level joined with one year's results (all geometry codes, or the master's when there is no geometry). */
export function joined(year: number, level: MapLevel, topo: Topo | null): Joined {
  return joins.get(`${year}|${level}|${topo ? "geo" : "master"}`, () => {
    const master = masterCodes(level);
    const codes = topo ? topo.objects[level].geometries.map((g) => g.properties.code) : master;
    return joinRegions(codes, master, siteData().byCode, yearBundle(year).byCode);
  });
}

export function byCode(regions: readonly MapRegion[]): Map<string, MapRegion> {
  return new Map(regions.map((r) => [r.code, r]));
}

/** Predikat labels of the year's methodology profile, in the page's language. */
export function labelsFor(year: number, lang: Lang): Map<Predikat, string> {
  const steps = yearBundle(year).profile.def.predikat;
  return new Map(
    steps.filter((s) => isPredikat(s.kode)).map((s) => [s.kode as Predikat, lang === "en" ? s.label_en : s.label]),
  );
}

export function legendFor(year: number, lang: Lang, regions?: readonly MapRegion[]): LegendItem[] {
  const def = yearBundle(year).profile.def;
  return legendModel(def.predikat, {
    lang,
    max: def.skala.max,
    decimals: def.pembulatan.desimal,
    ...(regions ? { counts: predikatCounts(regions) } : {}),
  });
}

/** <title>/tooltip text of a region on a page. */
export function titleOf(page: Page): (r: MapRegion) => string {
  const labels = labelsFor(page.year, page.lang);
  const none = mapText(page.lang).notEvaluated;
  const site = siteData();
  return (r) =>
    regionText(
      { ...r, terbitan: publishedShort(site.publishedOf(page.year, r.code), page.lang) },
      page.lang,
      r.predikat ? labels.get(r.predikat) : undefined,
      none,
    );
}

/** Link to a region's instansi page in the page's language and edition. */
export function instansiHref(page: Page): (r: MapRegion) => string | null {
  return (r) => (r.slug ? linkTo(page, "instansi", r.slug) : null);
}
