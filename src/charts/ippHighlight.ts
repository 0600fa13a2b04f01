import { ranked } from "./data/stats.ts";
import {
  highlightMarks,
  highlightSentence,
  ippDistribution,
  ippLayout,
  ippPlotFrame,
  type IppDistributionOptions,
  type IppRow,
} from "./ippDistribution.ts";
import { resolve } from "./options.ts";
import { svgEl } from "./render/dom.ts";
import { passLabelsThrough } from "./render/frame.ts";
import { plotSvg } from "./render/plot.ts";
import { serialize } from "./render/serialize.ts";
import type { ChartResult } from "./types.ts";

/** The IPP distribution split for pages that each highlight one instansi. */
export interface IppLayers {
  /**
   * The whole chart without any highlight, as a standalone SVG: the same
   * file for every instansi page of a year and language, so a site can serve
   * it once (as an <img>) and let browsers cache it.
   */
  readonly base: string;
  /** The full chart with `kode` highlighted, byte for byte what `ippDistribution` gives. */
  chart(kode: string): ChartResult;
  /**
   * Only what changes per page, as an SVG with the base's viewBox: its title,
   * the description with this instansi's rank, and the ring and label, to lay
   * over the base image.
   */
  overlay(kode: string): string;
}

/**
 * `ippDistribution` with one instansi highlighted, for each instansi in turn,
 * without redrawing ~600 dots every time (≈90 ms each; an instansi page is
 * built ~5,000 times). Where the dots go does not depend on which one is
 * highlighted, so the whole chart is drawn once and each call only:
 *
 * - writes the description with the highlight's rank,
 * - adds `data-highlight="true"` to that instansi's dot,
 * - appends the ring, leader line and label, drawn by Plot on their own with
 *   the chart's scales (three marks, well under a millisecond).
 *
 * `chart(kode)` is byte for byte what `ippDistribution(rows, { ...o, highlight })`
 * gives (test/unit/charts/ippHighlight.test.ts checks every instansi of the
 * fixture). Compact SVG only: `pretty` is refused.
 */
export function ippDistributionLayers(
  rows: readonly IppRow[],
  o: Omit<IppDistributionOptions, "highlight">,
): IppLayers {
  if (o.pretty) throw new Error("ippDistributionHighlighter: hanya SVG ringkas (pretty tidak didukung)");
  const first = rows[0];
  if (!first) throw new Error("ippDistributionHighlighter: tidak ada instansi");
  const { id } = resolve("ippDistribution", o);
  const layout = ippLayout(rows, o, true);
  const ranks = ranked(layout.sorted, (d) => d.ipp);
  const frameOptions = ippPlotFrame(layout, o.lang);

  const overlay = (kode: string): string => {
    // Same scales without the axis; Plot's <style> is dropped as frame() does.
    const svg = plotSvg({
      ...frameOptions,
      x: { ...frameOptions.x, axis: null },
      marks: highlightMarks(layout, kode, o.lang),
    });
    passLabelsThrough(svg);
    return Array.from(svg.childNodes, (n) =>
      (n as Element).localName === "style" ? "" : serialize(n, false, false),
    ).join("");
  };
  // A page asks for its chart and its overlay in turn: draw the highlight once for both.
  let last: { readonly kode: string; readonly svg: string } | undefined;
  const highlight = (kode: string): string => {
    if (last?.kode !== kode) last = { kode, svg: overlay(kode) };
    return last.svg;
  };
  const descOf = (text: string) => serialize(svgEl("desc", { id: `${id}-desc` }, [text]));
  const sentence = (kode: string) => {
    const row = layout.sorted.find((d) => d.kode_instansi === kode);
    if (!row) throw new Error(`instansi yang disorot tidak ada dalam data: ${kode}`);
    return highlightSentence(row, ranks.get(row)!, rows.length, o.lang);
  };

  // The reference drawing, highlighting the first instansi; then taken apart around what changes.
  const base = ippDistribution(rows, { ...o, highlight: first.kode_instansi });
  const firstOverlay = overlay(first.kode_instansi);
  const closing = "</g></svg>";
  const flag = ' data-highlight="true"';
  const firstSentence = ` ${sentence(first.kode_instansi)}`;
  const firstDesc = descOf(base.description);
  const descAt = base.svg.indexOf(firstDesc);
  if (
    !base.svg.endsWith(firstOverlay + closing) ||
    !base.description.endsWith(firstSentence) ||
    descAt < 0 ||
    base.svg.split(flag).length !== 2
  )
    throw new Error(
      "ippDistributionHighlighter: gambar dasar tidak berbentuk seperti yang diharapkan (ippDistribution berubah?)",
    );
  const plain = base.svg.slice(0, base.svg.length - firstOverlay.length - closing.length).replace(flag, "");
  const head = plain.slice(0, descAt);
  const body = plain.slice(descAt + firstDesc.length);
  const description = base.description.slice(0, -firstSentence.length);

  // The attribute as the serialiser writes it (escaped the same way): ` data-kode="…"`.
  const attr = (kode: string) => serialize(svgEl("g", { "data-kode": kode })).slice(2, -2);
  // Where the flag goes in each dot: before data-ipp (the serialiser sorts attributes).
  const flagAt = new Map<string, number>();
  for (const d of layout.sorted) {
    const at = body.indexOf(attr(d.kode_instansi));
    const ipp = body.lastIndexOf(" data-ipp=", at);
    if (at < 0 || ipp < 0 || body.lastIndexOf("<", at) > ipp)
      throw new Error(`ippDistributionHighlighter: titik ${d.kode_instansi} tidak ditemukan`);
    flagAt.set(d.kode_instansi, ipp);
  }

  // For the overlay: the root <svg> and the plot group's opening tags as the base writes them.
  const rootOpen = head.slice(0, head.indexOf(">") + 1);
  const titleTag = head.slice(rootOpen.length);
  const plotAt = body.indexOf('<g class="plot"');
  if (plotAt < 0) throw new Error("ippDistributionHighlighter: kelompok plot tidak ditemukan");
  const plotOpen = body.slice(plotAt, body.indexOf(">", plotAt) + 1);

  return {
    base: head + descOf(description) + body + closing,
    chart(kode) {
      const text = `${description} ${sentence(kode)}`;
      const at = flagAt.get(kode)!;
      const svg = head + descOf(text) + body.slice(0, at) + flag + body.slice(at) + highlight(kode) + closing;
      return { ...base, description: text, svg };
    },
    overlay(kode) {
      return (
        rootOpen.replace('class="ipp-chart ', 'class="ipp-chart ipp-chart--overlay ') +
        titleTag +
        descOf(`${description} ${sentence(kode)}`) +
        plotOpen +
        highlight(kode) +
        closing
      );
    },
  };
}

/** `(kode) => ChartResult`: the full chart with that instansi highlighted (see ippDistributionLayers). */
export function ippDistributionHighlighter(
  rows: readonly IppRow[],
  o: Omit<IppDistributionOptions, "highlight">,
): (kode: string) => ChartResult {
  const layers = ippDistributionLayers(rows, o);
  return (kode) => layers.chart(kode);
}
