import {
  aspectProfile,
  ippDistribution,
  predikatDistribution,
  provincesCompared,
  trend,
} from "../../../src/charts/index.ts";
import { instansiSeries, tingkatAverageSeries } from "../../../src/charts/data/trend.ts";
import type { ChartResult, Lang } from "../../../src/charts/types.ts";
import { byKode, options, profile, summary2024, year2024, years } from "./support.ts";

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

/** Every builder on the fixture, in the variants worth a snapshot; shared by the snapshot and contract tests. */
export const CASES: Record<string, (lang: Lang) => ChartResult> = {
  "predikat-distribution": (lang) => predikatDistribution(summary2024, options(lang)),
  "ipp-distribution": (lang) => ippDistribution(year2024.instansi, options(lang)),
  "ipp-distribution-highlight": (lang) => ippDistribution(year2024.instansi, { ...options(lang), highlight: "34.04" }),
  "aspect-profile": (lang) =>
    aspectProfile(
      { instansi: byKode("34.04"), peers: year2024.instansi },
      { ...options(lang), aspects: profile.aspek },
    ),
  "aspect-profile-published-only": (lang) =>
    aspectProfile(
      { instansi: byKode("33.74"), peers: year2024.instansi },
      { ...options(lang), aspects: profile.aspek },
    ),
  trend: (lang) =>
    trend(
      { kode: "34.04", nama: "Kabupaten Sleman", series: instansiSeries("34.04", years), average: averages(lang) },
      { ...options(lang), tahun: 2025 },
    ),
  "provinces-compared": (lang) => provincesCompared(summary2024.per_provinsi, { ...options(lang), highlight: "34" }),
  "provinces-compared-kabkota": (lang) =>
    provincesCompared(summary2024.per_provinsi, { ...options(lang), measure: "kabkota" }),
};
