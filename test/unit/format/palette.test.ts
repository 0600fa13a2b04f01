import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { deltaE2000, lab, labFromLinear, type Lab } from "../../../src/lib/format/lab.ts";
import { contrastRatio, parseHex } from "../../../src/lib/format/srgb.ts";
import { DEFICIENCIES, simulateLinear, type Deficiency } from "../../../src/lib/format/cvd.ts";
import {
  colorOf,
  cssVar,
  hatchPattern,
  isPredikat,
  MARK_OUTLINE,
  NOT_EVALUATED,
  PALETTE,
  paletteCss,
  PREDIKAT_CODES,
  predikatRank,
  swatchOf,
  textColorOf,
} from "../../../src/lib/format/palette.ts";

/**
 * Minimum CIEDE2000 between neighbouring grades. ~2.3 is a just-noticeable
 * difference; chart marks are small, so we ask for several times that. A
 * palette edit that brings two grades closer than this fails here.
 */
const MIN_NEIGHBOUR_NORMAL = 10;
const MIN_NEIGHBOUR_CVD = 8;
/** Any two grades, not only neighbours (A and F both being dark, say). */
const MIN_ANY_PAIR = 8;

type Vision = "normal" | Deficiency;
const VISIONS: readonly Vision[] = ["normal", ...DEFICIENCIES];

const seen = (hex: string, v: Vision): Lab =>
  v === "normal" ? lab(parseHex(hex)) : labFromLinear(simulateLinear(parseHex(hex), v));
const fills = PREDIKAT_CODES.map((c) => PALETTE[c].fill);

describe("predikat palette: the grades it covers", () => {
  it("has the methodology profile's nine steps, best first", () => {
    const profile = JSON.parse(
      readFileSync(new URL("../../../data/methodology/pekppp-2022.json", import.meta.url), "utf8"),
    );
    expect(profile.predikat.map((p: { kode: string }) => p.kode)).toEqual([...PREDIKAT_CODES]);
    expect(Object.keys(PALETTE)).toEqual([...PREDIKAT_CODES]);
  });

  it("uses nine different colours, none equal to the not-evaluated grey", () => {
    expect(new Set([...fills, NOT_EVALUATED.fill]).size).toBe(10);
  });
});

describe.each(VISIONS)("distinguishable under %s", (vision) => {
  const min = vision === "normal" ? MIN_NEIGHBOUR_NORMAL : MIN_NEIGHBOUR_CVD;

  it.each(PREDIKAT_CODES.slice(0, -1).map((c, i) => [c, PREDIKAT_CODES[i + 1]!] as const))(
    `%s and %s differ by ΔE00 ≥ ${min}`,
    (a, b) => {
      expect(deltaE2000(seen(PALETTE[a].fill, vision), seen(PALETTE[b].fill, vision))).toBeGreaterThanOrEqual(min);
    },
  );

  it(`any two grades differ by ΔE00 ≥ ${MIN_ANY_PAIR}`, () => {
    for (let i = 0; i < fills.length; i++)
      for (let j = i + 1; j < fills.length; j++)
        expect(
          deltaE2000(seen(fills[i]!, vision), seen(fills[j]!, vision)),
          `${PREDIKAT_CODES[i]} vs ${PREDIKAT_CODES[j]}`,
        ).toBeGreaterThanOrEqual(MIN_ANY_PAIR);
  });

  it("keeps the not-evaluated grey apart from every grade (it is also hatched)", () => {
    for (const f of fills)
      expect(deltaE2000(seen(f, vision), seen(NOT_EVALUATED.fill, vision))).toBeGreaterThanOrEqual(MIN_NEIGHBOUR_CVD);
  });
});

describe("ordered like the grades", () => {
  const L = fills.map((f) => lab(parseHex(f))[0]);
  const C = PREDIKAT_CODES.indexOf("C");

  it("gets lighter from A down to C and darker from C down to F", () => {
    for (let i = 0; i < C; i++) expect(L[i]!).toBeLessThan(L[i + 1]!);
    for (let i = C; i < L.length - 1; i++) expect(L[i]!).toBeGreaterThan(L[i + 1]!);
  });

  it("puts the good grades on the blue side and the poor ones on the warm side", () => {
    for (const c of PREDIKAT_CODES.slice(0, C)) expect(lab(parseHex(PALETTE[c].fill))[2], c).toBeLessThan(0);
    for (const c of PREDIKAT_CODES.slice(C)) expect(lab(parseHex(PALETTE[c].fill))[2], c).toBeGreaterThan(0);
  });
});

describe("readable letters", () => {
  it.each([...PREDIKAT_CODES, null])("the letter on %s has contrast ≥ 4.5:1", (code) => {
    expect(contrastRatio(swatchOf(code).fill, textColorOf(code))).toBeGreaterThanOrEqual(4.5);
  });

  it("the mark outline reaches 3:1 on white and hatching is visible on the grey", () => {
    expect(contrastRatio(MARK_OUTLINE, "#ffffff")).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(NOT_EVALUATED.hatch, NOT_EVALUATED.fill)).toBeGreaterThanOrEqual(3);
  });
});

describe("helpers", () => {
  it("look up by code, with null meaning not evaluated", () => {
    expect(colorOf("A")).toBe(PALETTE.A.fill);
    expect(colorOf(null)).toBe(NOT_EVALUATED.fill);
    expect(textColorOf("F")).toBe(PALETTE.F.text);
    expect(() => colorOf("Z")).toThrow(/predikat tidak dikenal/);
    expect(isPredikat("B-")).toBe(true);
    expect(isPredikat("b-")).toBe(false);
    expect(predikatRank("A")).toBe(0);
    expect(predikatRank("F")).toBe(8);
  });

  it("name CSS variables without characters CSS would need escaped", () => {
    expect(cssVar("A-")).toBe("--predikat-a-minus");
    expect(cssVar(null)).toBe("--predikat-none");
    const css = paletteCss();
    for (const c of PREDIKAT_CODES) expect(css).toContain(`${cssVar(c)}: ${PALETTE[c].fill};`);
    expect(css).toContain("--predikat-none-hatch");
  });

  it("build a hatch pattern with the caller's id", () => {
    expect(hatchPattern("arsir-peta")).toMatch(/^<pattern id="arsir-peta"[^]*<\/pattern>$/);
  });
});

describe("the check can fail", () => {
  // Guard against a vacuous test: a classic red–green ramp must not pass.
  it("rejects a palette whose neighbours collapse for deuteranopes", () => {
    const redGreen = [
      "#1a9850",
      "#66bd63",
      "#a6d96a",
      "#d9ef8b",
      "#ffffbf",
      "#fee08b",
      "#fdae61",
      "#f46d43",
      "#d73027",
    ];
    const worst = Math.min(
      ...DEFICIENCIES.map((d) =>
        Math.min(...redGreen.slice(1).map((f, i) => deltaE2000(seen(redGreen[i]!, d), seen(f, d)))),
      ),
    );
    expect(worst).toBeLessThan(MIN_NEIGHBOUR_CVD);
  });
});
