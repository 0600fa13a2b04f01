import { virtualDocument } from "./dom.ts";

/**
 * Parses a trusted, hand-written SVG snippet (such as the palette's hatch
 * pattern) into an element of the virtual document.
 */
export function fragment(markup: string): Element {
  const holder = virtualDocument().createElement("div");
  holder.innerHTML = `<svg xmlns="http://www.w3.org/2000/svg">${markup}</svg>`;
  const el = holder.firstElementChild?.firstElementChild;
  if (!el) throw new Error(`fragmen SVG kosong: ${markup}`);
  return el;
}
