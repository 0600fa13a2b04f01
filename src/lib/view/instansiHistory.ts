import { roundHalfUp } from "../format/number.ts";
import type { InstansiResult } from "../schema/output.ts";
import { comparability, type Comparability } from "./comparable.ts";
import { rankTies } from "./instansiRanks.ts";

/** One year of the data product, as the pages hold it. */
export interface YearSlice {
  readonly year: number;
  readonly rows: readonly InstansiResult[];
  readonly byCode: ReadonlyMap<string, InstansiResult>;
  /** The methodology profile of the year (absent: taken as the same for every year). */
  readonly profil?: string;
  /** Lokus names per instansi kode, as published that year (absent: unknown). */
  readonly lokus?: ReadonlyMap<string, readonly string[]>;
}

/** An instansi's result in one year; null when it was not evaluated that year. */
export interface HistoryPoint {
  readonly year: number;
  readonly result: InstansiResult | null;
  readonly tiedNational: boolean;
  readonly profil: string;
  /** Its lokus that year; undefined when unknown. */
  readonly lokus: readonly string[] | undefined;
}

/** Its result in every year of the data, oldest first. */
export function historyOf(kode: string, years: readonly YearSlice[]): HistoryPoint[] {
  return [...years]
    .sort((a, b) => a.year - b.year)
    .map((y) => {
      const result = y.byCode.get(kode) ?? null;
      return {
        year: y.year,
        result,
        tiedNational: result !== null && rankTies(y.rows).national(result),
        profil: y.profil ?? "",
        lokus: y.lokus ? (y.lokus.get(kode) ?? []) : undefined,
      };
    });
}

export interface Change {
  /** The year compared with: the latest earlier year with a result. */
  readonly from: number;
  /** IPP now minus IPP then, both as published (two decimals), so the difference is exact at two decimals. */
  readonly delta: number;
  readonly predikatFrom: string;
  readonly predikatTo: string;
  /** The data year just before `year` when the instansi was not evaluated in it (a gap), else null. */
  readonly skipped: number | null;
  /** The lokus of both years when they differ (the change compares different service units), else null. */
  readonly lokusChanged: { readonly before: readonly string[]; readonly after: readonly string[] } | null;
}

/** The latest earlier result could not be compared with this one (see comparable.ts). */
export interface Break {
  readonly from: number;
  readonly reason: Extract<Comparability, { comparable: false }>;
}

function previousResult(history: readonly HistoryPoint[], year: number) {
  const now = history.find((h) => h.year === year);
  if (!now?.result) return null;
  const earlier = history.filter((h) => h.year < year);
  const prev = [...earlier].reverse().find((h) => h.result !== null);
  if (!prev?.result) return null;
  return { now, prev, earlier, c: comparability(prev, now) };
}

/** Why the result of `year` is not compared with the latest earlier one; null when it is (or there is none). */
export function breakAt(history: readonly HistoryPoint[], year: number): Break | null {
  const p = previousResult(history, year);
  return p && !p.c.comparable ? { from: p.prev.year, reason: p.c } : null;
}

/** How the result of `year` compares with the latest earlier one; null when there is none, or it is not comparable (breakAt says why). */
export function changeAt(history: readonly HistoryPoint[], year: number): Change | null {
  const p = previousResult(history, year);
  if (!p || !p.c.comparable) return null;
  const now = p.now.result!;
  const prev = p.prev.result!;
  const justBefore = p.earlier.at(-1)!;
  return {
    from: p.prev.year,
    delta: roundHalfUp(now.ipp - prev.ipp, 2),
    predikatFrom: prev.predikat,
    predikatTo: now.predikat,
    skipped: justBefore.year !== p.prev.year ? justBefore.year : null,
    lokusChanged: p.c.lokusChanged ? { before: p.prev.lokus!, after: p.now.lokus! } : null,
  };
}

/** Whether the data has any year before `year` (if not, there is nothing to compare with). */
export function hasEarlierYear(history: readonly HistoryPoint[], year: number): boolean {
  return history.some((h) => h.year < year);
}

/** The most recent result in a year other than `year`, for a page whose year has none. */
export function latestOther(history: readonly HistoryPoint[], year: number): HistoryPoint | null {
  return [...history].reverse().find((h) => h.year !== year && h.result !== null) ?? null;
}
