import { describe, expect, it } from "vitest";
import { deltaE2000, deltaE76, lab, type Lab } from "../../../src/lib/format/lab.ts";
import { contrastRatio, parseHex, toHex } from "../../../src/lib/format/srgb.ts";
import { DEFICIENCIES, simulate } from "../../../src/lib/format/cvd.ts";

describe("CIEDE2000 (Sharma, Wu & Dalal 2005 test data)", () => {
  // Pair numbers from the paper's table 1.
  const pairs: [number, Lab, Lab, number][] = [
    [1, [50, 2.6772, -79.7751], [50, 0, -82.7485], 2.0425],
    [2, [50, 3.1571, -77.2803], [50, 0, -82.7485], 2.8615],
    [3, [50, 2.8361, -74.02], [50, 0, -82.7485], 3.4412],
    [7, [50, 0, 0], [50, -1, 2], 2.3669],
    [17, [50, 2.5, 0], [73, 25, -18], 27.1492],
    [18, [50, 2.5, 0], [61, -5, 29], 22.8977],
    [19, [50, 2.5, 0], [56, -27, -3], 31.903],
    [20, [50, 2.5, 0], [58, 24, 15], 19.4535],
    [25, [60.2574, -34.0099, 36.2677], [60.4626, -34.1751, 39.4387], 1.2644],
  ];
  it.each(pairs)("pair %i", (_n, p, q, want) => {
    expect(deltaE2000(p, q)).toBeCloseTo(want, 4);
    expect(deltaE2000(q, p)).toBeCloseTo(want, 4);
  });

  it("is zero for identical colours, including neutrals", () => {
    expect(deltaE2000([50, 0, 0], [50, 0, 0])).toBe(0);
  });

  it("CIE76 is the Euclidean distance", () => {
    expect(deltaE76([50, 0, 0], [53, 4, 0])).toBe(5);
  });
});

describe("sRGB → Lab (D65)", () => {
  it.each([
    ["#ffffff", [100, 0, 0]],
    ["#000000", [0, 0, 0]],
    ["#ff0000", [53.2408, 80.0925, 67.2032]],
    ["#0000ff", [32.297, 79.1875, -107.8602]],
  ] as const)("%s", (hex, want) => {
    const got = lab(parseHex(hex));
    got.forEach((v, i) => expect(v).toBeCloseTo(want[i]!, 2));
  });

  it("round-trips hex", () => {
    expect(toHex(parseHex("#0090c3"))).toBe("#0090c3");
    expect(() => parseHex("0090c3")).toThrow();
  });
});

describe("WCAG contrast ratio", () => {
  it("matches the known anchors", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrastRatio("#ffffff", "#ffffff")).toBe(1);
    // #767676 is the lightest grey passing 4.5:1 on white; #777777 fails.
    expect(contrastRatio("#767676", "#ffffff")).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio("#777777", "#ffffff")).toBeLessThan(4.5);
  });
});

describe("colour-vision simulation (Machado 2009, severity 1)", () => {
  const dE = (a: string, b: string, d: (typeof DEFICIENCIES)[number]) =>
    deltaE2000(lab(simulate(parseHex(a), d)), lab(simulate(parseHex(b), d)));

  it.each(DEFICIENCIES)("keeps white and black (%s)", (d) => {
    expect(toHex(simulate(parseHex("#ffffff"), d))).toBe("#ffffff");
    expect(toHex(simulate(parseHex("#000000"), d))).toBe("#000000");
  });

  it("collapses red–green confusion pairs for protanopes and deuteranopes, not for tritanopes", () => {
    // Pairs that normal vision tells apart easily; each lies on a confusion line.
    const green = "#6e8c3c";
    const deutanRed = "#b45a3c";
    const protanRed = "#d7783c"; // lighter: protanopes see reds darker
    expect(deltaE2000(lab(parseHex(deutanRed)), lab(parseHex(green)))).toBeGreaterThan(25);
    expect(deltaE2000(lab(parseHex(protanRed)), lab(parseHex(green)))).toBeGreaterThan(25);
    expect(dE(deutanRed, green, "deuteranopia")).toBeLessThan(4);
    expect(dE(protanRed, green, "protanopia")).toBeLessThan(4);
    expect(dE(deutanRed, green, "tritanopia")).toBeGreaterThan(25);
  });

  it("collapses a blue–green pair for tritanopes", () => {
    const blue = "#4a7dbb";
    const teal = "#3f8f8a";
    expect(dE(blue, teal, "tritanopia")).toBeLessThan(8);
    expect(dE(blue, teal, "deuteranopia")).toBeGreaterThan(12);
  });
});
