/**
 * The charts of the instansi and province pages, memoised for the build:
 * ~5,000 instansi pages share one IPP distribution per year and language
 * (each page only adds its highlight, see src/charts/ippHighlight.ts), the
 * latest edition reuses the charts of its pinned year, and the trend (which
 * spans every year) is the same in every edition.
 */
import { cache } from "./cache.ts";
import {
  aspectProfile,
  ippDistribution,
  ippDistributionLayers,
  tingkatAverageSeries,
  trend,
  type ChartResult,
  type IppLayers,
  type TrendPoint,
} from "../charts/index.ts";
import type { Lang } from "../lib/format/lang.ts";
import { formatInteger, formatIpp } from "../lib/format/number.ts";
import type { InstansiResult } from "../lib/schema/output.ts";
import { instansiText } from "../lib/view/instansiText.ts";
import { neighbourTable } from "../lib/view/instansiNeighbours.ts";
import { siteData, yearBundle } from "./data.ts";
import { deploy } from "./deploy.ts";
import { chartUrl } from "../lib/site/routes.ts";

const base = (year: number, lang: Lang) => {
  const b = yearBundle(year);
  return { lang, tahun: year, status: b.data.status, sumber: b.data.sumber, predikat: b.profile.def.predikat };
};

/**
 * Width of the charts with text labels and few marks: drawn narrower than the
 * default 640 so their text stays legible when a phone shrinks them to ~360 px;
 * instansi.css stops them from growing much beyond it on a desktop.
 */
const NARROW = 480;

const layers = cache<IppLayers>();

/** The IPP distribution of a year in one language, drawn once for all its instansi pages. */
export function distributionLayers(year: number, lang: Lang): IppLayers {
  return layers.get(`${year}|${lang}`, () =>
    ippDistributionLayers(yearBundle(year).data.instansi, { ...base(year, lang), id: "sebaran-ipp" }),
  );
}

/** Where the build publishes a year's distribution without highlight (src/pages/grafik/…): one file per year and language. */
export function distributionImage(year: number, lang: Lang): string {
  return chartUrl(deploy(), year, lang);
}

/**
 * Every instansi of the year as dots, this one circled: the dots are one
 * shared image per year and language (600 dots inline would make every
 * instansi page ~140 kB heavier and the site ~800 MB), this page's ring and
 * label an SVG laid over it. Its data table keeps the instansi and its
 * neighbours only (the ranking page has all of them).
 */
export function distributionChart(
  year: number,
  lang: Lang,
  result: InstansiResult,
): { chart: ChartResult; layers: { src: string; overlay: string } } {
  const b = yearBundle(year);
  const l = distributionLayers(year, lang);
  const chart = l.chart(result.kode_instansi);
  const ipp = formatIpp(result.ipp, lang);
  const total = formatInteger(b.data.instansi.length, lang);
  const caption = (from: string, to: string) =>
    `${chart.title}: ${instansiText(lang).neighbours(result.nama, from, to, total)}`;
  return {
    chart: { ...chart, table: neighbourTable(chart.table, (row) => row[1] === result.nama && row[3] === ipp, caption) },
    layers: { src: distributionImage(year, lang), overlay: l.overlay(result.kode_instansi) },
  };
}

const aspects = cache<ChartResult>();

/** Its six aspects against the means of its tingkat and of its province's kab/kota. */
export function aspectChart(year: number, lang: Lang, result: InstansiResult): ChartResult {
  return aspects.get(`${year}|${lang}|${result.kode_instansi}`, () => {
    const b = yearBundle(year);
    return aspectProfile(
      { instansi: result, peers: b.data.instansi },
      { ...base(year, lang), aspects: b.profile.def.aspek, id: "profil-aspek", width: NARROW },
    );
  });
}

const trends = cache<ChartResult>();

/** IPP in every year of the data with the mean of its tingkat; the same chart in every edition. */
export function trendChart(lang: Lang, kode: string, nama: string, series: readonly TrendPoint[]): ChartResult {
  return trends.get(`${lang}|${kode}`, () => {
    const site = siteData();
    const tingkat = site.byCode.get(kode)?.tingkat;
    if (!tingkat) throw new Error(`instansi tidak dikenal: ${kode}`);
    const summaries = [...site.years.values()].map((y) => y.summary);
    const label = instansiText(lang).tingkatAverage(instansiText(lang).noun[tingkat]);
    return trend(
      { kode, nama, series, average: { label, series: tingkatAverageSeries(tingkat, summaries) } },
      { ...base(site.latest, lang), id: "tren-ipp", width: NARROW },
    );
  });
}

const provinces = cache<ChartResult>();

/** The kab/kota of one province as dots (at most ~40, so the narrow width suits them too). */
export function provinceDistribution(
  year: number,
  lang: Lang,
  kodeProvinsi: string,
  rows: readonly InstansiResult[],
): ChartResult {
  return provinces.get(`${year}|${lang}|${kodeProvinsi}`, () =>
    ippDistribution(rows, { ...base(year, lang), id: "sebaran-kabkota", width: NARROW }),
  );
}
