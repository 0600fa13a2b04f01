import type { Profile } from "../method/profile.ts";
import { rational, type Rational } from "../num/rational.ts";

export interface Recommendation {
  readonly indikator: string;
  /** Mean current score over the instansi's lokus. */
  readonly dari: Rational;
  readonly ke: number;
  /** Exact rise of the instansi IPP if every lokus reached `ke` on this indicator. */
  readonly kenaikan: Rational;
}

/**
 * The indicators whose improvement would raise the instansi IPP most: for
 * each indicator, the gain if every lokus reached the top of the scale on it,
 * holding F-03 fixed. A lokus without F-03 passes the whole F-02 gain through.
 *
 * gain = Wₖ·wᵢ·(b₀₂·Σ gaps with F-03 + Σ gaps without) / lokus. With the
 * profile's integer weights every candidate shares one denominator, so the
 * ranking compares integer numerators; fractions are built for the winners
 * only. Ties keep the profile's indicator order (the sort is stable).
 */
export function recommend(
  profile: Profile,
  lokus: readonly { values: ArrayLike<number>; hasF03: boolean }[],
  limit = 5,
): Recommendation[] {
  const w = profile.integer;
  const top = profile.def.skala.max;
  const count = lokus.length;
  const candidates: { i: number; gain: number; total: number }[] = [];
  for (let i = 0; i < w.indicator.length; i++) {
    let withF03 = 0;
    let without = 0;
    let total = 0;
    for (const l of lokus) {
      const v = l.values[i]!;
      total += v;
      if (l.hasF03) withF03 += top - v;
      else without += top - v;
    }
    const gain = w.aspect[w.aspectOf[i]!]! * w.indicator[i]! * (w.blendF02 * withF03 + w.blendScale * without);
    if (gain > 0) candidates.push({ i, gain, total });
  }
  const scale = w.aspectScale * w.indicatorScale * w.blendScale * count;
  return candidates
    .sort((a, b) => b.gain - a.gain)
    .slice(0, limit)
    .map((c) => ({
      indikator: profile.indicators[c.i]!.kode,
      dari: rational(c.total, count),
      ke: top,
      kenaikan: rational(c.gain, scale),
    }));
}
