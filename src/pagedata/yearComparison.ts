/**
 * The year-on-year comparison a page needs, computed once per year for the
 * whole build: the home page and the ranking page of both languages and of
 * both editions showing that year all share it.
 */
import { cache } from "./cache.ts";
import { compareYears, previousYear, type Comparison, type YearSlice } from "../lib/view/movers.ts";
import { siteData, yearBundle, type YearBundle } from "./data.ts";

const comparisons = cache<Comparison>();

const slice = (b: YearBundle): YearSlice => ({ year: b.year, profil: b.data.profil, instansi: b.data.instansi });

export function yearComparison(year: number): Comparison {
  return comparisons.get(String(year), () => {
    const prev = previousYear(siteData().years.keys(), year);
    return compareYears(slice(yearBundle(year)), prev === null ? null : slice(yearBundle(prev)));
  });
}
