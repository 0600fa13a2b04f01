/**
 * The changes page model of a year and language, from the data product's
 * `<year>/perubahan.json` (null when the product has none: built before the
 * changes files existed).
 */
import type { Lang } from "../lib/format/lang.ts";
import { changesView, type ChangesView } from "../lib/view/changes.ts";
import { cache } from "./cache.ts";
import { siteData, yearBundle } from "./data.ts";

const views = cache<ChangesView | null>();

export function changesModel(year: number, lang: Lang): ChangesView | null {
  return views.get(`${year}|${lang}`, () => {
    const data = yearBundle(year).changes;
    const site = siteData();
    return data && changesView(data, lang, (kode) => site.byCode.get(kode)?.slug);
  });
}
