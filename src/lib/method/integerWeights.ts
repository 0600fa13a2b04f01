import { gcdBigInt } from "../num/gcd.ts";
import type { Rational } from "../num/rational.ts";

/**
 * A profile's weights as integers over one common denominator per group
 * (0.24, 0.25, … → 24, 25, … over 100), so scoring a lokus is integer
 * arithmetic on plain numbers, exact and fast, with one fraction built at
 * the end instead of one per step.
 */
export interface IntegerWeights {
  /** Per indicator (profile order): its weight within its aspect × `indicatorScale`. */
  readonly indicator: readonly number[];
  readonly indicatorScale: number;
  /** Per indicator: the index of its aspect in the profile's aspect order. */
  readonly aspectOf: readonly number[];
  /** Per aspect (profile order): its weight × `aspectScale`. */
  readonly aspect: readonly number[];
  readonly aspectScale: number;
  /** The F-02/F-03 blend × `blendScale`. */
  readonly blendF02: number;
  readonly blendF03: number;
  readonly blendScale: number;
}

/** Numerators over the least common denominator of `weights`; throws if they would not stay exact. */
export function overCommonDenominator(weights: readonly Rational[]): { numerators: number[]; scale: number } {
  let scale = 1n;
  for (const w of weights) scale = (scale * w.d) / gcdBigInt(scale, w.d);
  const numerators = weights.map((w) => (w.n * scale) / w.d);
  // Scores are at most 5 and sums have a few dozen terms: keep well inside 2^53.
  if (scale > 1_000_000n || numerators.some((n) => n > 1_000_000n))
    throw new RangeError(`bobot terlalu halus untuk dihitung eksak (penyebut bersama ${scale})`);
  return { numerators: numerators.map(Number), scale: Number(scale) };
}
