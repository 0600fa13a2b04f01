import type { Profile } from "../method/profile.ts";
import { add, mul, rational, type Rational } from "../num/rational.ts";

export interface LokusScore {
  /** Aspect scores (0–5) in the profile's aspect order. */
  readonly aspects: readonly Rational[];
  readonly f02: Rational;
  readonly f03: Rational | null;
  /** Unrounded lokus IPP: the F-02/F-03 blend, or F-02 alone when there is no F-03. */
  readonly ipp: Rational;
}

/**
 * Scores one lokus. aspect = Σ wᵢ·nᵢ over its indicators; F02 = Σ Wₖ·aspectₖ;
 * IPP = b₀₂·F02 + b₀₃·F03, or F02 alone when the lokus has no F-03 responses.
 * The sums run on integer weights (profile.integer) and become exact fractions
 * once at the end; nothing is rounded here.
 */
export function scoreLokus(profile: Profile, values: ArrayLike<number>, f03: Rational | null): LokusScore {
  const w = profile.integer;
  const sums = new Array<number>(w.aspect.length).fill(0);
  for (let i = 0; i < w.indicator.length; i++) {
    const v = values[i];
    if (v === undefined || v < 0) throw new RangeError(`scoreLokus: indicator ${profile.indicators[i]!.kode} has no value`);
    const k = w.aspectOf[i]!;
    sums[k] = sums[k]! + w.indicator[i]! * v;
  }
  let f02num = 0;
  for (let k = 0; k < sums.length; k++) f02num += w.aspect[k]! * sums[k]!;
  const aspects = sums.map((s) => rational(s, w.indicatorScale));
  const f02 = rational(f02num, w.indicatorScale * w.aspectScale);
  const ipp = f03 === null ? f02 : add(mul(profile.blend.f02, f02), mul(profile.blend.f03, f03));
  return { aspects, f02, f03, ipp };
}
