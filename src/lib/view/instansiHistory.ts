import { roundHalfUp } from "../format/number.ts";
import type { InstansiResult } from "../schema/output.ts";
import { rankTies } from "./instansiRanks.ts";

/** One year of the data product, as the pages hold it. */
export interface YearSlice {
  readonly tahun: number;
  readonly rows: readonly InstansiResult[];
  readonly byKode: ReadonlyMap<string, InstansiResult>;
}

/** An instansi's result in one year; null when it was not evaluated that year. */
export interface HistoryPoint {
  readonly tahun: number;
  readonly result: InstansiResult | null;
  readonly tiedNational: boolean;
}

/** Its result in every year of the data, oldest first. */
export function historyOf(kode: string, years: readonly YearSlice[]): HistoryPoint[] {
  return [...years]
    .sort((a, b) => a.tahun - b.tahun)
    .map((y) => {
      const result = y.byKode.get(kode) ?? null;
      return { tahun: y.tahun, result, tiedNational: result !== null && rankTies(y.rows).national(result) };
    });
}

export interface Change {
  /** The year compared with: the latest earlier year with a result. */
  readonly from: number;
  /** IPP now minus IPP then, both as published (two decimals), so the difference is exact at two decimals. */
  readonly delta: number;
  readonly predikatFrom: string;
  readonly predikatTo: string;
  /** The data year just before `tahun` when the instansi was not evaluated in it (a gap), else null. */
  readonly skipped: number | null;
}

/** How the result of `tahun` compares with the latest earlier one; null when there is none to compare. */
export function changeAt(history: readonly HistoryPoint[], tahun: number): Change | null {
  const now = history.find((h) => h.tahun === tahun)?.result;
  if (!now) return null;
  const earlier = history.filter((h) => h.tahun < tahun);
  const prev = [...earlier].reverse().find((h) => h.result !== null);
  if (!prev?.result) return null;
  const justBefore = earlier.at(-1)!;
  return {
    from: prev.tahun,
    delta: roundHalfUp(now.ipp - prev.result.ipp, 2),
    predikatFrom: prev.result.predikat,
    predikatTo: now.predikat,
    skipped: justBefore.tahun !== prev.tahun ? justBefore.tahun : null,
  };
}

/** Whether the data has any year before `tahun` (if not, there is nothing to compare with). */
export function hasEarlierYear(history: readonly HistoryPoint[], tahun: number): boolean {
  return history.some((h) => h.tahun < tahun);
}

/** The most recent result in a year other than `tahun`, for a page whose year has none. */
export function latestOther(history: readonly HistoryPoint[], tahun: number): HistoryPoint | null {
  return [...history].reverse().find((h) => h.tahun !== tahun && h.result !== null) ?? null;
}
