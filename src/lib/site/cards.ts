/**
 * Which social cards a build publishes and which card a page shows (the
 * images themselves: src/pagedata/cards.ts). One file per card, shared by
 * both languages: /kartu/<year>/<key>.png, key `beranda` (home), `peta`
 * (map), `provinsi-<kode>` (province page) or the instansi slug. Every
 * edition has its home, map and province cards; instansi cards exist for the
 * `editions` most recent editions only — the lever that keeps the site within
 * its file and byte budget at ten editions (src/lib/site/distFiles.ts) —
 * and an older edition's instansi page shows its edition's home card.
 */
import type { Page, SiteMap } from "./routes.ts";

/**
 * How many of the most recent editions get a card per instansi, unless
 * CARD_EDITIONS says otherwise: 3 keeps ten editions within 20,000 files
 * and 1 GB with the embeds (test/unit/site/distFiles.test.ts).
 */
export const DEFAULT_CARD_EDITIONS = 3;

export interface CardRef {
  readonly year: number;
  readonly key: string;
}

/** What the card list depends on: the route table's years, instansi slugs and province codes. */
export type CardSite = Omit<SiteMap, "base">;

const RESERVED = new Set(["beranda", "peta"]);
const provinceKey = (kode: string) => `provinsi-${kode}`;
/** A province page's card: the province code is digits, so no instansi slug ("provinsi-aceh") looks like one. */
const PROVINCE_KEY = /^provinsi-(\d+)$/;

/** The editions whose instansi have cards of their own: the `editions` most recent. */
export function instansiCardYears(years: readonly number[], editions: number): ReadonlySet<number> {
  return new Set([...years].sort((a, b) => b - a).slice(0, editions));
}

/** Every card of a build, each once; throws when an instansi slug would take a card name of another kind. */
export function cardList(site: CardSite, editions: number): CardRef[] {
  const withInstansi = instansiCardYears(site.years, editions);
  const out: CardRef[] = [];
  for (const year of [...site.years].sort((a, b) => a - b)) {
    out.push({ year, key: "beranda" }, { year, key: "peta" });
    for (const kode of site.provinces) out.push({ year, key: provinceKey(kode) });
    if (withInstansi.has(year))
      for (const slug of site.slugs) {
        if (RESERVED.has(slug) || PROVINCE_KEY.test(slug))
          throw new Error(`slug instansi "${slug}" bertabrakan dengan nama kartu`);
        out.push({ year, key: slug });
      }
  }
  return out;
}

/** The card a page shows, given the editions whose instansi have cards. */
export function cardOfPage(page: Pick<Page, "kind" | "year" | "key">, withInstansi: ReadonlySet<number>): CardRef {
  const { year } = page;
  if (page.kind === "map") return { year, key: "peta" };
  if (page.kind === "province" && page.key) return { year, key: provinceKey(page.key) };
  if (page.kind === "instansi" && page.key && withInstansi.has(year)) return { year, key: page.key };
  return { year, key: "beranda" };
}

/** CARD_EDITIONS as written in the environment (absent: the default); throws on anything but a whole number ≥ 0. */
export function parseCardEditions(raw: string | undefined): number {
  const text = raw?.trim();
  if (!text) return DEFAULT_CARD_EDITIONS;
  if (!/^\d+$/.test(text)) throw new Error(`CARD_EDITIONS "${text}" tidak sah: tulis bilangan bulat ≥ 0, mis. 3`);
  return Number(text);
}

/** The province code of a province card's key (`provinsi-32` → "32"); undefined for any other card. */
export const provinceOfCard = (key: string): string | undefined => PROVINCE_KEY.exec(key)?.[1];
