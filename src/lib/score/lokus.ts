import type { Profile } from "../method/profile.ts";
import { toRational, type Fraction } from "../num/fraction.ts";
import { add, mul, rational, type Rational } from "../num/rational.ts";

export interface LokusScore {
  /** Aspect scores (0–5) in the profile's aspect order, over the profile's integer weights' scale. */
  readonly aspects: readonly Fraction[];
  readonly f02: Fraction;
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
    if (v === undefined || v < 0)
      throw new RangeError(`scoreLokus: indicator ${profile.indicators[i]!.kode} has no value`);
    const k = w.aspectOf[i]!;
    sums[k] = sums[k]! + w.indicator[i]! * v;
  }
  let f02num = 0;
  for (let k = 0; k < sums.length; k++) f02num += w.aspect[k]! * sums[k]!;
  const aspects = sums.map((s) => ({ n: s, d: w.indicatorScale }));
  const f02 = { n: f02num, d: w.indicatorScale * w.aspectScale };
  return { aspects, f02, f03, ipp: blend(profile, f02, f03) };
}

/** Below this, F-03's numerator and denominator are taken as doubles (f03.csv's scores give small ones). */
const SMALL = 2n ** 32n;

/**
 * b₀₂·F02 + b₀₃·F03 over one denominator in integer arithmetic on doubles,
 * when every number stays exact there (checked: the terms are not negative,
 * so a result that left the exact range would not look like it stayed
 * inside); in BigInt otherwise.
 */
function blend(profile: Profile, f02: Fraction, f03: Rational | null): Rational {
  if (f03 === null) return toRational(f02);
  const w = profile.integer;
  if (f02.n >= 0 && f03.n >= 0n && f03.n < SMALL && f03.d < SMALL) {
    const fn = Number(f03.n);
    const fd = Number(f03.d);
    const n = w.blendF02 * f02.n * fd + w.blendF03 * fn * f02.d;
    const d = w.blendScale * f02.d * fd;
    if (Number.isSafeInteger(n) && Number.isSafeInteger(d)) return rational(n, d);
  }
  return add(mul(profile.blend.f02, toRational(f02)), mul(profile.blend.f03, f03));
}
