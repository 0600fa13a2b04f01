import { describe, expect, it } from "vitest";
import { gcdBigInt, gcdDouble } from "../../../src/lib/num/gcd.ts";

describe("gcd, one per number type", () => {
  it.each([
    [12, 18, 6],
    [18, 12, 6],
    [-12, 18, 6],
    [12, -18, 6],
    [17, 5, 1],
    [0, 7, 7],
    [7, 0, 7],
    [0, 0, 0],
  ])("gcd(%i, %i) = %i on doubles and on BigInt, never negative", (a, b, g) => {
    expect(gcdDouble(a, b)).toBe(g);
    expect(gcdBigInt(BigInt(a), BigInt(b))).toBe(BigInt(g));
  });

  it("agrees between doubles and BigInt up to 2^53", () => {
    let seed = 13;
    const next = () => (seed = (seed * 48271) % 2147483647);
    for (let k = 0; k < 1000; k++) {
      const common = (next() % 5000) + 1;
      const a = (next() % 2 ** 20) * common * 1021;
      const b = (next() % 2 ** 20) * common;
      expect(Number.isSafeInteger(a)).toBe(true);
      expect(gcdDouble(a, b), `${a}, ${b}`).toBe(Number(gcdBigInt(BigInt(a), BigInt(b))));
    }
  });

  it("stays exact on BigInt far beyond 2^53", () => {
    expect(gcdBigInt(2n ** 80n * 3n, 2n ** 70n * 9n)).toBe(2n ** 70n * 3n);
  });
});
