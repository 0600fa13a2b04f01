import type { Lang } from "../format/lang.ts";

/** The kinds of page every edition has. */
export const PAGE_KINDS = [
  "beranda",
  "peringkat",
  "instansi",
  "provinsi",
  "peta",
  "metodologi",
  "data",
  "cari",
  "terbitan",
] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

/** The page kinds in the header's main navigation, in its order. */
export const NAV_KINDS = ["beranda", "peringkat", "peta", "metodologi", "data"] as const satisfies readonly PageKind[];

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
}

/** What exists: the years with data, and the instansi slugs and province codes. */
export interface SiteMap {
  readonly years: readonly number[];
  readonly slugs: readonly string[];
  readonly provinces: readonly string[];
}

const SEGMENT: Record<PageKind, string> = {
  beranda: "",
  peringkat: "peringkat/",
  instansi: "instansi/",
  provinsi: "provinsi/",
  peta: "peta/",
  metodologi: "metodologi/",
  data: "data/",
  cari: "cari/",
  terbitan: "angka-terbitan/",
};

/**
 * The URL of a page: `/[en/][<year>/]<kind>/[<key>/]`. Indonesian is at the
 * root and English under /en/, with the same segments so switching language
 * keeps the reader on the same page; the latest year has no year segment.
 */
export function pathOf(p: Omit<Page, "year">): string {
  const lang = p.lang === "en" ? "en/" : "";
  const edition = p.edition === "terbaru" ? "" : `${p.edition}/`;
  const key = p.key ? `${p.key}/` : "";
  return `/${lang}${edition}${SEGMENT[p.kind]}${key}`;
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
        const keys = kind === "instansi" ? site.slugs : kind === "provinsi" ? site.provinces : [undefined];
        for (const key of keys)
          pages.push(key === undefined ? { kind, lang, edition, year } : { kind, lang, edition, year, key });
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

/** Parses a path produced by pathOf back into its parts (for tests and link checks). */
export function parsePath(path: string): Omit<Page, "year"> | undefined {
  const parts = path.split("/").filter(Boolean);
  let lang: Lang = "id";
  let edition: Edition = "terbaru";
  if (parts[0] === "en") {
    lang = "en";
    parts.shift();
  }
  if (parts[0] && /^\d{4}$/.test(parts[0])) edition = Number(parts.shift());
  const [segment = "", key, ...rest] = parts;
  const kind = (Object.keys(SEGMENT) as PageKind[]).find((k) => SEGMENT[k] === (segment ? `${segment}/` : ""));
  if (!kind || rest.length) return undefined;
  const needsKey = kind === "instansi" || kind === "provinsi";
  if (needsKey !== (key !== undefined)) return undefined;
  return key === undefined ? { kind, lang, edition } : { kind, lang, edition, key };
}

/** A link from `from` to another page of the same language and edition. */
export function linkTo(from: Pick<Page, "lang" | "edition">, kind: PageKind, key?: string): string {
  return pathOf(
    key === undefined
      ? { kind, lang: from.lang, edition: from.edition }
      : { kind, lang: from.lang, edition: from.edition, key },
  );
}
