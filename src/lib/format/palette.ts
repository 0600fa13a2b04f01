/**
 * The one predikat palette, used by charts, badges and the map.
 *
 * A diverging blue–orange ramp: blue for the good grades (A darkest), a pale
 * sand for C, the midpoint "Cukup", then orange to dark red for the failing
 * ones. Blue against orange survives the three common colour-vision
 * deficiencies, and lightness falls monotonically from C towards both ends so
 * neighbours differ in lightness as well as hue. The figures are checked by
 * test/unit/format/palette.test.ts (CIEDE2000 between neighbours under
 * normal vision and simulated protanopia, deuteranopia, tritanopia; WCAG
 * contrast of the letter on its colour). Colour is never the only cue: the
 * letter is always printed on or next to it.
 *
 * No imports, so the browser can use it (map, badges) without pulling in
 * anything else.
 */

export const PREDIKAT_CODES = ["A", "A-", "B", "B-", "C", "C-", "D", "E", "F"] as const;
export type Predikat = (typeof PREDIKAT_CODES)[number];

export interface Swatch {
  /** Fill colour, #rrggbb. */
  readonly fill: string;
  /** Colour of the letter printed on the fill; contrast ≥ 4.5:1. */
  readonly text: string;
}

const INK = "#1a1a1a";
const PAPER = "#ffffff";

export const PALETTE: Readonly<Record<Predikat, Swatch>> = {
  A: { fill: "#004685", text: PAPER },
  "A-": { fill: "#0067a6", text: PAPER },
  B: { fill: "#0090c3", text: INK },
  "B-": { fill: "#67b2d4", text: INK },
  C: { fill: "#edd28c", text: INK },
  "C-": { fill: "#eb9c5e", text: INK },
  D: { fill: "#da6c3e", text: INK },
  E: { fill: "#c04133", text: PAPER },
  F: { fill: "#8b272a", text: PAPER },
};

/**
 * "Tidak dievaluasi / not evaluated": a neutral grey that is not a grade.
 * Maps draw it hatched (see `hatchPattern`), so it does not rely on the grey
 * alone to differ from the pale C.
 */
export const NOT_EVALUATED: Swatch & { readonly hatch: string } = { fill: "#d9d9d9", text: INK, hatch: "#7a7a7a" };

/**
 * Outline for marks drawn on white: the pale steps (C at 1.5:1) need one to
 * reach the 3:1 that WCAG asks of graphical objects.
 */
export const MARK_OUTLINE = "#4d4d4d";

export function isPredikat(code: string): code is Predikat {
  return (PREDIKAT_CODES as readonly string[]).includes(code);
}

/** The swatch of a predikat; null means not evaluated. An unknown code is a data error and throws. */
export function swatchOf(code: string | null): Swatch {
  if (code === null) return NOT_EVALUATED;
  if (!isPredikat(code)) throw new Error(`predikat tidak dikenal: "${code}"`);
  return PALETTE[code];
}

export function colorOf(code: string | null): string {
  return swatchOf(code).fill;
}

export function textColorOf(code: string | null): string {
  return swatchOf(code).text;
}

/** Best grade first: 0 for A, 8 for F. */
export function predikatRank(code: Predikat): number {
  return PREDIKAT_CODES.indexOf(code);
}

/** CSS custom property for a predikat: "A-" → "--predikat-a-minus". */
export function cssVar(code: Predikat | null): string {
  return code === null ? "--predikat-none" : `--predikat-${code.toLowerCase().replace("-", "-minus")}`;
}

/** The palette as CSS custom properties (fill and -text for each step), for badges and the map. */
export function paletteCss(selector = ":root"): string {
  const lines = [...PREDIKAT_CODES, null].map((code) => {
    const s = swatchOf(code);
    return `  ${cssVar(code)}: ${s.fill};\n  ${cssVar(code)}-text: ${s.text};`;
  });
  return `${selector} {\n${lines.join("\n")}\n  --predikat-none-hatch: ${NOT_EVALUATED.hatch};\n}\n`;
}

/**
 * An SVG <pattern> filling with the not-evaluated grey and diagonal hatching;
 * use it as fill="url(#id)". The id is the caller's so a page can hold several.
 */
export function hatchPattern(id: string): string {
  return (
    `<pattern id="${id}" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">` +
    `<rect width="6" height="6" fill="${NOT_EVALUATED.fill}"/>` +
    `<line x1="0" y1="0" x2="0" y2="6" stroke="${NOT_EVALUATED.hatch}" stroke-width="1.5"/>` +
    `</pattern>`
  );
}
