/**
 * Our own SVG serialiser, instead of the virtual DOM's outerHTML, for three
 * reasons: attribute values are escaped for XML (linkedom leaves < and &
 * alone, which HTML tolerates but a standalone .svg does not); coordinates
 * are rounded to 2 decimals so the bytes do not carry float noise
 * (77.93103448275863) and snapshots stay readable; and an optional indented
 * form for snapshot diffs.
 */

// Attributes holding coordinates or lengths; everything else is copied as is.
const GEOMETRY = new Set([
  "d",
  "transform",
  "x",
  "y",
  "x1",
  "x2",
  "y1",
  "y2",
  "cx",
  "cy",
  "r",
  "rx",
  "ry",
  "width",
  "height",
  "viewBox",
  "points",
  "dx",
  "dy",
  "stroke-width",
  "font-size",
]);

const NUMBER = /-?(?:\d+\.\d*|\.\d+|\d+)(?:e[-+]?\d+)?/gi;

export function roundNumbers(value: string): string {
  return value.replace(NUMBER, (m) => {
    const n = Math.round(Number(m) * 100) / 100;
    return Object.is(n, -0) ? "0" : String(n);
  });
}

const escapeText = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const escapeAttr = (s: string) => escapeText(s).replace(/"/g, "&quot;");

function attributes(el: Element, root: boolean): string {
  let out = "";
  // Sorted, xmlns first: the order then depends on neither Plot's nor the DOM's insertion order.
  const sorted = Array.from(el.attributes).sort((a, b) =>
    a.name === "xmlns" ? -1 : b.name === "xmlns" ? 1 : a.name < b.name ? -1 : 1,
  );
  for (const a of sorted) {
    // The chart is one image (role="img" on the root, named by its title and
    // description, its data in a table). Plot's aria-labels on inner groups
    // ("dot", "x-axis tick label") are not allowed on those elements, so they
    // are kept as data-plot, which still names the group for tests and styles.
    const name = !root && a.name === "aria-label" ? "data-plot" : a.name;
    if (!root && name.startsWith("aria-")) continue;
    const v = GEOMETRY.has(a.name) && !a.value.includes("em") ? roundNumbers(a.value) : a.value;
    out += ` ${name}="${escapeAttr(v)}"`;
  }
  return out;
}

const ELEMENT = 1;
const TEXT = 3;

function serializeNode(node: Node, pretty: boolean, depth: number, root = false): string {
  if (node.nodeType === TEXT) return escapeText(node.nodeValue ?? "");
  if (node.nodeType !== ELEMENT) return "";
  const el = node as Element;
  const name = el.localName;
  const kids = Array.from(el.childNodes).filter((c) => c.nodeType === ELEMENT || c.nodeType === TEXT);
  const open = `<${name}${attributes(el, root)}`;
  if (kids.length === 0) return `${open}/>`;
  // Only indent between elements: whitespace inside text content would change what is drawn.
  const onlyElements = kids.every((c) => c.nodeType === ELEMENT);
  if (!pretty || !onlyElements) return `${open}>${kids.map((c) => serializeNode(c, false, 0)).join("")}</${name}>`;
  const pad = "  ".repeat(depth + 1);
  const inner = kids.map((c) => `\n${pad}${serializeNode(c, true, depth + 1)}`).join("");
  return `${open}>${inner}\n${"  ".repeat(depth)}</${name}>`;
}

/** `root`: the node is the chart's own <svg> (keeps its aria attributes); false for a piece spliced into one. */
export function serialize(node: Node, pretty = false, root = true): string {
  return serializeNode(node, pretty, 0, root) + (pretty ? "\n" : "");
}
