import type { RenderFunction } from "@observablehq/plot";

/** Attributes for one datum; null/undefined ones are left off. */
export type Tagger<T> = (d: T) => Readonly<Record<string, string | number | null | undefined>>;

/**
 * A Plot render transform that puts data-* attributes (and a class) on each
 * element a mark draws, so a client script can find the instansi behind a
 * mark without Plot. Relies on Plot drawing one element per index entry, in
 * index order, which holds for dot, bar, rect, cell and text marks.
 */
export function tagMarks<T>(data: readonly T[], attrs: Tagger<T>): RenderFunction {
  return function (index, scales, values, dimensions, context, next) {
    const g = next!(index, scales, values, dimensions, context) as SVGElement;
    const nodes = Array.from(g.childNodes) as Element[];
    if (nodes.length !== index.length) throw new Error(`tagMarks: ${nodes.length} elemen untuk ${index.length} data`);
    nodes.forEach((node, j) => {
      node.setAttribute("class", "mark");
      for (const [k, v] of Object.entries(attrs(data[index[j]!]!)))
        if (v !== null && v !== undefined) node.setAttribute(k, String(v));
    });
    return g;
  };
}
