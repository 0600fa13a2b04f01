import { describe, expect, it } from "vitest";
import { add, compare, fromDecimal, mean, rational, round, roundScaled } from "../../../src/lib/num/rational.ts";
import { parseDecimal } from "../../../src/lib/num/decimal.ts";

describe("roundScaled (half-up, exact)", () => {
  it.each([
    ["4.505", 2, 451n],
    ["4.005", 2, 401n],
    ["4.515", 2, 452n],
    ["4.004999999", 2, 400n],
    ["2.675", 2, 268n], // 2.675 is 2.67499999… as a binary float
    ["1.005", 2, 101n],
    ["4.6227", 2, 462n],
    ["0", 2, 0n],
    ["5", 2, 500n],
    ["-1.005", 2, -101n],
  ])("%s to %i decimals → %s", (text, digits, expected) => {
    expect(roundScaled(fromDecimal(text), digits)).toBe(expected);
  });

  it("rounds a mean that lands exactly on a half", () => {
    // (1.00 + 1.01) / 2 = 1.005 exactly → 1.01 (E). The naive float way gives 1.00 (F): 1.005 × 100 = 100.4999…
    expect(Math.round(((1.0 + 1.01) / 2) * 100) / 100).toBe(1);
    expect(round(mean([fromDecimal("1.00"), fromDecimal("1.01")]), 2)).toBe(1.01);
    expect(round(mean([fromDecimal("4.50"), fromDecimal("4.51")]), 2)).toBe(4.51);
    expect(round(mean([fromDecimal("4.00"), fromDecimal("4.01")]), 2)).toBe(4.01);
  });
});

describe("fromDecimal and parseDecimal", () => {
  it("parse exactly", () => {
    expect(fromDecimal("0.75")).toEqual(rational(3, 4));
    expect(fromDecimal("1.5e-2")).toEqual(rational(3, 200));
    expect(fromDecimal(0.1)).toEqual(rational(1, 10));
  });
  it("accept a decimal comma and spaces, and refuse thousands separators", () => {
    expect(parseDecimal(" 4,63 ")).toEqual(rational(463, 100));
    expect(parseDecimal("4.63")).toEqual(rational(463, 100));
    expect(parseDecimal("1.234,5")).toBeUndefined();
    expect(parseDecimal("empat")).toBeUndefined();
    expect(parseDecimal("")).toBeUndefined();
  });
  it("adds and compares without drift", () => {
    const tenth = fromDecimal("0.1");
    let x = rational(0);
    for (let i = 0; i < 10; i++) x = add(x, tenth);
    expect(compare(x, rational(1))).toBe(0);
  });
});
