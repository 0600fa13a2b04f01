/**
 * The download buttons beside each chart (src/charts/export/downloads.ts):
 * PNG for print, SVG and CSV, made here from the chart on the page, so the
 * site holds no file per chart.
 *
 * - SVG: the chart as shown (the variant drawn for this width; for the IPP
 *   distribution on instansi pages, the shared image with this page's
 *   overlay) with its title, source line and, for sample data, the notice
 *   drawn in (standaloneSvg);
 * - PNG: that SVG drawn on a canvas at an integer scale of at least 2, and
 *   at least twice the chart's width on the screen;
 * - CSV: the values the chart's marks carry (marksData), with year and
 *   status, BOM, "," and a decimal point (chartCsv).
 *
 * The box is hidden in the HTML and shown here, so without JavaScript no
 * button does nothing.
 */
import {
  chartCsv,
  downloadName,
  markAttributes,
  marksData,
  mergeLayers,
  standaloneSvg,
  type DownloadFormat,
  type MarkAttributes,
  type Standalone,
} from "../charts/export/index.ts";
import type { Lang } from "../lib/format/lang.ts";
import { wireDownloadBox } from "./downloadBox.ts";

const visible = (el: Element) => el.getClientRects().length > 0;
const serializer = () => new XMLSerializer();

/** The <svg> of the figure drawn for the current width (or the only one). */
function shownSvg(figure: Element, selector: string): SVGSVGElement | null {
  const all = Array.from(figure.querySelectorAll<SVGSVGElement>(selector));
  return all.find(visible) ?? all.at(-1) ?? null;
}

/** The chart as one SVG text and its width on the screen. */
async function chartSvgOf(figure: Element): Promise<{ svg: string; shown: number }> {
  const layers = figure.querySelector(".chart-layers");
  if (layers) {
    // The overlay shown for this width, and the image drawn for the same width: the <picture>'s
    // sources and its <img> are in the overlays' order (figure.ts). Not img.currentSrc: a lazy image
    // out of view has none yet.
    const overlays = Array.from(layers.querySelectorAll<SVGSVGElement>(".chart-layer > svg, :scope > svg"));
    const i = Math.max(0, overlays.findIndex(visible));
    const overlay = overlays[i];
    const sources = Array.from(layers.querySelectorAll("picture source")).map((s) => s.getAttribute("srcset") ?? "");
    const img = layers.querySelector("img");
    const src = i < sources.length ? sources[i] : img?.getAttribute("src");
    if (!overlay || !src || !img) throw new Error("lapisan grafik tidak lengkap");
    const response = await fetch(src);
    if (!response.ok) throw new Error(`gambar grafik tidak dapat dimuat (${response.status})`);
    const base = await response.text();
    return {
      svg: mergeLayers(base, serializer().serializeToString(overlay)),
      shown: overlay.getBoundingClientRect().width,
    };
  }
  const svg = shownSvg(figure, "svg.ipp-chart");
  if (!svg) throw new Error("grafik tidak ditemukan");
  return { svg: serializer().serializeToString(svg), shown: svg.getBoundingClientRect().width };
}

function marksOf(svg: string): MarkAttributes[] {
  const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
  return Array.from(doc.querySelectorAll(".mark"), markAttributes);
}

export interface ChartFiles {
  readonly standalone: Standalone;
  /** The PNG's scale over the SVG's size. */
  readonly scale: number;
  readonly csv: string;
}

/** Everything the three buttons of one box download. */
export async function chartFiles(box: HTMLElement): Promise<ChartFiles> {
  const figure = document.getElementById(box.dataset["for"] ?? "");
  if (!figure) throw new Error(`gambar ${box.dataset["for"]} tidak ada`);
  const lang = (document.documentElement.lang === "en" ? "en" : "id") as Lang;
  const year = Number(box.dataset["year"]);
  const status = box.dataset["status"] === "official" ? "official" : "sample";
  const { svg, shown } = await chartSvgOf(figure);
  const standalone = standaloneSvg({
    chartSvg: svg,
    title: figure.querySelector(".chart-title")?.textContent?.trim() ?? "",
    source: figure.querySelector(".chart-source")?.textContent?.trim() ?? "",
    lang,
    year,
    status,
    // A fluid chart is drawn in the file as wide as it is shown (never below the narrowest layout).
    width: Math.max(300, shown),
  });
  const chartWidth = standalone.width;
  const scale = Math.max(2, Math.ceil((2 * shown) / chartWidth));
  return { standalone, scale, csv: chartCsv(marksData(marksOf(svg)), { year, status }) };
}

/** The picture as a PNG, drawn on a canvas at `scale` times its size. */
export async function pngOf(s: Standalone, scale: number): Promise<Blob> {
  const img = new Image();
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(s.svg)}`;
  await img.decode();
  const canvas = document.createElement("canvas");
  canvas.width = s.width * scale;
  canvas.height = s.height * scale;
  const ctx = canvas.getContext("2d");
  if (!ctx) throw new Error("kanvas tidak tersedia");
  ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("PNG tidak dapat dibuat"))), "image/png"),
  );
}

/** Offers a file to the reader under `name`. */
export function save(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

async function download(box: HTMLElement, format: DownloadFormat): Promise<void> {
  const files = await chartFiles(box);
  const name = downloadName(box.dataset["file"] ?? "ipp", format);
  if (format === "csv") save(new Blob([files.csv], { type: "text/csv;charset=utf-8" }), name);
  else if (format === "svg") save(new Blob([files.standalone.svg], { type: "image/svg+xml;charset=utf-8" }), name);
  else save(await pngOf(files.standalone, files.scale), name);
}

/** Shows every chart download box of the page and makes its buttons work (the map's: ./map/downloads.ts). */
export function enhanceDownloads(root: ParentNode = document): void {
  for (const box of Array.from(root.querySelectorAll<HTMLElement>(".chart-downloads[data-for]")))
    wireDownloadBox(box, (format) => download(box, format));
}
