import type { ChartKind, Lang } from "../types.ts";
import { VARIANTS } from "../layout/sizes.ts";
import { rootAttributes, type Framed } from "./frame.ts";
import { legend, type LegendItem } from "./legend.ts";
import { el, render, type Child } from "./markup.ts";

/**
 * A fluid chart: one drawing for every width from 300 px up. The root has
 * no viewBox, so nothing is scaled: x positions are percentages of the
 * width the chart is shown at, y positions and every text size are CSS
 * pixels. Text therefore renders at its drawn size at any width (FONT.min
 * is a floor in px, as in the scaled charts), and one drawing replaces the
 * three width variants a scaled chart needs (responsive.ts): a third of the
 * bytes on a page and of the drawing time in a build. Fit for charts whose
 * layout can be written in percentages (a dot per value on a 0–5 scale,
 * a line over a few years); see src/charts/README.md.
 *
 * What must fit is laid out for the narrowest width (NARROWEST): the legend
 * wraps as on a phone, labels are thinned so they never overlap at 300 px.
 */
export const NARROWEST = VARIANTS[0]!.width;

/**
 * The width a fluid chart is exported at (its SVG/PNG download, taken from
 * the page at the width shown, uses that instead) and the one its result
 * reports as `width`.
 */
export const FLUID_EXPORT_WIDTH = 640;

export interface FluidInput {
  readonly kind: ChartKind;
  readonly id: string;
  readonly lang: Lang;
  readonly title: string;
  readonly description: string;
  /** Legend above the plot, laid out for NARROWEST. */
  readonly legend: readonly LegendItem[];
  /** The plot, drawn with its top at y = 0 (it is moved below the legend). */
  readonly body: readonly Child[];
  readonly bodyHeight: number;
  readonly pretty: boolean;
}

export function fluidFrame(o: FluidInput): Framed & { readonly fluid: true } {
  const drawn = legend(o.legend, NARROWEST);
  const height = Math.ceil(drawn.height + o.bodyHeight);
  const root = el(
    "svg",
    {
      ...rootAttributes(o, " ipp-chart--fluid"),
      "data-fluid": "",
      height,
      // Marks at either end of the scale may reach a few px past the edge.
      overflow: "visible",
    },
    [
      el("title", { id: `${o.id}-title` }, [o.title]),
      el("desc", { id: `${o.id}-desc` }, [o.description]),
      drawn.node,
      el("g", { class: "plot", transform: `translate(0,${drawn.height})` }, o.body),
    ],
  );
  return {
    kind: o.kind,
    id: o.id,
    lang: o.lang,
    title: o.title,
    description: o.description,
    svg: render(root, o.pretty),
    width: FLUID_EXPORT_WIDTH,
    height,
    fluid: true,
  };
}
