import { roundNumbers } from "./serialize.ts";

/**
 * SVG written as text, without a DOM: the fluid charts (fluid.ts) are a few
 * dozen elements each and drawn thousands of times per build, where the
 * virtual DOM Plot needs would cost most of the time. Same output rules as
 * serialize.ts: attributes sorted (xmlns first), text and attribute values
 * escaped for XML, coordinates rounded to 2 decimals, an optional indented
 * form whose only difference is whitespace between tags.
 */
export type Attrs = Readonly<Record<string, string | number | null | undefined>>;

export interface Element {
  readonly name: string;
  readonly attrs: Attrs;
  readonly children: readonly Child[];
}
/** Markup already written (Plot's drawing, serialised from the virtual DOM), copied as is. */
export interface Raw {
  readonly raw: string;
}
export type Child = Element | Raw | string;

export const el = (name: string, attrs: Attrs = {}, children: readonly Child[] = []): Element => ({
  name,
  attrs,
  children,
});

/** A percentage of the chart's width, for x positions that follow the container. */
export const pct = (share: number): string => `${roundNumbers(String(share * 100))}%`;

const escapeText = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const escapeAttr = (s: string) => escapeText(s).replace(/"/g, "&quot;");

// Values left exactly as given: they are words, ids, colours or dash patterns, not coordinates.
const VERBATIM =
  /^(?:class|id|fill|stroke|role|lang|href|font-family|font-weight|font-style|text-anchor|stroke-dasharray|xmlns|aria-.*|data-.*)$/;

function attributes(attrs: Attrs): string {
  const names = Object.keys(attrs)
    .filter((k) => attrs[k] !== null && attrs[k] !== undefined)
    .sort((a, b) => (a === "xmlns" ? -1 : b === "xmlns" ? 1 : a < b ? -1 : 1));
  return names
    .map((k) => {
      const v = String(attrs[k]);
      return ` ${k}="${escapeAttr(VERBATIM.test(k) || v.includes("em") ? v : roundNumbers(v))}"`;
    })
    .join("");
}

function write(node: Child, pretty: boolean, depth: number): string {
  if (typeof node === "string") return escapeText(node);
  // Written elsewhere (serialize.ts) from its own depth 0: indented to this one, text lines left as they are.
  if ("raw" in node) return pretty ? node.raw.trimEnd().replace(/\n(?=\s*<)/g, `\n${"  ".repeat(depth)}`) : node.raw;
  const open = `<${node.name}${attributes(node.attrs)}`;
  if (node.children.length === 0) return `${open}/>`;
  // Elements holding text stay on one line, so pretty output changes no text.
  const inline = !pretty || node.children.some((c) => typeof c === "string");
  const pad = (d: number) => (pretty ? `\n${"  ".repeat(d)}` : "");
  const inner = node.children
    .map((c) => (inline ? write(c, false, 0) : `${pad(depth + 1)}${write(c, pretty, depth + 1)}`))
    .join("");
  return `${open}>${inner}${inline ? "" : pad(depth)}</${node.name}>`;
}

export function render(node: Element, pretty = false): string {
  return write(node, pretty, 0) + (pretty ? "\n" : "");
}
