import { parseHTML } from "linkedom";

/**
 * A virtual DOM for Observable Plot to draw into at build time. linkedom is
 * a dev dependency: charts are rendered in Node while Astro builds, never in
 * the browser. One document is shared; Plot only creates detached nodes in it.
 */
let shared: Document | undefined;

export function virtualDocument(): Document {
  shared ??= parseHTML("<!doctype html><html><head></head><body></body></html>").document as unknown as Document;
  return shared;
}

export const SVG_NS = "http://www.w3.org/2000/svg";

type Attrs = Readonly<Record<string, string | number | null | undefined>>;

/** An SVG element with attributes (null/undefined ones skipped) and children. */
export function svgEl(name: string, attrs: Attrs = {}, children: readonly (Node | string)[] = []): Element {
  const doc = virtualDocument();
  const el = doc.createElementNS(SVG_NS, name);
  for (const [k, v] of Object.entries(attrs)) if (v !== null && v !== undefined) el.setAttribute(k, String(v));
  for (const c of children) el.appendChild(typeof c === "string" ? doc.createTextNode(c) : c);
  return el;
}
