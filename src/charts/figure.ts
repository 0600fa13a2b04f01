import { pick } from "../lib/format/lang.ts";
import type { Variant } from "./layout/sizes.ts";
import { isChartSet, mainChart, type ChartSet } from "./responsive.ts";
import type { ChartResult } from "./types.ts";

const escape = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** One layer pair of a chart shown as a shared image: the image's address and this page's overlay SVG. */
export interface Layers {
  readonly src: string;
  readonly overlay: string;
}

/**
 * The page column is the viewport less 1rem on each side (site.css `.wrap`),
 * so a container of `from` px is a viewport of `from + 32` px: the width a
 * `<picture>` source, which can only ask the viewport, switches at.
 */
const PAGE_GUTTER = 32;
const viewportBelow = (v: Variant) => `(max-width: ${v.from + PAGE_GUTTER - 0.02}px)`;

const labelOf = (svg: string, kind: "title" | "desc") => {
  const attr = kind === "title" ? "aria-labelledby" : "aria-describedby";
  const id = new RegExp(` ${attr}="([^"]+)"`).exec(svg.slice(0, svg.indexOf(">")))?.[1];
  const element = id ? new RegExp(`<${kind} id="${id}">[\\s\\S]*?</${kind}>`).exec(svg)?.[0] : undefined;
  return id && element
    ? { attr, id, element, text: element.slice(element.indexOf(">") + 1, -`</${kind}>`.length) }
    : null;
};

/**
 * An overlay whose title and description say what the first overlay's say,
 * without its own copy: it points at the first's (aria-labelledby and
 * aria-describedby may name an element that is not shown). Each variant's
 * overlay otherwise carries the same few hundred characters again.
 */
function sharedWords(overlay: string, first: string): string {
  let out = overlay;
  for (const kind of ["title", "desc"] as const) {
    const own = labelOf(out, kind);
    const theirs = labelOf(first, kind);
    if (!own || !theirs || own.text !== theirs.text) continue;
    out = out.replace(own.element, "").replace(` ${own.attr}="${own.id}"`, ` ${own.attr}="${theirs.id}"`);
  }
  return out;
}

function layered(set: ChartSet, layers: readonly Layers[]): string {
  const vs = set.variants;
  if (layers.length !== vs.length) throw new Error(`figureHtml: ${layers.length} lapisan untuk ${vs.length} varian`);
  // Sources from the narrowest: the first whose media matches wins, the last variant is the <img> itself.
  const sources = vs
    .slice(0, -1)
    .map(
      ({ chart }, i) =>
        `<source media="${viewportBelow(vs[i + 1]!.variant)}" srcset="${escape(layers[i]!.src)}" width="${chart.width}" height="${chart.height}">`,
    )
    .join("");
  const last = vs.at(-1)!.chart;
  const img = `<img src="${escape(layers.at(-1)!.src)}" alt="" width="${last.width}" height="${last.height}" loading="lazy" decoding="async">`;
  const first = layers[0]!.overlay;
  const overlays = vs
    .map(
      ({ variant }, i) =>
        `<div class="chart-layer chart-layer--${variant.name}">${i === 0 ? first : sharedWords(layers[i]!.overlay, first)}</div>`,
    )
    .join("");
  return `<div class="chart-layers"><picture>${sources}${img}</picture>${overlays}</div>`;
}

/** A mark as the serialiser writes it: element, attributes, its <title>. */
const MARK_RE = /<(\w+) class="mark"([^>]*)>\s*<title>([\s\S]*?)<\/title>\s*<\/\1>/g;
/** Marks above this many are shared (the tooltip client's FEW_MARKS: such a chart is one tab stop). */
const SHARED_MARKS = 40;

/**
 * A narrower variant of a chart with many marks, without what its widest
 * variant already carries: each mark's <title> and data-* attributes
 * (data-highlight stays, it is drawn). The marks are the same, in the same
 * order, in every variant (checked here: otherwise the SVG is left whole), so
 * the tooltip client gives each mark the title of the widest variant's mark
 * at its index (src/client/tooltip.ts). A home page with a 600-dot beeswarm
 * thus carries its names once instead of three times. Without JavaScript a
 * narrow variant has no native tooltips (a phone shows none anyway); its
 * figure still has the table.
 */
export function leanMarks(svg: string, widest: string): string {
  const titles = (x: string) => [...x.matchAll(MARK_RE)].map((m) => m[3]);
  const own = titles(svg);
  if (own.length <= SHARED_MARKS || own.join("\u0000") !== titles(widest).join("\u0000")) return svg;
  return svg.replace(
    MARK_RE,
    (_, tag: string, attrs: string) =>
      `<${tag} class="mark"${attrs.replace(/ data-(?!highlight)[\w-]+="[^"]*"/g, "")} data-shared=""/>`,
  );
}

/**
 * The whole accessible figure as HTML, so a page can drop a chart in with
 * one `<Fragment set:html={figureHtml(chart)} />`: visible title, the SVG,
 * the source line, and the data table in a <details> (first column as row
 * headers), in a scrolling region a keyboard can reach. Class names only;
 * styling is the page's (site.css).
 *
 * A ChartSet (responsive.ts) puts every variant in the figure, each in a
 * `.chart-variant--<name>` box; site.css shows the one made for the
 * figure's width with container queries (the widest without them).
 */
export function figureHtml(
  c: ChartResult | ChartSet,
  o: {
    readonly tableOpen?: boolean;
    /**
     * Draw the chart as a shared image (`src`, the same file on many pages, so
     * browsers fetch it once) under this page's own SVG overlay, instead of
     * inlining the whole SVG; see ippDistributionLayers. For a ChartSet, one
     * pair per variant, in its order: the image is a <picture> choosing by
     * viewport width.
     */
    readonly layers?: Layers | readonly Layers[];
  } = {},
): string {
  const main = mainChart(c);
  const { table } = main;
  const figureId = isChartSet(c) ? c.id : main.id;
  const align = (i: number) => ` class="align-${table.columns[i]?.align ?? "left"}"`;
  const head = table.columns.map((col, i) => `<th scope="col"${align(i)}>${escape(col.label)}</th>`).join("");
  const body = table.rows
    .map(
      (row) =>
        `<tr>${row.map((cell, i) => (i === 0 ? `<th scope="row"${align(i)}>${escape(cell)}</th>` : `<td${align(i)}>${escape(cell)}</td>`)).join("")}</tr>`,
    )
    .join("");
  const summary = pick(main.lang, "Data grafik (tabel)", "Chart data (table)");
  const captionId = `${figureId}-tabel`;

  let drawing: string;
  if (!isChartSet(c)) {
    const l = o.layers && !Array.isArray(o.layers) ? (o.layers as Layers) : undefined;
    drawing = l
      ? `<div class="chart-layers"><img src="${escape(l.src)}" alt="" width="${c.width}" height="${c.height}" loading="lazy" decoding="async">${l.overlay}</div>`
      : c.svg;
  } else if (o.layers) {
    drawing = layered(c, Array.isArray(o.layers) ? o.layers : [o.layers as Layers]);
  } else {
    const widest = c.variants.at(-1)!.chart.svg;
    drawing = c.variants
      .map(
        ({ variant, chart }) =>
          `<div class="chart-variant chart-variant--${variant.name}">${chart.svg === widest ? widest : leanMarks(chart.svg, widest)}</div>`,
      )
      .join("");
  }

  return (
    `<figure class="chart chart--${main.kind}" id="${figureId}-figure">` +
    `<figcaption class="chart-title">${escape(main.title)}</figcaption>` +
    drawing +
    `<p class="chart-source">${escape(main.source)}</p>` +
    `<details class="chart-data"${o.tableOpen ? " open" : ""}><summary>${summary}</summary>` +
    `<div class="table-scroll" role="region" tabindex="0" aria-labelledby="${captionId}">` +
    `<table><caption id="${captionId}">${escape(table.caption)}</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div>` +
    `</details></figure>`
  );
}
