import { describe, expect, it } from "vitest";
import { overCommonDenominator } from "../../../src/lib/method/integerWeights.ts";
import { fromDecimal, rational } from "../../../src/lib/num/rational.ts";

describe("overCommonDenominator", () => {
  it("puts weights over their least common denominator", () => {
    expect(overCommonDenominator([rational(1, 3), rational(1, 6), rational(1, 2)])).toEqual({
      numerators: [2, 1, 3],
      scale: 6,
    });
    expect(overCommonDenominator(["0.24", "0.25", "0.51"].map(fromDecimal))).toEqual({
      numerators: [24, 25, 51],
      scale: 100,
    });
  });

  it("refuses weights so fine that integer scoring would not stay exact, in Indonesian", () => {
    expect(() => overCommonDenominator([fromDecimal("0.0000001"), fromDecimal("0.9999999")])).toThrow(
      "bobot terlalu halus untuk dihitung eksak (penyebut bersama 10000000)",
    );
  });
});
