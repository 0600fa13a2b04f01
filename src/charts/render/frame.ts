import type { ChartKind, ChartResult, Lang } from "../types.ts";
import { SVG_NS, svgEl } from "./dom.ts";
import { serialize } from "./serialize.ts";
import { el, render, type Element as Markup } from "./markup.ts";
import { FONT } from "../layout/sizes.ts";

/**
 * Wraps Plot's drawing into the SVG we ship: role="img" labelled by its own
 * <title> and <desc>, a viewBox so it scales with its container (never wider
 * than drawn, so text stays its intended size), the legend above the plot.
 * Plot's <style> is dropped: it keys on a class name and would only repeat
 * what the attributes already say.
 */
export interface FrameInput {
  readonly kind: ChartKind;
  readonly id: string;
  readonly lang: Lang;
  readonly title: string;
  readonly description: string;
  readonly width: number;
  /** The <svg> Plot returned. */
  readonly plot: Element;
  /** Drawn as text (render/legend.ts), spliced in between the defs and the plot. */
  readonly legend?: { readonly node: Markup; readonly height: number } | undefined;
  /** Patterns and the like, referenced by id from marks or the legend. */
  readonly defs?: readonly Element[] | undefined;
  readonly pretty: boolean;
}

// Presentation attributes Plot puts on its root; they move to the group that replaces it.
const INHERITED = ["fill", "font-family", "font-size", "text-anchor"];

/** Labels printed on marks (a count on a bar, a letter on a chip) let the pointer through to the mark beneath. */
export function passLabelsThrough(parent: Element): void {
  for (const g of Array.from(parent.children))
    if (g.getAttribute("aria-label") === "text") g.setAttribute("pointer-events", "none");
}

/** A chart's result but for its source line and table, which each builder adds. */
export type Framed = Omit<ChartResult, "source" | "table">;

/**
 * What every chart's root <svg> says, scaled or fluid (fluid.ts): an image
 * named by its own title and description, in its language, with the type
 * scale's smallest size. No style attribute: the site's CSP refuses inline
 * styles; site.css caps the width.
 */
export function rootAttributes(o: Pick<FrameInput, "kind" | "id" | "lang">, extraClass = "") {
  return {
    xmlns: SVG_NS,
    class: `ipp-chart ipp-chart--${o.kind}${extraClass}`,
    "data-chart": o.kind,
    width: "100%",
    role: "img",
    "aria-labelledby": `${o.id}-title`,
    "aria-describedby": `${o.id}-desc`,
    lang: o.lang,
    "font-family": "system-ui, sans-serif",
    "font-size": FONT.min,
    fill: "currentColor",
  };
}

export function frame(o: FrameInput): Framed {
  const plotHeight = Number(o.plot.getAttribute("height"));
  const top = o.legend?.height ?? 0;
  const height = top + plotHeight;

  const body = svgEl("g", { class: "plot", transform: top ? `translate(0,${top})` : undefined });
  for (const name of INHERITED) {
    const v = o.plot.getAttribute(name);
    if (v !== null) body.setAttribute(name, v);
  }
  // Plot's default 10 would be the one size under the type scale's floor (layout/sizes.ts).
  if (Number(body.getAttribute("font-size") ?? FONT.min) < FONT.min) body.setAttribute("font-size", String(FONT.min));
  for (const child of Array.from(o.plot.childNodes))
    if ((child as Element).localName !== "style") body.appendChild(child);
  passLabelsThrough(body);

  // Plot's drawing and the patterns come from the virtual DOM; the root, its words and the legend are written as text.
  const raw = (n: Node) => ({ raw: serialize(n, o.pretty, false) });
  const svg = render(
    el("svg", { ...rootAttributes(o), viewBox: `0 0 ${o.width} ${height}` }, [
      el("title", { id: `${o.id}-title` }, [o.title]),
      el("desc", { id: `${o.id}-desc` }, [o.description]),
      ...(o.defs?.length ? [el("defs", {}, o.defs.map(raw))] : []),
      ...(o.legend ? [o.legend.node] : []),
      raw(body),
    ]),
    o.pretty,
  );
  return {
    kind: o.kind,
    id: o.id,
    lang: o.lang,
    title: o.title,
    description: o.description,
    svg,
    width: o.width,
    height,
  };
}
