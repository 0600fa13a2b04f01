import type { Lang } from "../../lib/format/lang.ts";
import type { DataStatus } from "../../lib/schema/output.ts";
import { NOTICE_FILL, NOTICE_INK, NOTICE_STROKE, sampleNotice } from "./notice.ts";
import { escapeXml, FONT_STACK, INK, MUTED, textLines, wrapText } from "./xml.ts";

/**
 * A chart as a file of its own (the SVG and PNG downloads): the chart as
 * drawn, with its title above and its source line below, and for sample
 * data a notice band at the top, so a cropped or forwarded picture still
 * says what it is. Pure string work, no DOM: the browser builds downloads
 * with it from the chart on the page, Node could build the same file.
 */
export interface StandaloneInput {
  /**
   * The chart's own SVG, as the page shows it: root <svg> with a viewBox
   * "0 0 w h", or a fluid chart (data-fluid, a height in px, x in
   * percentages; src/charts/render/fluid.ts), which the file draws at `width`.
   */
  readonly chartSvg: string;
  /** The width a fluid chart is drawn at in the file (the width it is shown at); default 640. */
  readonly width?: number | undefined;
  readonly title: string;
  /** The chart's source line ("Sumber: …"), naming the decree where known. */
  readonly source: string;
  readonly lang: Lang;
  readonly year: number;
  readonly status: DataStatus;
}

export interface Standalone {
  readonly svg: string;
  /** Size in CSS px (the SVG's width and height). */
  readonly width: number;
  readonly height: number;
}

const PAD = 16;
const TITLE = 18;
const SMALL = 12;
const SVG_NS = "http://www.w3.org/2000/svg";

interface RootTag {
  readonly attrs: ReadonlyMap<string, string>;
  /** Everything between the root's start and end tags. */
  readonly inner: string;
}

/** The root element's attributes and content; throws when the text is not one <svg> element. */
export function parseRoot(svg: string): RootTag {
  const text = svg.trim().replace(/^<\?xml[^>]*\?>\s*/, "");
  if (!text.startsWith("<svg")) throw new Error("grafik tidak diawali <svg>");
  // The start tag ends at the first ">" outside quotes.
  let quote = "";
  let end = -1;
  for (let i = 4; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === quote) quote = "";
    } else if (c === '"' || c === "'") quote = c;
    else if (c === ">") {
      end = i;
      break;
    }
  }
  if (end < 0) throw new Error("tag <svg> tidak ditutup");
  const selfClosing = text[end - 1] === "/";
  const tag = text.slice(4, selfClosing ? end - 1 : end);
  const attrs = new Map<string, string>();
  for (const m of tag.matchAll(/([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) attrs.set(m[1]!, m[2] ?? m[3] ?? "");
  if (selfClosing) return { attrs, inner: "" };
  const close = text.lastIndexOf("</svg>");
  if (close < end) throw new Error("tag </svg> penutup tidak ada");
  return { attrs, inner: text.slice(end + 1, close) };
}

/** The viewBox's width and height. */
export function viewBoxSize(attrs: ReadonlyMap<string, string>): { width: number; height: number } {
  const parts = (attrs.get("viewBox") ?? "")
    .trim()
    .split(/[\s,]+/)
    .map(Number);
  const [, , width, height] = parts;
  if (parts.length !== 4 || !(width! > 0) || !(height! > 0)) throw new Error("grafik tanpa viewBox yang sah");
  return { width: width!, height: height! };
}

/**
 * A chart drawn as a shared image plus this page's overlay (the IPP
 * distribution on instansi pages): one SVG, the overlay's marks drawn over
 * the image's, on the same viewBox. The overlay's own title and desc are
 * left out (the base has its own).
 */
export function mergeLayers(baseSvg: string, overlaySvg: string): string {
  const base = parseRoot(baseSvg);
  const overlay = parseRoot(overlaySvg);
  const extra = overlay.inner.replace(/^\s*(<title\b[^>]*>[\s\S]*?<\/title>)?\s*(<desc\b[^>]*>[\s\S]*?<\/desc>)?/, "");
  const attrs = [...base.attrs].map(([k, v]) => ` ${k}="${escapeXml(v)}"`).join("");
  return `<svg${attrs}>${base.inner}<g class="overlay">${extra}</g></svg>`;
}

/** The chart's root attributes that still mean something inside the file (presentation only). */
const KEPT = ["viewBox", "font-size", "fill", "text-anchor", "preserveAspectRatio", "overflow"];

/**
 * A fluid chart's root pinned to one width: a viewBox of that width, so
 * its percentages resolve against it inside the file.
 */
function pinFluid(root: RootTag, width: number | undefined): RootTag {
  if (root.attrs.has("viewBox") || !root.attrs.has("data-fluid")) return root;
  const height = Number(root.attrs.get("height"));
  const w = Math.round(width ?? 640);
  if (!(height > 0) || !(w >= 280)) throw new Error("grafik lentur tanpa tinggi atau lebar yang sah");
  return { ...root, attrs: new Map([...root.attrs, ["viewBox", `0 0 ${w} ${height}`]]) };
}

export function standaloneSvg(i: StandaloneInput): Standalone {
  const root = pinFluid(parseRoot(i.chartSvg), i.width);
  const chart = viewBoxSize(root.attrs);
  const width = Math.ceil(chart.width + 2 * PAD);
  const inside = width - 2 * PAD;
  const chars = (size: number) => inside / (size * 0.6);
  const parts: string[] = [];
  let y = 0;

  const notice = sampleNotice(i.lang, i.year, i.status);
  if (notice) {
    const lines = wrapText(notice, chars(SMALL) - 1);
    const h = lines.length * 16 + 12;
    parts.push(
      `<rect x="0.5" y="0.5" width="${width - 1}" height="${h}" fill="${NOTICE_FILL}" stroke="${NOTICE_STROKE}"/>`,
      textLines(lines, { x: PAD, y: 20, size: SMALL, lineHeight: 16, weight: "bold", fill: NOTICE_INK }),
    );
    y = h + 1;
  }

  const titleLines = wrapText(i.title, chars(TITLE));
  y += PAD + TITLE;
  parts.push(textLines(titleLines, { x: PAD, y, size: TITLE, lineHeight: 23, weight: "bold" }));
  y += (titleLines.length - 1) * 23 + 12;

  const kept = KEPT.filter((k) => root.attrs.has(k))
    .map((k) => ` ${k}="${escapeXml(root.attrs.get(k)!)}"`)
    .join("");
  parts.push(
    `<svg x="${PAD}" y="${y}" width="${chart.width}" height="${chart.height}"${kept} font-family="${FONT_STACK}">${root.inner}</svg>`,
  );
  y += chart.height + 8;

  const sourceLines = wrapText(i.source, chars(SMALL));
  y += SMALL;
  parts.push(textLines(sourceLines, { x: PAD, y, size: SMALL, lineHeight: 16, fill: MUTED }));
  y += (sourceLines.length - 1) * 16 + PAD;

  const height = Math.ceil(y);
  const svg =
    `<svg xmlns="${SVG_NS}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ` +
    `font-family="${FONT_STACK}" font-size="${SMALL}" color="${INK}" fill="${INK}" lang="${i.lang}">` +
    `<title>${escapeXml(i.title)}</title>` +
    `<rect width="${width}" height="${height}" fill="#ffffff"/>` +
    parts.join("") +
    `</svg>`;
  return { svg, width, height };
}
