/**
 * Build-time data of the embeds and the share panel (issue 15): the national
 * charts drawn once per (year, language, chart), the texts every embed and
 * share panel prints (source line, citation, embed codes with full
 * addresses where SITE_URL is set), and the plain iframe's fixed height.
 */
import { cache } from "./cache.ts";
import {
  chartSet,
  ippDistribution,
  isChartSet,
  mainChart,
  predikatDistribution,
  provincesCompared,
  type ChartOptions,
  type ChartResult,
  type ChartSet,
} from "../charts/index.ts";
import type { Lang } from "../lib/format/lang.ts";
import { embedScriptUrl, type EmbedChart } from "../lib/site/routes.ts";
import { decreeOf, sourceLine, type EmbedCode } from "../lib/view/share.ts";
import { siteData, yearBundle } from "./data.ts";
import { absolute, deploy } from "./deploy.ts";

const sets = cache<ChartSet>();

/** A national chart of a year (the home page's, same builders and options). */
export function nationalChart(
  year: number,
  lang: Lang,
  chart: Exclude<EmbedChart, "peta" | "provinsi-view">,
): ChartSet {
  return sets.get(`${year}|${lang}|${chart}`, () => {
    const b = yearBundle(year);
    const o: ChartOptions = {
      lang,
      year,
      status: b.data.status,
      sumber: b.data.sumber,
      predikat: b.profile.def.predikat,
    };
    if (chart === "sebaran") return chartSet({ ...o, id: "sebaran-ipp" }, (v) => ippDistribution(b.data.instansi, v));
    if (chart === "predikat-tingkat")
      return chartSet({ ...o, id: "sebaran-predikat" }, (v) => predikatDistribution(b.summary, v));
    return chartSet({ ...o, id: "provinsi" }, (v) => provincesCompared(b.summary.per_provinsi, v));
  });
}

/** The decree of a year's results, where the published figures name one. */
export const yearDecree = (year: number): string | null => decreeOf(siteData().published?.angka ?? [], year);

/** The source line of a year's figures. */
export function yearSource(year: number, lang: Lang): string {
  const b = yearBundle(year);
  return sourceLine({ year, status: b.data.status, decree: yearDecree(year), sumber: b.data.sumber }, lang);
}

/** A site address made full with SITE_URL; left as the path (the browser completes it) without. */
export const fullAddress = (path: string): string => absolute(path) ?? path;

/** Room the frame takes around a chart: title, subtitle, source, notice, the table's summary, links. */
const FRAME = 260;

/**
 * The height of the plain iframe, which cannot follow its content: the
 * chart at the tablet layout's width (520 px, a typical article column)
 * plus the frame, so the whole chart shows in most columns.
 */
export function fixedHeight(c: ChartSet | ChartResult | "peta"): number {
  if (c === "peta") return 640;
  // A fluid chart is as tall at every width.
  if (!isChartSet(c)) return Math.round(c.height + FRAME);
  const m = c.variants.find((v) => v.variant.name === "m") ?? c.variants[0]!;
  return Math.round(m.chart.height + FRAME);
}

/** The embed codes' inputs for an embed at a site path. */
export function embedCode(path: string, title: string, height: number, chartId: string): EmbedCode {
  return { src: fullAddress(path), script: fullAddress(embedScriptUrl(deploy())), title, height, chartId };
}

export { mainChart };
