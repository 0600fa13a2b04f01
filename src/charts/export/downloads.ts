import { pick, type Lang } from "../../lib/format/lang.ts";
import type { DataStatus } from "../../lib/schema/output.ts";
import { isChartSet, mainChart, type ChartSet } from "../responsive.ts";
import type { ChartResult } from "../types.ts";
import { downloadBase } from "./fileName.ts";
import { escapeXml } from "./xml.ts";

/**
 * The download buttons of one chart (PNG for print, SVG, CSV), as HTML.
 * They are made in the browser from the chart on the page
 * (src/client/downloads.ts), so the box is `hidden` until that script runs:
 * without JavaScript there is no dead button (the chart's table and the
 * files under /data/ remain). `figureId` names the <figure> it belongs to,
 * so the box can sit anywhere on the page (beside the chart, in a share
 * panel).
 */
export interface DownloadsSpec {
  readonly figureId: string;
  /** File name without extension, from downloadBase(): "ipp-2024-sebaran". */
  readonly base: string;
  readonly title: string;
  readonly lang: Lang;
  readonly year: number;
  readonly status: DataStatus;
}

export function downloadsHtml(s: DownloadsSpec): string {
  const label = pick(s.lang, `Unduh grafik: ${s.title}`, `Download chart: ${s.title}`);
  const button = (format: string, text: string, hint: string) =>
    `<button type="button" data-format="${format}" title="${escapeXml(hint)}">${text}</button>`;
  return (
    `<div class="chart-downloads" role="group" aria-label="${escapeXml(label)}" data-for="${escapeXml(s.figureId)}" ` +
    `data-file="${escapeXml(s.base)}" data-year="${s.year}" data-status="${s.status}" hidden>` +
    `<span class="chart-downloads-label" aria-hidden="true">${pick(s.lang, "Unduh", "Download")}</span>` +
    button("png", "PNG", pick(s.lang, "Gambar untuk cetak (2× atau lebih)", "Picture for print (2× or more)")) +
    button("svg", "SVG", pick(s.lang, "Gambar vektor", "Vector picture")) +
    button("csv", "CSV", pick(s.lang, "Data yang digambar grafik", "The data the chart plots")) +
    `<span class="chart-downloads-status" role="status"></span>` +
    `</div>`
  );
}

/**
 * The download box of a chart built for a page: its figure id, title and
 * file name from the chart and the site's chart id (fileName.ts).
 *
 *   figureHtml(chart) + chartDownloads(chart, { chart: "aspek", instansi: slug, year, status })
 */
export function chartDownloads(
  c: ChartResult | ChartSet,
  o: {
    readonly chart: string;
    readonly instansi?: string | null;
    readonly qualifier?: string | null;
    readonly year: number;
    readonly status: DataStatus;
  },
): string {
  const main = mainChart(c);
  return downloadsHtml({
    figureId: `${isChartSet(c) ? c.id : main.id}-figure`,
    base: downloadBase({ year: o.year, chart: o.chart, instansi: o.instansi ?? null, qualifier: o.qualifier ?? null }),
    title: main.title,
    lang: main.lang,
    year: o.year,
    status: o.status,
  });
}
