import type { Profile } from "../method/profile.ts";
import { add, mul, rational, ZERO, type Rational } from "../num/rational.ts";

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
 * Everything stays exact; nothing is rounded here.
 */
export function scoreLokus(profile: Profile, values: ArrayLike<number>, f03: Rational | null): LokusScore {
  const perAspect = new Map<string, Rational>();
  profile.indicators.forEach((ind, i) => {
    const v = values[i];
    if (v === undefined || v < 0) throw new RangeError(`scoreLokus: indicator ${ind.kode} has no value`);
    perAspect.set(ind.aspek, add(perAspect.get(ind.aspek) ?? ZERO, mul(ind.weight, rational(v))));
  });
  const aspects = profile.def.aspek.map((a) => perAspect.get(a.kode) ?? ZERO);
  const f02 = profile.def.aspek.reduce((t, a, k) => add(t, mul(profile.aspectWeight.get(a.kode)!, aspects[k]!)), ZERO);
  const ipp = f03 === null ? f02 : add(mul(profile.blend.f02, f02), mul(profile.blend.f03, f03));
  return { aspects, f02, f03, ipp };
}
