import { describe, expect, it } from "vitest";
import { round, toNumber } from "../../../src/lib/num/rational.ts";
import { recommend } from "../../../src/lib/score/recommend.ts";
import { scoreLokus } from "../../../src/lib/score/lokus.ts";
import { fromDecimal, sub } from "../../../src/lib/num/rational.ts";
import { indicatorValues, profile } from "../../support/profile.ts";

describe("recommend", () => {
  it("ranks indicators by the IPP gain of bringing them to 5", () => {
    // 24.d.T weighs 0.11 × 0.30 = 0.033 per point; 8.a.Ak 0.24 × 0.07 = 0.0168; 29.f.B 0.12 × 0.5 = 0.06.
    const values = indicatorValues(5, { "8.a.Ak": 2, "24.d.T": 3, "29.f.B": 3 });
    const recs = recommend(profile, [{ values, hasF03: false }]);
    expect(recs.map((r) => r.indikator)).toEqual(["29.f.B", "24.d.T", "8.a.Ak"]);
    expect(recs.map((r) => round(r.kenaikan, 4))).toEqual([0.12, 0.066, 0.0504]);
  });

  it("matches the real rise of the IPP when the indicator is raised, with F-03 held fixed", () => {
    const values = indicatorValues(3, { "14.b.K": 1 });
    const f03 = fromDecimal("4.1");
    const before = scoreLokus(profile, values, f03).ipp;
    const after = scoreLokus(profile, indicatorValues(3, { "14.b.K": 5 }), f03).ipp;
    const rec = recommend(profile, [{ values, hasF03: true }], 30).find((r) => r.indikator === "14.b.K")!;
    expect(toNumber(rec.kenaikan)).toBeCloseTo(toNumber(sub(after, before)), 12);
    expect(toNumber(rec.dari)).toBe(1);
  });

  it("averages over lokus and leaves out indicators already at 5", () => {
    const a = indicatorValues(5, { "1.a.Ak": 1 });
    const b = indicatorValues(5, { "1.a.Ak": 3 });
    const recs = recommend(profile, [
      { values: a, hasF03: false },
      { values: b, hasF03: false },
    ]);
    expect(recs).toHaveLength(1);
    expect(toNumber(recs[0]!.dari)).toBe(2);
    // 0.24 × 0.17 × (4 + 2) / 2
    expect(round(recs[0]!.kenaikan, 4)).toBe(0.1224);
  });
});
