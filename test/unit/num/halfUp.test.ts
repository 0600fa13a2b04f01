import { describe, expect, it } from "vitest";
import { roundHalfUpSmall } from "../../../src/lib/num/halfUp.ts";

describe("roundHalfUpSmall", () => {
  it("rounds n/d half away from zero and returns it scaled", () => {
    expect(roundHalfUpSmall(4505, 1000, 2)).toBe(451);
    expect(roundHalfUpSmall(4504, 1000, 2)).toBe(450);
    expect(roundHalfUpSmall(-4505, 1000, 2)).toBe(-451);
    expect(roundHalfUpSmall(2, 3, 4)).toBe(6667);
    expect(roundHalfUpSmall(7, 2, 0)).toBe(4);
  });

  it("never returns minus zero", () => {
    expect(Object.is(roundHalfUpSmall(-1, 1000, 2), 0)).toBe(true);
  });

  it("declines what it cannot do exactly, so the caller uses BigInt", () => {
    expect(roundHalfUpSmall(1, 3, 5)).toBeUndefined(); // more than 4 digits
    expect(roundHalfUpSmall(1, 0, 2)).toBeUndefined();
    expect(roundHalfUpSmall(1, -3, 2)).toBeUndefined();
    expect(roundHalfUpSmall(2 ** 36, 3, 2)).toBeUndefined();
    expect(roundHalfUpSmall(-(2 ** 36), 3, 2)).toBeUndefined();
    expect(roundHalfUpSmall(1, 2 ** 36, 2)).toBeUndefined();
    expect(roundHalfUpSmall(2 ** 36 - 1, 2 ** 36 - 1, 4)).toBe(10_000);
  });
});
