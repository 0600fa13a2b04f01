import { gcdDouble } from "./gcd.ts";
import { roundHalfUpSmall } from "./halfUp.ts";
import { rational, roundScaled, type Rational } from "./rational.ts";

/**
 * An exact fraction of two integers that doubles hold exactly (below 2^53),
 * not reduced: the scores that come straight from integer weights (aspects,
 * F02) over the profile's fixed denominators, summed and averaged without
 * building a BigInt per step. A Rational when something needs one.
 */
export interface Fraction {
  readonly n: number;
  readonly d: number;
}

export const toRational = (f: Fraction): Rational => rational(f.n, f.d);

/** Half away from zero to `digits` decimals, as a JavaScript number (exactly as round() does for the Rational). */
export function roundFraction(f: Fraction, digits: number): number {
  const small = roundHalfUpSmall(f.n, f.d, digits);
  return (small ?? Number(roundScaled(toRational(f), digits))) / 10 ** digits;
}

/**
 * The mean of fractions over their least common denominator, exact. Throws
 * if a value would leave the range doubles hold exactly (the profile's
 * integer weights keep scores far inside it).
 */
export function meanOfFractions(values: readonly Fraction[]): Fraction {
  if (values.length === 0) throw new RangeError("fraction: mean of nothing");
  let d = values[0]!.d;
  for (const v of values) if (d % v.d !== 0) d = (d / gcdDouble(d, v.d)) * v.d;
  let n = 0;
  for (const v of values) n += v.n * (d / v.d);
  const out = { n, d: d * values.length };
  if (!Number.isSafeInteger(out.n) || !Number.isSafeInteger(out.d))
    throw new RangeError("fraction: mean too fine to stay exact");
  return out;
}
