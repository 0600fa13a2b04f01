import { VARIANTS, type Variant } from "./layout/sizes.ts";
import type { ChartOptions, ChartResult } from "./types.ts";

/** One chart drawn for each range of container widths (see layout/sizes.ts). */
export interface ChartSet {
  /** The id the variants' ids derive from (`${id}-s`, `${id}-m`, `${id}-l`). */
  readonly id: string;
  readonly variants: readonly { readonly variant: Variant; readonly chart: ChartResult }[];
}

/**
 * Draws a chart once per variant width, each variant with ids of its own so
 * all of them can sit on one page (the page shows one, by container width):
 *
 *   chartSet({ ...o, id: "sebaran" }, (v) => ippDistribution(rows, v))
 *
 * Titles, descriptions, sources and tables do not depend on the width; the
 * figure takes them from the first variant.
 */
export function chartSet<O extends ChartOptions & { readonly id: string }>(
  o: O,
  build: (o: O) => ChartResult,
  variants: readonly Variant[] = VARIANTS,
): ChartSet {
  return {
    id: o.id,
    variants: variants.map((variant) => ({
      variant,
      chart: build({ ...o, width: variant.width, id: `${o.id}-${variant.name}` }),
    })),
  };
}

export const isChartSet = (c: ChartResult | ChartSet): c is ChartSet => "variants" in c;

/** The chart whose words and table stand for the set. */
export const mainChart = (c: ChartResult | ChartSet): ChartResult => (isChartSet(c) ? c.variants[0]!.chart : c);
