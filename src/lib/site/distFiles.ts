/**
 * The files of a built site (dist/), as families: how many files each
 * family has for a given set of editions, and which built path belongs to
 * it. The file budget of issue 14 (≤ 20,000 files and ≤ 1 GB at ten
 * editions: the limits of Cloudflare Pages and GitHub Pages) is checked on
 * this model (test/unit/site/distFiles.test.ts), and the model is checked
 * against a real build, family by family and file for file
 * (test/dist/fileBudget.test.ts). A feature that publishes files adds one
 * family here (embeds, social cards: issue 15).
 */
import { LANGS } from "../format/lang.ts";
import { cardList } from "./cards.ts";
import { allEmbeds, allPages, type PageKind, type SiteMap } from "./routes.ts";

/** What the counts depend on. */
export interface SiteShape {
  /** The editions' years. */
  readonly years: readonly number[];
  /** How many instansi have a page (every instansi of the master). */
  readonly instansi: number;
  /** How many provinces have a page. */
  readonly provinces: number;
  /** Files the data build writes for a year (`<year>/…` under data/; the manifest lists them). */
  readonly dataFilesOf: (year: number) => number;
  /** Files of the data product that are not per year (manifest, instansi.json, methodology, published figures, awards). */
  readonly dataFilesShared: number;
  /** Width variants of each shared chart image (src/charts VARIANTS). */
  readonly chartVariants: number;
  /** Boundary files (geo/). */
  readonly geoFiles: number;
  /** Bundled assets (_astro/: scripts, styles) and the other files of public/ (favicon, .nojekyll). */
  readonly assetFiles: number;
  /** SITE_URL set: sitemap.xml and robots.txt are written. */
  readonly absolute: boolean;
  /** How many of the most recent editions have a social card per instansi (CARD_EDITIONS, src/lib/site/cards.ts). */
  readonly cardEditions: number;
}

export interface FileFamily {
  readonly name: string;
  /** How many files the family has for a site of this shape. */
  readonly count: (s: SiteShape) => number;
  /** Whether a built file (path relative to dist/, '/'-separated) belongs to the family. */
  readonly owns: (path: string) => boolean;
  /**
   * Bytes per file, an upper estimate for ten editions: measured on the
   * synthetic ten-edition build (`npm run bench -- --only site`, 5 December
   * 2026, SITE_URL set: an instansi page 52.7 kB on average, a province
   * page 56.5 kB, an embed page 44.4 kB, a card 28.3 kB, a year's data file
   * 203 kB), rounded up a little for 633 instansi instead of the sample's 600.
   * test/dist/fileBudget.test.ts fails when a real build's mean per file
   * exceeds it, so the size estimate cannot drift unseen.
   */
  readonly bytesEach: number;
}

const siteMap = (s: SiteShape): SiteMap => ({
  years: s.years,
  slugs: Array.from({ length: s.instansi }, (_, i) => `i${i}`),
  provinces: Array.from({ length: s.provinces }, (_, i) => `p${i}`),
  base: "/",
});

const perYearData = /^data\/\d{4}\//;
const EMBED_PAGE = /^(en\/)?embed\//;
const INSTANSI_PAGE = /(^|\/)instansi\/[^/]+\/index\.html$/;
const PROVINCE_PAGE = /(^|\/)provinsi\/[^/]+\/index\.html$/;

const pagesOf = (s: SiteShape, kind: PageKind) => allPages(siteMap(s)).filter((p) => p.kind === kind).length;

/** Every family, in the order the report lists them; every file of dist/ belongs to exactly one. */
export const FAMILIES: readonly FileFamily[] = [
  {
    name: "halaman instansi (route table)",
    count: (s) => pagesOf(s, "instansi"),
    owns: (p) => INSTANSI_PAGE.test(p) && !EMBED_PAGE.test(p),
    bytesEach: 53_500,
  },
  {
    name: "halaman provinsi (route table)",
    count: (s) => pagesOf(s, "province"),
    owns: (p) => PROVINCE_PAGE.test(p) && !EMBED_PAGE.test(p),
    bytesEach: 57_000,
  },
  {
    name: "halaman lain (route table: every other kind × edition × language)",
    count: (s) => allPages(siteMap(s)).length - pagesOf(s, "instansi") - pagesOf(s, "province"),
    owns: (p) => p.endsWith("index.html") && !INSTANSI_PAGE.test(p) && !PROVINCE_PAGE.test(p) && !EMBED_PAGE.test(p),
    bytesEach: 235_000,
  },
  {
    // The instansi parts are embedded through the instansi pages themselves (#sematkan-…): no files.
    name: "halaman sematan (route table: embedded charts, the map, province views)",
    count: (s) => allEmbeds(siteMap(s)).length,
    owns: (p) => EMBED_PAGE.test(p) && p.endsWith("index.html"),
    bytesEach: 46_000,
  },
  {
    name: "kartu sosial (kartu/<year>/<key>.png, one for both languages)",
    count: (s) => cardList(siteMap(s), s.cardEditions).length,
    owns: (p) => p.startsWith("kartu/"),
    bytesEach: 29_000,
  },
  {
    name: "halaman 404",
    count: () => LANGS.length,
    owns: (p) => p === "404.html" || p === "en/404.html",
    bytesEach: 8_000,
  },
  {
    name: "gambar grafik bersama (grafik/<year>/<lang>/)",
    count: (s) => s.years.length * LANGS.length * s.chartVariants,
    owns: (p) => p.startsWith("grafik/"),
    bytesEach: 140_000,
  },
  {
    name: "produk data per tahun (data/<year>/)",
    count: (s) => s.years.reduce((n, y) => n + s.dataFilesOf(y), 0),
    owns: (p) => perYearData.test(p),
    bytesEach: 215_000,
  },
  {
    name: "produk data bersama (data/, datapackage.json)",
    count: (s) => s.dataFilesShared + 1,
    owns: (p) => p.startsWith("data/") && !perYearData.test(p) && !p.endsWith("index.html"),
    bytesEach: 75_000,
  },
  { name: "batas wilayah (geo/)", count: (s) => s.geoFiles, owns: (p) => p.startsWith("geo/"), bytesEach: 180_000 },
  {
    name: "aset (_astro/, favicon, .nojekyll)",
    count: (s) => s.assetFiles,
    owns: (p) => p.startsWith("_astro/") || (!p.includes("/") && !/\.(html|xml|txt)$/.test(p)),
    bytesEach: 25_000,
  },
  {
    name: "sitemap.xml dan robots.txt",
    count: (s) => (s.absolute ? 2 : 0),
    owns: (p) => p === "sitemap.xml" || p === "robots.txt",
    bytesEach: 600_000,
  },
];

/** Files per family and in all for a site of this shape. */
export function fileCount(s: SiteShape, families: readonly FileFamily[] = FAMILIES) {
  const byFamily = families.map((f) => ({ name: f.name, files: f.count(s) }));
  return { byFamily, total: byFamily.reduce((n, f) => n + f.files, 0) };
}

/** The family of a built file (undefined: none claims it, a gap in the model). */
export function familyOf(path: string, families: readonly FileFamily[] = FAMILIES): FileFamily | undefined {
  return families.find((f) => f.owns(path));
}

/** The budget of issue 14: Cloudflare Pages' file limit and GitHub Pages' size limit. */
export const BUDGET = { files: 20_000, bytes: 1_000_000_000, editions: 10 } as const;
