/**
 * The chart layer's sizes, in SVG units (one unit is one CSS pixel when the
 * chart is shown at its drawn width). A chart is drawn at several widths
 * (VARIANTS) and the page shows the one made for the width its container
 * has (figure.ts, site.css), so a variant is never shown narrower than the
 * width it is made for: text drawn at FONT.min units never renders below
 * FONT.min CSS pixels, at 300 px as at 1,280 px. See src/charts/README.md.
 */

/** Type scale of chart text: nothing smaller than `min`. */
export const FONT = {
  /** Axis ticks, legend, labels on marks: the smallest text in any chart. */
  min: 11,
  /** Emphasised labels (a highlighted instansi, values at the end of a row). */
  label: 12,
} as const;

/** A layout for one range of container widths. */
export interface Variant {
  /** Suffix of ids and class names: s(mall), m(edium), l(arge). */
  readonly name: "s" | "m" | "l";
  /** The width the chart is drawn at. */
  readonly width: number;
  /** The smallest container width this variant is shown at (= `width`, so it only ever scales up). */
  readonly from: number;
}

/**
 * Phone (300–519 px), tablet or a column (520–839 px), desktop (840 px and
 * more; the page column is at most 1,120 px, so text grows by at most a third).
 */
export const VARIANTS: readonly Variant[] = [
  { name: "s", width: 300, from: 0 },
  { name: "m", width: 520, from: 520 },
  { name: "l", width: 840, from: 840 },
];

/** Below this drawn width a builder uses its compact (phone) layout. */
export const COMPACT_BELOW = 480;

export const isCompact = (width: number): boolean => width < COMPACT_BELOW;
