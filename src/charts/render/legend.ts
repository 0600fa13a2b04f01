import { NOT_EVALUATED, swatchOf } from "../../lib/format/palette.ts";
import { el, type Element } from "./markup.ts";
import { textWidth } from "../text.ts";

/**
 * Legends drawn into the SVG itself (not as HTML beside it) so the chart
 * prints and copies whole. Predikat chips always carry their letter: colour
 * is never the only cue.
 */
export type LegendItem =
  | { readonly kind: "predikat"; readonly kode: string; readonly title: string }
  | { readonly kind: "notEvaluated"; readonly label: string; readonly patternId: string }
  | { readonly kind: "symbol"; readonly symbol: "dot" | "ring" | "diamond" | "line" | "dash"; readonly label: string };

const FONT = 11;
const CHIP_W = 24;
const CHIP_H = 16;
const GAP = 8;
const ROW = 22;

function symbolNode(symbol: Extract<LegendItem, { kind: "symbol" }>["symbol"]): Element {
  const c = CHIP_H / 2;
  switch (symbol) {
    case "dot":
      return el("circle", { cx: CHIP_W / 2, cy: c, r: 5, fill: "#1a1a1a" });
    case "ring":
      return el("circle", {
        cx: CHIP_W / 2,
        cy: c,
        r: 4.5,
        fill: "#ffffff",
        stroke: "#595959",
        "stroke-width": 1.5,
      });
    case "diamond":
      return el("path", {
        d: `M${CHIP_W / 2},${c - 6}l6,6l-6,6l-6,-6z`,
        fill: "#ffffff",
        stroke: "#595959",
        "stroke-width": 1.5,
      });
    case "line":
      return el("line", { x1: 2, x2: CHIP_W - 2, y1: c, y2: c, stroke: "#1a1a1a", "stroke-width": 2 });
    case "dash":
      return el("line", {
        x1: 2,
        x2: CHIP_W - 2,
        y1: c,
        y2: c,
        stroke: "#595959",
        "stroke-width": 1.5,
        "stroke-dasharray": "4 3",
      });
  }
}

const LINE = 14;

/** Words into lines of at most `chars` characters (a longer word keeps a line of its own). */
export function wrapWords(text: string, chars: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= chars) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.length ? lines : [""];
}

interface ItemParts {
  readonly parts: readonly Element[];
  /** Attributes of the item's group besides its class and position. */
  readonly attrs?: Readonly<Record<string, string>>;
  readonly width: number;
  readonly height: number;
}

function itemNode(item: LegendItem, maxWidth: number): ItemParts {
  if (item.kind === "predikat") {
    const s = swatchOf(item.kode);
    const parts = [
      el("title", {}, [item.title]),
      el("rect", { width: CHIP_W, height: CHIP_H, rx: 2, fill: s.fill }),
      el("text", { x: CHIP_W / 2, y: CHIP_H / 2, dy: "0.35em", fill: s.text, "font-weight": "bold" }, [item.kode]),
    ];
    return { parts, attrs: { "data-predikat": item.kode }, width: CHIP_W, height: ROW };
  }
  const label = item.label;
  const mark =
    item.kind === "notEvaluated"
      ? el("rect", {
          width: CHIP_W,
          height: CHIP_H,
          rx: 2,
          fill: `url(#${item.patternId})`,
          stroke: NOT_EVALUATED.hatch,
          "stroke-width": 0.5,
        })
      : symbolNode(item.symbol);
  // A label longer than the chart is wide wraps onto more lines (a phone layout).
  const chars = Math.max(8, Math.floor((maxWidth - CHIP_W - 4) / (FONT * 0.6)));
  const lines = CHIP_W + 4 + textWidth(label, FONT) > maxWidth ? wrapWords(label, chars) : [label];
  const text =
    lines.length === 1
      ? el("text", { x: CHIP_W + 4, y: CHIP_H / 2, dy: "0.35em", "text-anchor": "start" }, [label])
      : el(
          "text",
          { y: CHIP_H / 2, dy: "0.35em", "text-anchor": "start" },
          lines.map((line, i) => el("tspan", { x: CHIP_W + 4, dy: i === 0 ? null : LINE }, [line])),
        );
  const width = CHIP_W + 4 + Math.max(...lines.map((l) => textWidth(l, FONT)));
  return { parts: [mark, text], width, height: ROW + (lines.length - 1) * LINE };
}

/**
 * Lays the items out left to right, wrapping at `width`; returns the group
 * (written as text, render/markup.ts: drawn for every chart, thousands of
 * times a build) and its height.
 */
export function legend(
  items: readonly LegendItem[],
  width: number,
  heading?: string,
): { node: Element; height: number } {
  const children: Element[] = [];
  let x = 0;
  let y = 4;
  if (heading) {
    children.push(
      el("text", { x: 0, y: y + CHIP_H / 2, dy: "0.35em", "text-anchor": "start", "font-weight": "bold" }, [heading]),
    );
    x = textWidth(heading, FONT) + GAP;
  }
  let rowHeight = ROW;
  for (const item of items) {
    const { parts, attrs, width: w, height: h } = itemNode(item, width);
    if (x > 0 && x + w > width) {
      x = 0;
      y += rowHeight;
      rowHeight = ROW;
    }
    rowHeight = Math.max(rowHeight, h);
    children.push(el("g", { class: "legend-item", ...attrs, transform: `translate(${x},${y})` }, parts));
    x += w + GAP;
  }
  return {
    node: el("g", { class: "legend", "font-size": FONT, "text-anchor": "middle" }, children),
    height: y + rowHeight + 6,
  };
}
