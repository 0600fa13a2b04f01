import * as Plot from "@observablehq/plot";
import { virtualDocument } from "./dom.ts";

/**
 * Runs Plot against the virtual document. A fixed className replaces Plot's
 * default one; Plot returns a bare <svg> as long as no title, caption or
 * legend option is given (we draw those ourselves).
 */
export function plotSvg(options: Plot.PlotOptions): Element {
  const node = Plot.plot({ ...options, document: virtualDocument(), className: "ipp-plot" }) as unknown as Element;
  if (node.localName !== "svg") throw new Error(`Plot menghasilkan <${node.localName}>, bukan <svg>`);
  return node;
}

export { Plot };
