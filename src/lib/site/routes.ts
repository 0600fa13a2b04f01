import type { Lang } from "../format/lang.ts";

/**
 * The kinds of page every edition has, named in code in English like their
 * views (`ranking` → RankingView); the URL segment of each, in Indonesian,
 * is SEGMENT below. `instansi`, `mpp` and `rkr` are the domain's own words.
 */
export const PAGE_KINDS = [
  "home",
  "ranking",
  "instansi",
  "province",
  "map",
  "method",
  "data",
  "search",
  // The other evaluations and the awards (src/views/MppView, RkrView, AwardsView).
  "mpp",
  "rkr",
  "awards",
  // Real published figures beside the sample (src/views/PublishedView).
  "published",
  // What changed since the previous edition (src/views/ChangesView).
  "changes",
] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

/** The page kinds in the header's main navigation, in its order. */
export const NAV_KINDS = ["home", "ranking", "map", "method", "data"] as const satisfies readonly PageKind[];

/** "terbaru" is the latest year, served at the root; a number is a pinned yearly edition. */
export type Edition = "terbaru" | number;

export interface Page {
  readonly kind: PageKind;
  readonly lang: Lang;
  readonly edition: Edition;
  /** The data year the page shows (the latest year for the "terbaru" edition). */
  readonly year: number;
  /** Slug of the instansi, or code of the province; absent for the other kinds. */
  readonly key?: string;
  /**
   * The path the site is served under ("/", or "/ipp/" with BASE_PATH; see
   * deploy.ts). Every address built from a page carries it, so a link made
   * with the functions below is right under any sub-path.
   */
  readonly base: string;
}

/** Anything an address can be built from: a page, or the deploy settings. */
export type Based = Pick<Page, "base">;

/** What exists: the years with data, the instansi slugs and province codes, and the base path. */
export interface SiteMap {
  readonly years: readonly number[];
  readonly slugs: readonly string[];
  readonly provinces: readonly string[];
  readonly base: string;
}

const SEGMENT: Record<PageKind, string> = {
  home: "",
  ranking: "peringkat/",
  instansi: "instansi/",
  province: "provinsi/",
  map: "peta/",
  method: "metodologi/",
  data: "data/",
  search: "cari/",
  mpp: "evaluasi/mpp/",
  rkr: "evaluasi/ramah-kelompok-rentan/",
  awards: "penghargaan/",
  published: "angka-terbitan/",
  changes: "perubahan/",
};

/** A page's path below the base, without slashes at either end ("" for the home page). */
function relativeOf(p: Omit<Page, "year" | "base">): string {
  const lang = p.lang === "en" ? "en/" : "";
  const edition = p.edition === "terbaru" ? "" : `${p.edition}/`;
  const key = p.key ? `${p.key}/` : "";
  return `${lang}${edition}${SEGMENT[p.kind]}${key}`.replace(/\/$/, "");
}

/**
 * The address of a page: `<base>[en/][<year>/]<kind>/[<key>/]`. Indonesian is
 * at the root and English under en/, with the same segments so switching
 * language keeps the reader on the same page; the latest year has no year
 * segment. The base is "/" at a host's root.
 */
export function pathOf(p: Omit<Page, "year">): string {
  const rel = relativeOf(p);
  return rel ? `${p.base}${rel}/` : p.base;
}

/** The Astro route parameter of a page (its path below the base; undefined for the home page). */
export function routeOf(p: Omit<Page, "year" | "base">): string | undefined {
  return relativeOf(p) || undefined;
}

/** Every page of the site: each kind in each language and each edition (latest plus every year). */
export function allPages(site: SiteMap): Page[] {
  if (site.years.length === 0) return [];
  const latest = Math.max(...site.years);
  const editions: { edition: Edition; year: number }[] = [
    { edition: "terbaru", year: latest },
    ...[...site.years].sort().map((y) => ({ edition: y, year: y })),
  ];
  const pages: Page[] = [];
  for (const lang of ["id", "en"] as const)
    for (const { edition, year } of editions)
      for (const kind of PAGE_KINDS) {
        const keys = kind === "instansi" ? site.slugs : kind === "province" ? site.provinces : [undefined];
        for (const key of keys)
          pages.push(
            key === undefined
              ? { kind, lang, edition, year, base: site.base }
              : { kind, lang, edition, year, key, base: site.base },
          );
      }
  return pages;
}

/** The same page in the other language. */
export function inLang(p: Page, lang: Lang): Page {
  return { ...p, lang };
}

/** The same page in every edition: the latest first, then each year, newest first. */
export function inEditions(p: Page, years: readonly number[]): Page[] {
  const latest = Math.max(...years);
  const byYear = [...years].sort((a, b) => b - a).map((y): Page => ({ ...p, edition: y, year: y }));
  return [{ ...p, edition: "terbaru", year: latest }, ...byYear];
}

/** The permanent address of a page: pinned to its year, so a citation never changes. */
export function permalinkOf(p: Page): string {
  return pathOf({ ...p, edition: p.year });
}

/** Parses a path produced by pathOf (under `base`) back into its parts (for tests and link checks). */
export function parsePath(path: string, base = "/"): Omit<Page, "year"> | undefined {
  if (!path.startsWith(base)) return undefined;
  const parts = path.slice(base.length).split("/").filter(Boolean);
  let lang: Lang = "id";
  let edition: Edition = "terbaru";
  if (parts[0] === "en") {
    lang = "en";
    parts.shift();
  }
  if (parts[0] && /^\d{4}$/.test(parts[0])) edition = Number(parts.shift());
  // A kind's segment may have two parts (evaluasi/mpp/): the longest match wins.
  const two = parts.length >= 2 ? `${parts[0]}/${parts[1]}/` : undefined;
  const deep = (Object.keys(SEGMENT) as PageKind[]).find((k) => two !== undefined && SEGMENT[k] === two);
  if (deep) parts.splice(0, 2, two!.slice(0, -1));
  const [segment = "", key, ...rest] = parts;
  const kind = deep ?? (Object.keys(SEGMENT) as PageKind[]).find((k) => SEGMENT[k] === (segment ? `${segment}/` : ""));
  if (!kind || rest.length) return undefined;
  const needsKey = kind === "instansi" || kind === "province";
  if (needsKey !== (key !== undefined)) return undefined;
  return key === undefined ? { kind, lang, edition, base } : { kind, lang, edition, key, base };
}

/** A link from `from` to another page of the same language and edition. */
export function linkTo(from: Pick<Page, "lang" | "edition" | "base">, kind: PageKind, key?: string): string {
  const at = { lang: from.lang, edition: from.edition, base: from.base };
  return pathOf(key === undefined ? { ...at, kind } : { ...at, kind, key });
}

/**
 * A file the site publishes, below the base: `path` is relative to the
 * site's root ("favicon.svg", "data/2024/pekppp-instansi.csv").
 */
export function fileUrl(from: Based, path: string): string {
  return `${from.base}${path.replace(/^\/+/, "")}`;
}

/** A file of the data product (public/data/): "2024/pekppp-instansi.csv", "instansi.json". */
export const dataUrl = (from: Based, file: string): string => fileUrl(from, `data/${file}`);

/** A boundary file (public/geo/): "wilayah.topo.json". */
export const geoUrl = (from: Based, file: string): string => fileUrl(from, `geo/${file}`);

/** A shared chart image of a year and language (src/pages/grafik/[tahun]/[lang]/[nama].svg.ts): "sebaran-ipp-s". */
export const chartUrl = (from: Based, year: number, lang: Lang, name: string): string =>
  fileUrl(from, `grafik/${year}/${lang}/${name}.svg`);

/** The data package descriptor (src/pages/data/datapackage.json.ts). */
export const dataPackageUrl = (from: Based): string => dataUrl(from, "datapackage.json");

/** The sitemap (src/pages/[name].xml.ts; written only with SITE_URL). */
export const sitemapUrl = (from: Based): string => fileUrl(from, "sitemap.xml");

/**
 * The "page not found" page of a language (src/pages/404.astro,
 * src/pages/en/404.astro). Static hosts serve `/404.html` for any missing
 * address (some look for the nearest 404.html up the path first).
 */
export const notFoundUrl = (from: Based, lang: Lang): string =>
  fileUrl(from, lang === "en" ? "en/404.html" : "404.html");

/**
 * Embeds (issue 15): pages without the site's chrome, to put one chart in an
 * <iframe> on another site. Their year is always pinned in the address
 * (`<base>[en/]embed/<year>/<chart>/`), so an embedded chart never changes
 * meaning when a later edition comes out. The national charts and the map
 * have one page per year and language, the province view one per province
 * (`embed/<year>/provinsi/<kode>/`). An instansi's charts add no files: its
 * year-pinned page doubles as the embed when addressed with a fragment
 * (`#sematkan-hasil`, `#sematkan-aspek`, `#sematkan-tren`; see embedOf).
 */
export const EMBED_CHARTS = ["sebaran", "predikat-tingkat", "provinsi", "peta"] as const;
export type EmbedChart = (typeof EMBED_CHARTS)[number] | "provinsi-view";

/** The instansi page's charts that can be embedded (fragment `#sematkan-<chart>`). */
export const INSTANSI_EMBEDS = ["hasil", "aspek", "tren"] as const;
export type InstansiEmbed = (typeof INSTANSI_EMBEDS)[number];

export interface EmbedPage {
  readonly lang: Lang;
  readonly year: number;
  readonly chart: EmbedChart;
  /** The province's code, for the province view only. */
  readonly key?: string;
  readonly base: string;
}

function embedRelative(e: Omit<EmbedPage, "base">): string {
  const lang = e.lang === "en" ? "en/" : "";
  const chart = e.chart === "provinsi-view" ? `provinsi/${e.key ?? ""}` : e.chart;
  return `${lang}embed/${e.year}/${chart}`;
}

/** The address of an embed page: `<base>[en/]embed/<year>/<chart>/`. */
export const embedPathOf = (e: EmbedPage): string => `${e.base}${embedRelative(e)}/`;

/** The Astro route parameter of an embed page. */
export const embedRouteOf = (e: Omit<EmbedPage, "base">): string => embedRelative(e);

/** Every embed page: each national chart and the map, and each province view, per year and language. */
export function allEmbeds(site: SiteMap): EmbedPage[] {
  const out: EmbedPage[] = [];
  for (const lang of ["id", "en"] as const)
    for (const year of [...site.years].sort()) {
      for (const chart of EMBED_CHARTS) out.push({ lang, year, chart, base: site.base });
      for (const key of site.provinces) out.push({ lang, year, chart: "provinsi-view", key, base: site.base });
    }
  return out;
}

/** Parses an address made by embedPathOf (under `base`); undefined for any other. */
export function parseEmbedPath(path: string, base = "/"): EmbedPage | undefined {
  if (!path.startsWith(base)) return undefined;
  const parts = path.slice(base.length).split("/").filter(Boolean);
  const lang: Lang = parts[0] === "en" ? "en" : "id";
  if (lang === "en") parts.shift();
  const [embed, year, chart, key, ...rest] = parts;
  if (embed !== "embed" || !year || !/^\d{4}$/.test(year) || rest.length) return undefined;
  if (chart === "provinsi" && key !== undefined) return { lang, year: Number(year), chart: "provinsi-view", key, base };
  if (key !== undefined || !(EMBED_CHARTS as readonly string[]).includes(chart ?? "")) return undefined;
  return { lang, year: Number(year), chart: chart as EmbedChart, base };
}

/**
 * The embed of a page's chart, as an address below the base: an embed page,
 * or for an instansi chart its year-pinned page with `#sematkan-<chart>`.
 */
export function instansiEmbedOf(p: Page, chart: InstansiEmbed): string {
  return `${permalinkOf(p)}#sematkan-${chart}`;
}

/**
 * The chart id an embed names in its height message
 * (`{"datawrapper-height": {"<id>": px}}`) and that downloads use in file
 * names: the chart (`sebaran`, `peta`), `provinsi-<slug>` for a province
 * view (the slug of the province without its "provinsi-" prefix).
 */
export function embedChartId(e: Pick<EmbedPage, "chart">, provinceSlug?: string): string {
  if (e.chart !== "provinsi-view") return e.chart;
  return `provinsi-${(provinceSlug ?? "").replace(/^provinsi-/, "")}`;
}

/** The host script that resizes our iframes on other sites (src/pages/embed.js.ts). */
export const embedScriptUrl = (from: Based): string => fileUrl(from, "embed.js");
