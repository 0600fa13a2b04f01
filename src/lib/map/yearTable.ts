/**
 * Every year's predikat and IPP of every region, packed small enough to sit
 * in the map page as JSON data (<script type="application/json">, which the
 * CSP allows: it is never run). The year selector recolours the map from it
 * without another request. Imports only the palette, so the browser bundle
 * stays small.
 */
import { PREDIKAT_CODES, isPredikat, type Predikat } from "../format/palette.ts";

export interface YearTable {
  readonly years: readonly number[];
  /** Region codes; the per-year arrays follow this order. */
  readonly codes: readonly string[];
  /** Per year: index into PREDIKAT_CODES, or -1 when not evaluated. */
  readonly p: Readonly<Record<string, readonly number[]>>;
  /** Per year: IPP × 100 as an integer, or -1 when not evaluated. */
  readonly i: Readonly<Record<string, readonly number[]>>;
}

export interface YearResults {
  readonly year: number;
  readonly results: ReadonlyMap<string, { readonly ipp: number; readonly predikat: string }>;
}

export function buildYearTable(codes: readonly string[], years: readonly YearResults[]): YearTable {
  const p: Record<string, number[]> = {};
  const i: Record<string, number[]> = {};
  for (const y of years) {
    p[y.year] = codes.map((c) => {
      const r = y.results.get(c);
      return r && isPredikat(r.predikat) ? PREDIKAT_CODES.indexOf(r.predikat) : -1;
    });
    i[y.year] = codes.map((c, k) => (p[y.year]![k]! >= 0 ? Math.round(y.results.get(c)!.ipp * 100) : -1));
  }
  return { years: years.map((y) => y.year), codes, p, i };
}

/** One region's figures in one year; null fields when not evaluated (or unknown year/code). */
export function lookupYear(
  t: YearTable,
  year: number,
  index: number,
): { predikat: Predikat | null; ipp: number | null } {
  const pk = t.p[year]?.[index] ?? -1;
  const ipp = t.i[year]?.[index] ?? -1;
  return pk >= 0 && ipp >= 0 ? { predikat: PREDIKAT_CODES[pk] ?? null, ipp: ipp / 100 } : { predikat: null, ipp: null };
}
