import type { Tingkat } from "../../lib/schema/master.ts";
import type { Summary, YearData } from "../../lib/schema/output.ts";

/** One year of a trend; ipp null when there is no value that year. */
export interface TrendPoint {
  readonly year: number;
  readonly ipp: number | null;
  readonly predikat: string | null;
  /**
   * Which comparable stretch of years the point belongs to: it goes up by one
   * where the methodology profile changes (src/lib/view/comparable.ts), and the
   * line is not drawn across that break. Absent: one stretch.
   */
  readonly segment?: number;
}

/** The part of a Summary the tingkat means come from. */
export interface SummaryMeans {
  readonly tahun: number;
  readonly per_tingkat: readonly Pick<Summary["per_tingkat"][number], "tingkat" | "rata_rata">[];
}

const byYear = (a: { tahun: number }, b: { tahun: number }) => a.tahun - b.tahun;

/** The instansi's IPP in each year given, null in the years it is absent. */
export function instansiSeries(kode: string, years: readonly Pick<YearData, "tahun" | "instansi">[]): TrendPoint[] {
  return [...years].sort(byYear).map((y) => {
    const r = y.instansi.find((i) => i.kode_instansi === kode);
    return { year: y.tahun, ipp: r?.ipp ?? null, predikat: r?.predikat ?? null };
  });
}

/** The tingkat mean of each year as published in the summaries (rata_rata), not recomputed. */
export function tingkatAverageSeries(tingkat: Tingkat, summaries: readonly SummaryMeans[]): TrendPoint[] {
  return [...summaries].sort(byYear).map((s) => ({ year: s.tahun, ipp: s.per_tingkat.find((t) => t.tingkat === tingkat)?.rata_rata ?? null, predikat: null }));
}

/** Every calendar year from the first to the last, so a year with no data at all still shows as a gap. */
export function yearSpan(...series: readonly (readonly TrendPoint[])[]): number[] {
  const years = series.flat().map((p) => p.year);
  if (!years.length) return [];
  const out: number[] = [];
  for (let y = Math.min(...years); y <= Math.max(...years); y++) out.push(y);
  return out;
}

/** The series over `years`, with null for the years it does not cover. */
export function fillYears(series: readonly TrendPoint[], years: readonly number[]): TrendPoint[] {
  return years.map((year) => series.find((p) => p.year === year) ?? { year, ipp: null, predikat: null });
}
