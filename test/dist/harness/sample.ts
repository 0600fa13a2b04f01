/**
 * The pages the browser tests open: a representative sample taken from the
 * route table, since opening all ~5,000 in a browser would take far longer
 * than the difference it makes (the static checks read every page). Each
 * kind in both languages, in the latest edition and the oldest year edition,
 * plus instansi chosen for what tends to break: a tied rank, one not
 * evaluated, a K/L, a kabupaten and a kota, and a province page.
 */
import { PAGE_KINDS, pathOf, type Page, type PageKind } from "../../../src/lib/site/routes.ts";
import type { Lang } from "../../../src/lib/format/lang.ts";
import type { BuiltData } from "./dist.ts";

export interface SamplePage {
  readonly page: Page;
  readonly path: string;
  /** Why this page is in the sample, for test names. */
  readonly label: string;
}

export const LANGS: readonly Lang[] = ["id", "en"];

/** Instansi slugs worth a look, from the latest year's results. */
export function notableInstansi(data: BuiltData): { slug: string; why: string }[] {
  const latest = data.results.get(data.latest)!;
  const picked: { slug: string; why: string }[] = [];
  const add = (slug: string | undefined, why: string) => {
    if (slug && !picked.some((p) => p.slug === slug)) picked.push({ slug, why });
  };
  const rankCount = new Map<string, number>();
  for (const r of latest.values()) rankCount.set(`${r.tingkat}/${r.peringkat_nasional}`, (rankCount.get(`${r.tingkat}/${r.peringkat_nasional}`) ?? 0) + 1);
  const tied = [...latest.values()].find((r) => (rankCount.get(`${r.tingkat}/${r.peringkat_nasional}`) ?? 0) > 1);
  const slugOf = (kode: string | undefined) => data.instansi.find((i) => i.kode === kode)?.slug;
  add(slugOf(tied?.kode_instansi), "tied rank");
  add(data.instansi.find((i) => !latest.has(i.kode))?.slug, "not evaluated");
  const conflicting = data.published.find((f) => f.tahun === data.latest && f.bertentangan_dengan.length && f.slug);
  add(conflicting?.slug ?? data.published.find((f) => f.tahun === data.latest && f.slug)?.slug ?? undefined, "published figure");
  for (const tingkat of ["kl", "kabupaten", "kota"] as const) add(data.instansi.find((i) => i.tingkat === tingkat && latest.has(i.kode))?.slug, tingkat);
  return picked;
}

export function samplePages(data: BuiltData): SamplePage[] {
  const oldest = Math.min(...data.years);
  const editions: { edition: Page["edition"]; year: number }[] = [{ edition: "terbaru", year: data.latest }];
  if (oldest !== data.latest) editions.push({ edition: oldest, year: oldest });
  const instansi = notableInstansi(data);
  const province = data.siteMap.provinces[0];
  const out: SamplePage[] = [];
  for (const lang of LANGS)
    for (const { edition, year } of editions)
      for (const kind of PAGE_KINDS) {
        const keys: { key?: string; why: string }[] =
          kind === "instansi" ? instansi.map((i) => ({ key: i.slug, why: i.why })) : kind === "province" ? (province ? [{ key: province, why: "province" }] : []) : [{ why: kind }];
        for (const { key, why } of keys) {
          const base = data.siteMap.base;
          const page: Page = key === undefined ? { kind, lang, edition, year, base } : { kind, lang, edition, year, key, base };
          out.push({ page, path: pathOf(page), label: `${kind} ${lang} ${edition}${key ? ` ${why}` : ""}` });
        }
      }
  return out;
}

/** One page of each kind in one language, latest edition (axe, budgets in the browser). */
export function onePerKind(data: BuiltData, lang: Lang): SamplePage[] {
  const first = new Map<PageKind, SamplePage>();
  for (const s of samplePages(data)) if (s.page.lang === lang && s.page.edition === "terbaru" && !first.has(s.page.kind)) first.set(s.page.kind, s);
  return [...first.values()];
}
