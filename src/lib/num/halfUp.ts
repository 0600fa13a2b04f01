/** Below this, the integers roundHalfUpSmall works with stay exact as doubles (2^36 · 10^4 · 2 < 2^52). */
const LIMIT = 2 ** 36;

/**
 * n/d rounded half away from zero to `digits` decimals and scaled by
 * 10^digits (4.505 → 451), in arithmetic on doubles, for integers n and
 * d > 0 below 2^36 and at most 4 digits; undefined otherwise (use BigInt).
 * Exact: a = 2·|n|·10^digits + d and b = 2·d are integers below 2^52, and
 * when a/b is not an integer k it is at least 1/b, relatively 1/a > 2^-52,
 * away from every k, more than the division's rounding error (2^-53), so
 * the floor cannot be off.
 */
export function roundHalfUpSmall(n: number, d: number, digits: number): number | undefined {
  if (digits > 4 || !(d > 0) || d >= LIMIT || n >= LIMIT || n <= -LIMIT) return undefined;
  const a = 2 * Math.abs(n) * 10 ** digits + d;
  const q = Math.floor(a / (2 * d));
  return n < 0 && q !== 0 ? -q : q; // never -0
}
