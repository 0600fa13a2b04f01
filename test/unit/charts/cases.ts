import {
  aspectProfile,
  ippDistribution,
  predikatDistribution,
  provincesCompared,
  trend,
} from "../../../src/charts/index.ts";
import { instansiSeries, tingkatAverageSeries } from "../../../src/charts/data/trend.ts";
import type { ChartResult, Lang } from "../../../src/charts/types.ts";
import { byCode, options, profile, summary2024, year2024, years } from "./support.ts";

/** The kabupaten mean of each fixture year, shaped like the summaries' per_tingkat. */
const averages = (lang: Lang) => ({
  label: lang === "id" ? "Rata-rata kabupaten" : "Average of regencies",
  series: tingkatAverageSeries(
    "kabupaten",
    years.map((y) => ({
      tahun: y.tahun,
      per_tingkat: [
        {
          tingkat: "kabupaten" as const,
          rata_rata: mean(y.instansi.filter((i) => i.tingkat === "kabupaten").map((i) => i.ipp)),
        },
      ],
    })),
  ),
});
function mean(v: number[]): number | null {
  return v.length ? Math.round((v.reduce((a, b) => a + b, 0) / v.length) * 100) / 100 : null;
}

/**
 * Every builder on the fixture, in the variants worth a snapshot; shared by
 * the snapshot and contract tests. `width` defaults to the builders' 640.
 */
export const CASES: Record<string, (lang: Lang, width?: number) => ChartResult> = {
  "predikat-distribution": (lang, width) =>
    predikatDistribution(summary2024, options(lang, width === undefined ? {} : { width })),
  "ipp-distribution": (lang, width) =>
    ippDistribution(year2024.instansi, options(lang, width === undefined ? {} : { width })),
  "ipp-distribution-highlight": (lang, width) =>
    ippDistribution(year2024.instansi, { ...options(lang, width === undefined ? {} : { width }), highlight: "34.04" }),
  "aspect-profile": (lang, width) =>
    aspectProfile(
      { instansi: byCode("34.04"), peers: year2024.instansi },
      { ...options(lang, width === undefined ? {} : { width }), aspects: profile.aspek },
    ),
  "aspect-profile-published-only": (lang, width) =>
    aspectProfile(
      { instansi: byCode("33.74"), peers: year2024.instansi },
      { ...options(lang, width === undefined ? {} : { width }), aspects: profile.aspek },
    ),
  trend: (lang, width) =>
    trend(
      { kode: "34.04", nama: "Kabupaten Sleman", series: instansiSeries("34.04", years), average: averages(lang) },
      { ...options(lang, width === undefined ? {} : { width }), year: 2025 },
    ),
  "provinces-compared": (lang, width) =>
    provincesCompared(summary2024.per_provinsi, {
      ...options(lang, width === undefined ? {} : { width }),
      highlight: "34",
    }),
  "provinces-compared-kabkota": (lang, width) =>
    provincesCompared(summary2024.per_provinsi, {
      ...options(lang, width === undefined ? {} : { width }),
      measure: "kabkota",
    }),
};
