import { pick, type Lang } from "../../lib/format/lang.ts";
import type { DataStatus } from "../../lib/schema/output.ts";
import { isChartSet, mainChart, type ChartSet } from "../responsive.ts";
import type { ChartResult } from "../types.ts";
import { downloadBase } from "./fileName.ts";
import { MAP_LEVEL_NAME } from "./map.ts";
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

/** The box's buttons and status line (shared by charts and the map). */
function buttons(lang: Lang, csvHint: string): string {
  const button = (format: string, text: string, hint: string) =>
    `<button type="button" data-format="${format}" title="${escapeXml(hint)}">${text}</button>`;
  return (
    `<span class="chart-downloads-label" aria-hidden="true">${pick(lang, "Unduh", "Download")}</span>` +
    button("png", "PNG", pick(lang, "Gambar untuk cetak (2× atau lebih)", "Picture for print (2× or more)")) +
    button("svg", "SVG", pick(lang, "Gambar vektor", "Vector picture")) +
    button("csv", "CSV", csvHint) +
    `<span class="chart-downloads-status" role="status"></span>`
  );
}

export function downloadsHtml(s: DownloadsSpec): string {
  const label = pick(s.lang, `Unduh grafik: ${s.title}`, `Download chart: ${s.title}`);
  return (
    `<div class="chart-downloads" role="group" aria-label="${escapeXml(label)}" data-for="${escapeXml(s.figureId)}" ` +
    `data-file="${escapeXml(s.base)}" data-year="${s.year}" data-status="${s.status}" hidden>` +
    buttons(s.lang, pick(s.lang, "Data yang digambar grafik", "The data the chart plots")) +
    `</div>`
  );
}

/**
 * What the map's download script needs besides the page (src/client/map/downloads.ts),
 * carried as JSON in the box's data-map attribute (about 0.5 kB).
 */
export interface MapDownloadsData {
  /** The file's title per level shown; "{tahun}" stands for the year shown. */
  readonly titles: { readonly kabkota: string; readonly provinsi: string };
  /** Per year the map can show: its status and source line (the decree where known). */
  readonly editions: Readonly<Record<string, { readonly status: DataStatus; readonly source: string }>>;
  /** The page's instansi in the file name (a province page: ipp-2024-provinsi-jawa-barat-peta); null on the map pages. */
  readonly instansi: string | null;
  /** The map has a level switch: the files follow it and their names say the level. */
  readonly levels: boolean;
  /** Id of the legend list (<ul> with data-code items) whose steps the picture's legend draws. */
  readonly legendId: string;
  readonly legendTitle: string;
}

export interface MapDownloadsSpec extends MapDownloadsData {
  /** Id of the server-drawn map's <svg> (paths with data-kode). */
  readonly svgId: string;
  readonly lang: Lang;
  /** The year the page was built for (the box's name until the reader switches years). */
  readonly year: number;
}

/**
 * The download buttons of a predikat map: the same box as a chart's, but
 * naming the map's <svg> (data-map-for, so the chart script leaves it to
 * the map's) and carrying what changes with the year and level shown.
 */
export function mapDownloadsHtml(s: MapDownloadsSpec): string {
  const edition = s.editions[String(s.year)];
  if (!edition) throw new Error(`peta ${s.svgId}: tidak ada keterangan edisi ${s.year}`);
  const { svgId, lang, year, ...data } = s;
  const base = downloadBase({
    year,
    chart: "peta",
    instansi: s.instansi,
    qualifier: s.levels ? MAP_LEVEL_NAME.kabkota : null,
  });
  const label = pick(lang, "Unduh peta predikat", "Download the map of grades");
  return (
    `<div class="chart-downloads" role="group" aria-label="${escapeXml(label)}" data-map-for="${escapeXml(svgId)}" ` +
    `data-file="${escapeXml(base)}" data-year="${year}" data-status="${edition.status}" ` +
    `data-map="${escapeXml(JSON.stringify(data))}" hidden>` +
    buttons(lang, pick(lang, "Data wilayah yang diwarnai peta", "The regions the map colours, with their data")) +
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
