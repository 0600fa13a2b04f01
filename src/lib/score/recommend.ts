import type { Profile } from "../method/profile.ts";
import { add, compare, div, mul, rational, ZERO, type Rational } from "../num/rational.ts";

export interface Recommendation {
  readonly indikator: string;
  /** Mean current score over the instansi's lokus. */
  readonly dari: Rational;
  readonly ke: number;
  /** Exact rise of the instansi IPP if every lokus reached `ke` on this indicator. */
  readonly kenaikan: Rational;
}

const ONE = rational(1);

/**
 * The indicators whose improvement would raise the instansi IPP most: for
 * each indicator, the gain if every lokus reached the top of the scale on it,
 * holding F-03 fixed. A lokus without F-03 passes the whole F-02 gain through.
 * Ties keep the profile's indicator order (the sort is stable).
 */
export function recommend(profile: Profile, lokus: readonly { values: ArrayLike<number>; hasF03: boolean }[], limit = 5): Recommendation[] {
  const top = profile.def.skala.max;
  const count = rational(lokus.length);
  const out: Recommendation[] = [];
  profile.indicators.forEach((ind, i) => {
    let gap = ZERO;
    let total = 0;
    for (const l of lokus) {
      const v = l.values[i]!;
      total += v;
      if (v < top) gap = add(gap, mul(l.hasF03 ? profile.blend.f02 : ONE, rational(top - v)));
    }
    const kenaikan = div(mul(mul(profile.aspectWeight.get(ind.aspek)!, ind.weight), gap), count);
    if (kenaikan.n > 0n) out.push({ indikator: ind.kode, dari: div(rational(total), count), ke: top, kenaikan });
  });
  return out.sort((a, b) => compare(b.kenaikan, a.kenaikan)).slice(0, limit);
}
