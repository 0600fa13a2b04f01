import { pick } from "../lib/format/lang.ts";
import type { ChartResult } from "./types.ts";

const escape = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/**
 * The whole accessible figure as HTML, so a page can drop a chart in with
 * one `<Fragment set:html={figureHtml(chart)} />`: visible title, the SVG,
 * the source line, and the data table in a <details> (first column as row
 * headers). Class names only; styling is the page's.
 */
export function figureHtml(
  c: ChartResult,
  o: {
    readonly tableOpen?: boolean;
    /**
     * Draw the chart as a shared image (`src`, the same file on many pages, so
     * browsers fetch it once) under this page's own SVG overlay, instead of
     * inlining the whole SVG; see ippDistributionLayers.
     */
    readonly layers?: { readonly src: string; readonly overlay: string };
  } = {},
): string {
  const { table } = c;
  const align = (i: number) => ` class="align-${table.columns[i]?.align ?? "left"}"`;
  const head = table.columns.map((col, i) => `<th scope="col"${align(i)}>${escape(col.label)}</th>`).join("");
  const body = table.rows
    .map(
      (row) =>
        `<tr>${row.map((cell, i) => (i === 0 ? `<th scope="row"${align(i)}>${escape(cell)}</th>` : `<td${align(i)}>${escape(cell)}</td>`)).join("")}</tr>`,
    )
    .join("");
  const summary = pick(c.lang, "Data grafik (tabel)", "Chart data (table)");
  return (
    `<figure class="chart chart--${c.kind}" id="${c.id}-figure">` +
    `<figcaption class="chart-title">${escape(c.title)}</figcaption>` +
    (o.layers
      ? `<div class="chart-layers"><img src="${escape(o.layers.src)}" alt="" width="${c.width}" height="${c.height}" loading="lazy" decoding="async">${o.layers.overlay}</div>`
      : c.svg) +
    `<p class="chart-source">${escape(c.source)}</p>` +
    `<details class="chart-data"${o.tableOpen ? " open" : ""}><summary>${summary}</summary>` +
    `<div class="table-scroll"><table><caption>${escape(table.caption)}</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div>` +
    `</details></figure>`
  );
}
