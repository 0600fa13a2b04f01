import { describe, expect, it } from "vitest";
import {
  add,
  compare,
  div,
  fromDecimal,
  mean,
  mul,
  rational,
  round,
  roundScaled,
  sub,
  sum,
  toNumber,
} from "../../../src/lib/num/rational.ts";
import { parseDecimal } from "../../../src/lib/num/decimal.ts";
import { meanOfFractions, roundFraction } from "../../../src/lib/num/fraction.ts";

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

  it("gives the BigInt answer on the fast path for small numbers, halves and near-halves included", () => {
    // Reference: half away from zero, all in BigInt.
    const reference = (n: bigint, d: bigint, digits: number) => {
      const num = n * 10n ** BigInt(digits);
      const q = (2n * (num < 0n ? -num : num) + d) / (2n * d);
      return num < 0n ? -q : q;
    };
    let seed = 7;
    const next = (max: number) => (seed = (seed * 48271) % 2147483647) % max;
    const cases: [bigint, bigint][] = [];
    for (let k = 0; k < 3000; k++) cases.push([BigInt(next(2 ** 24) - 2 ** 23), BigInt(next(2 ** 24 - 1) + 1)]);
    // Up to the double path's limit (2^36) and beyond it (BigInt again).
    for (let k = 0; k < 3000; k++)
      cases.push([
        BigInt(next(2 ** 20)) * BigInt(next(2 ** 18)) - 2n ** 37n,
        BigInt(next(2 ** 20)) * BigInt(next(2 ** 17) + 1),
      ]);
    // Exactly on a half at 2 decimals (x.xx5) and one part in 10^6 either side of it.
    for (let k = 0; k < 500; k++) {
      const half = BigInt(2 * next(50_000) + 1); // odd: halves of 1/100
      cases.push([half, 200n], [half * 10_000n - 1n, 2_000_000n], [half * 10_000n + 1n, 2_000_000n]);
    }
    for (const [n, d] of cases)
      for (const digits of [0, 2, 4]) {
        const x = rational(n, d);
        expect(roundScaled(x, digits), `${n}/${d} to ${digits}`).toBe(reference(x.n, x.d, digits));
        expect(round(x, digits)).toBe(Number(reference(x.n, x.d, digits)) / 10 ** digits);
      }
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

describe("rational (normalised)", () => {
  it("reduces small fractions (the double path) exactly as Euclid on BigInt does, up to 2^53", () => {
    const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? (a < 0n ? -a : a) : gcd(b, a % b));
    let seed = 11;
    const next = () => (seed = (seed * 48271) % 2147483647);
    for (let k = 0; k < 2000; k++) {
      const common = BigInt(next() % 1000) + 1n;
      const n = (BigInt(next()) * BigInt(next() % 2048) - 2n ** 40n) * common;
      const d = (BigInt(next() % 2 ** 20) + 1n) * common;
      const g = gcd(n, d);
      expect(rational(n, d), `${n}/${d}`).toEqual({ n: n / g, d: d / g });
      expect(rational(-n, -d)).toEqual({ n: n / g, d: d / g });
    }
    expect(rational(2n ** 60n * 3n, 2n ** 61n)).toEqual({ n: 3n, d: 2n }); // beyond 2^53: the BigInt path
    expect(rational(0, 7)).toEqual({ n: 0n, d: 1n });
  });
});

describe("Fraction (scores straight from integer weights)", () => {
  it("rounds exactly as the Rational of the same value does", () => {
    let seed = 5;
    const next = (max: number) => (seed = (seed * 48271) % 2147483647) % max;
    for (let k = 0; k < 2000; k++) {
      const f = { n: next(2 ** 30) * (k % 50 === 0 ? 2 ** 10 : 1), d: next(2 ** 20) + 1 };
      for (const digits of [2, 4])
        expect(roundFraction(f, digits), `${f.n}/${f.d}`).toBe(round(rational(f.n, f.d), digits));
    }
    expect(roundFraction({ n: 4505, d: 1000 }, 2)).toBe(4.51);
  });

  it("averages over the least common denominator, and refuses what doubles cannot hold exactly", () => {
    expect(
      meanOfFractions([
        { n: 1, d: 2 },
        { n: 1, d: 3 },
      ]),
    ).toEqual({ n: 5, d: 12 });
    expect(() =>
      meanOfFractions([
        { n: 2 ** 52, d: 3 },
        { n: 2 ** 52, d: 5 },
      ]),
    ).toThrow(/exact/);
  });
});

describe("rational arithmetic", () => {
  const third = rational(1, 3);
  const sixth = rational(1, 6);

  it("subtracts, multiplies, divides and sums exactly, in lowest terms", () => {
    expect(sub(third, sixth)).toEqual(rational(1, 6));
    expect(sub(sixth, third)).toEqual({ n: -1n, d: 6n });
    expect(mul(rational(2, 3), rational(3, 4))).toEqual({ n: 1n, d: 2n });
    expect(div(rational(1, 2), rational(-1, 4))).toEqual({ n: -2n, d: 1n });
    expect(sum([rational(1, 2), third, sixth])).toEqual({ n: 1n, d: 1n });
    expect(sum([])).toEqual({ n: 0n, d: 1n });
  });

  it("keeps the sign on the numerator, on BigInt too", () => {
    expect(rational(3n, -6n)).toEqual({ n: -1n, d: 2n });
    expect(rational(2n ** 70n, -(2n ** 71n))).toEqual({ n: -1n, d: 2n });
  });

  it("orders values and reads positive exponents", () => {
    expect([compare(third, sixth), compare(sixth, third), compare(third, rational(2, 6))]).toEqual([1, -1, 0]);
    expect(fromDecimal("1.5e3")).toEqual({ n: 1500n, d: 1n });
    expect(toNumber(third)).toBeCloseTo(0.3333333333, 10);
  });

  it("refuses a zero denominator, a division by zero, a mean of nothing and text that is no number", () => {
    expect(() => rational(1n, 0n)).toThrow("zero denominator");
    expect(() => rational(1, 0)).toThrow("zero denominator");
    expect(() => div(third, rational(0))).toThrow("division by zero");
    expect(() => mean([])).toThrow("mean of nothing");
    expect(() => meanOfFractions([])).toThrow("mean of nothing");
    expect(() => fromDecimal("4,63")).toThrow("not a decimal number: 4,63");
  });

  it("rounds numbers too large for the double path on BigInt", () => {
    const big = rational(2n ** 60n * 10n + 5n, 10n); // …0.5: half away from zero
    expect(roundScaled(big, 0)).toBe(2n ** 60n + 1n);
    expect(roundScaled({ n: -big.n, d: big.d }, 0)).toBe(-(2n ** 60n) - 1n);
  });
});
