/**
 * The charts of the instansi and province pages, memoised for the build:
 * ~5,000 instansi pages share one IPP distribution per year and language
 * (each page only adds its highlight, see src/charts/ippHighlight.ts), the
 * latest edition reuses the charts of its pinned year. The aspect profile
 * and the trend are fluid charts (one drawing for every width), the
 * others are drawn once per width variant.
 */
import { cache } from "./cache.ts";
import {
  aspectProfile,
  chartSet,
  ippDistribution,
  ippDistributionLayers,
  tingkatAverageSeries,
  trend,
  VARIANTS,
  type ChartResult,
  type ChartSet,
  type IppLayers,
  type Layers,
  type TrendPoint,
  type Variant,
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
  return { lang, year, status: b.data.status, sumber: b.data.sumber, predikat: b.profile.def.predikat };
};

/*
 * Every chart is drawn once per width variant (phone, tablet, desktop; see
 * src/charts/layout/sizes.ts) and the page shows the one its column fits.
 */

const layers = cache<IppLayers>();

/** The IPP distribution of a year in one language at one variant's width, drawn once for all its instansi pages. */
export function distributionLayers(year: number, lang: Lang, variant: Variant): IppLayers {
  return layers.get(`${year}|${lang}|${variant.name}`, () =>
    ippDistributionLayers(yearBundle(year).data.instansi, {
      ...base(year, lang),
      id: `sebaran-ipp-${variant.name}`,
      width: variant.width,
    }),
  );
}

/** The name of a variant's image file, without extension: `sebaran-ipp-s`. */
export const distributionImageName = (variant: Variant): string => `sebaran-ipp-${variant.name}`;

/** Where the build publishes a year's distribution without highlight (src/pages/grafik/…): one file per year, language and width. */
export function distributionImage(year: number, lang: Lang, variant: Variant): string {
  return chartUrl(deploy(), year, lang, distributionImageName(variant));
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
): { chart: ChartSet; layers: Layers[] } {
  const b = yearBundle(year);
  const ipp = formatIpp(result.ipp, lang);
  const total = formatInteger(b.data.instansi.length, lang);
  const variants = VARIANTS.map((variant, i) => {
    const chart = distributionLayers(year, lang, variant).chart(result.kode_instansi);
    if (i > 0) return { variant, chart };
    // The figure's table comes from the first variant: the instansi and its neighbours only.
    const caption = (from: string, to: string) =>
      `${chart.title}: ${instansiText(lang).neighbours(result.nama, from, to, total)}`;
    // Three on each side: the ranking page has all of them (each row more is 0.3 kB on ~14,000 pages at ten editions).
    const table = neighbourTable(chart.table, (row) => row[1] === result.nama && row[3] === ipp, caption, 3);
    return { variant, chart: { ...chart, table } };
  });
  return {
    chart: { id: "sebaran-ipp", variants },
    layers: VARIANTS.map((variant) => ({
      src: distributionImage(year, lang, variant),
      overlay: distributionLayers(year, lang, variant).overlay(result.kode_instansi),
    })),
  };
}

const aspects = cache<ChartResult>();

/** Its six aspects against the means of its tingkat and of its province's kab/kota (a fluid chart: one drawing for every width). */
export function aspectChart(year: number, lang: Lang, result: InstansiResult): ChartResult {
  return aspects.get(`${year}|${lang}|${result.kode_instansi}`, () => {
    const b = yearBundle(year);
    return aspectProfile(
      { instansi: result, peers: b.data.instansi },
      { ...base(year, lang), aspects: b.profile.def.aspek, id: "profil-aspek" },
    );
  });
}

const trends = cache<ChartResult>();

/**
 * IPP in every year of the data up to `year` with the mean of its tingkat:
 * an edition's trend (and its embed) shows that edition's years and keeps
 * showing them when later editions come (issue 15: an embed never changes
 * meaning under an article). A fluid chart, so cheap enough to draw per edition.
 */
export function trendChart(
  year: number,
  lang: Lang,
  kode: string,
  nama: string,
  series: readonly TrendPoint[],
): ChartResult {
  return trends.get(`${year}|${lang}|${kode}`, () => {
    const site = siteData();
    const tingkat = site.byCode.get(kode)?.tingkat;
    if (!tingkat) throw new Error(`instansi tidak dikenal: ${kode}`);
    const summaries = [...site.years.values()].filter((y) => y.year <= year).map((y) => y.summary);
    const label = instansiText(lang).tingkatAverage(instansiText(lang).noun[tingkat]);
    return trend(
      {
        kode,
        nama,
        series: series.filter((p) => p.year <= year),
        average: { label, series: tingkatAverageSeries(tingkat, summaries) },
      },
      { ...base(year, lang), id: "tren-ipp" },
    );
  });
}

const provinces = cache<ChartSet>();

/** The kab/kota of one province as dots. */
export function provinceDistribution(
  year: number,
  lang: Lang,
  kodeProvinsi: string,
  rows: readonly InstansiResult[],
): ChartSet {
  return provinces.get(`${year}|${lang}|${kodeProvinsi}`, () =>
    chartSet({ ...base(year, lang), id: "sebaran-kabkota" }, (o) => ippDistribution(rows, o)),
  );
}
