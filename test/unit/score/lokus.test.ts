import { describe, expect, it } from "vitest";
import { predikatOf } from "../../../src/lib/method/predikat.ts";
import { roundFraction, toRational } from "../../../src/lib/num/fraction.ts";
import { add, fromDecimal, mul, rational, round, roundScaled, toNumber } from "../../../src/lib/num/rational.ts";
import { scoreLokus } from "../../../src/lib/score/lokus.ts";
import { indicatorValues, ladder2, profile } from "../../support/profile.ts";

describe("scoreLokus: the worked example of methodology.md §1.7", () => {
  // All indicators 5 except 8.a.Ak = 2, 24.d.T = 3 and 29.f.B = 3.
  const values = indicatorValues(5, { "8.a.Ak": 2, "24.d.T": 3, "29.f.B": 3 });

  it("scores each aspect as the weighted sum of its indicators", () => {
    const s = scoreLokus(profile, values, null);
    expect(s.aspects.map((a) => roundFraction(a, 4))).toEqual([4.79, 5, 5, 4.4, 5, 4]);
  });

  it("gives F02 = 4.7636, predikat A", () => {
    const s = scoreLokus(profile, values, null);
    expect(roundFraction(s.f02, 4)).toBe(4.7636);
    expect(toRational(s.f02)).toEqual(fromDecimal("4.7636")); // exact: 47636/10000
    expect(predikatOf(ladder2, roundFraction(s.f02, 2) * 100).kode).toBe("A");
  });

  it("with F03 = 4.20 and the 0.75/0.25 blend gives IPP 4.6227, still A", () => {
    const s = scoreLokus(profile, values, fromDecimal("4.20"));
    expect(round(s.ipp, 4)).toBe(4.6227);
    expect(predikatOf(ladder2, Number(roundScaled(s.ipp, 2))).kode).toBe("A");
  });

  it("blends on doubles when the numbers fit, and in BigInt when they do not, with the same result", () => {
    for (const f03 of [fromDecimal("4.20"), rational(123456789, 28), rational(2n ** 40n + 1n, 2n ** 38n)]) {
      const s = scoreLokus(profile, values, f03);
      expect(s.ipp).toEqual(add(mul(profile.blend.f02, toRational(s.f02)), mul(profile.blend.f03, f03)));
    }
  });

  it("uses F02 alone when the lokus has no F-03", () => {
    const s = scoreLokus(profile, values, null);
    expect(s.ipp).toEqual(toRational(s.f02));
    expect(s.f03).toBeNull();
  });

  it("gives 5 for a perfect lokus and 0 for an empty one", () => {
    expect(toNumber(scoreLokus(profile, indicatorValues(5), fromDecimal(5)).ipp)).toBe(5);
    expect(toNumber(scoreLokus(profile, indicatorValues(0), fromDecimal(0)).ipp)).toBe(0);
  });

  it("refuses to score a lokus with a missing indicator rather than count it as 0", () => {
    const values2 = indicatorValues(4);
    values2[7] = -1;
    expect(() => scoreLokus(profile, values2, null)).toThrow(/8\.a\.Ak has no value/);
  });
});
