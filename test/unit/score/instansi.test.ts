import { describe, expect, it } from "vitest";
import { predikatOf } from "../../../src/lib/method/predikat.ts";
import { roundFraction, toRational } from "../../../src/lib/num/fraction.ts";
import { fromDecimal, rational, round, roundScaled, type Rational } from "../../../src/lib/num/rational.ts";
import { scoreInstansi } from "../../../src/lib/score/instansi.ts";
import type { LokusScore } from "../../../src/lib/score/lokus.ts";
import { ladder2 } from "../../support/profile.ts";

const lokus = (ipp: string): LokusScore => {
  const v: Rational = fromDecimal(ipp);
  const f = { n: Number(v.n), d: Number(v.d) };
  return { aspects: [f, f, f, f, f, f], f02: f, f03: null, ipp: v };
};
const published = (values: string[]) => {
  const s = scoreInstansi(values.map(lokus));
  const scaled = Number(roundScaled(s.ipp, 2));
  return { ipp: scaled / 100, predikat: predikatOf(ladder2, scaled).kode };
};

describe("scoreInstansi: mean of unrounded lokus IPPs, rounded once", () => {
  it("reproduces Kab. Sleman 2024 (S17): 4.59, 4.66, 4.63 → 4.63, A", () => {
    expect(published(["4.59", "4.66", "4.63"])).toEqual({ ipp: 4.63, predikat: "A" });
  });

  it("reproduces Kota Madiun 2024 (S16) only from unrounded lokus values: 4.67, not 4.66", () => {
    // Published lokus 4.73 / 4.63 / 4.63 average 4.663 → 4.66 if the rounded values were used.
    expect(published(["4.73", "4.63", "4.63"]).ipp).toBe(4.66);
    // Unrounded values that round to the same published lokus scores give the published 4.67.
    expect(published(["4.7340", "4.6340", "4.6340"])).toEqual({ ipp: 4.67, predikat: "A" });
  });

  it("rounds a mean that is exactly on a half upwards, across a predikat boundary", () => {
    expect(published(["4.50", "4.51"])).toEqual({ ipp: 4.51, predikat: "A" });
    expect(published(["4.00", "4.01"])).toEqual({ ipp: 4.01, predikat: "A-" });
    expect(published(["4.00", "4.0099"])).toEqual({ ipp: 4.0, predikat: "B" });
  });

  it("averages F-03 only over the lokus that have it", () => {
    const a: LokusScore = { ...lokus("4"), f03: fromDecimal("4.5") };
    const s = scoreInstansi([a, lokus("3")]);
    expect(round(s.f03!, 2)).toBe(4.5);
    expect(s.lokusWithoutF03).toBe(1);
    expect(round(s.ipp, 2)).toBe(3.5);
  });

  it("averages aspects and F02 exactly, over their common denominator", () => {
    const s = scoreInstansi([lokus("4.50"), lokus("4.51"), lokus("4.525")]);
    // (4.5 + 4.51 + 4.525) / 3 = 4.511666…: exact, not a float sum.
    expect(toRational(s.f02)).toEqual(rational(4500 + 4510 + 4525, 3000));
    expect(roundFraction(s.aspects[0]!, 2)).toBe(4.51);
  });

  it("refuses an instansi without lokus rather than inventing a score", () => {
    expect(() => scoreInstansi([])).toThrow("scoreInstansi: no lokus");
  });
});
