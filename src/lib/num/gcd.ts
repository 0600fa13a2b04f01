/**
 * The greatest common divisor by Euclid's algorithm, once per number type:
 * on BigInt for exact rationals of any size, and on doubles for integers
 * below 2^53, where % is exact and the loop costs far less than on BigInt
 * (the fast path of rational() and of the Fraction sums). Both are ≥ 0
 * whatever the signs, and gcd(0, 0) = 0.
 */
export function gcdBigInt(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) {
    const r = x % y;
    x = y;
    y = r;
  }
  return x;
}

/** gcdBigInt for integers that doubles hold exactly (magnitude below 2^53). */
export function gcdDouble(a: number, b: number): number {
  let x = Math.abs(a);
  let y = Math.abs(b);
  while (y !== 0) {
    const r = x % y;
    x = y;
    y = r;
  }
  return x;
}
