import { LOKUS_SPREAD } from "./config.ts";
import { toNumber } from "../../src/lib/num/rational.ts";
import type { Profile } from "../../src/lib/method/profile.ts";
import { F02_SPREAD, type F02Model } from "./f02gen.ts";
import { ITEM_OFFSET, USER } from "./f03gen.ts";

/**
 * The instruments clamp at 0 and 5, so a unit's expected IPP is not its
 * latent level: near the top the scale compresses. These functions give the
 * expected IPP of a latent level in closed form and invert it, so latent
 * levels (year centres, published anchors) can be stated as expected IPPs.
 */

/** Standard normal CDF (Abramowitz & Stegun 7.1.26, |error| < 1.5e-7). */
function cdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-x * x);
  return z >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

const pdf = (z: number) => Math.exp((-z * z) / 2) / Math.sqrt(2 * Math.PI);

/** E[clamp(X, lo, hi)] for X ~ N(mu, sd²): stochastic rounding is unbiased, so this is also E of the rounded score. */
function clampedMean(mu: number, sd: number, lo: number, hi: number): number {
  const a = (lo - mu) / sd;
  const b = (hi - mu) / sd;
  return lo * cdf(a) + hi * (1 - cdf(b)) + mu * (cdf(b) - cdf(a)) + sd * (pdf(a) - pdf(b));
}

/** Spread of one indicator around a lokus's level: aspect effect, own noise, lokus quirk and yearly luck. */
const INDICATOR_SD = Math.hypot(F02_SPREAD.aspect, F02_SPREAD.indicator, LOKUS_SPREAD.quirk, LOKUS_SPREAD.year);

/** Expected lokus IPP at latent level q. */
export function expectedIpp(profile: Profile, m: F02Model, q: number): number {
  let f02 = 0;
  for (let i = 0; i < m.coef.length; i++)
    f02 += m.coef[i]! * clampedMean(q - m.difficulty[i]!, INDICATOR_SD, m.min, m.max);
  const user = USER.base + USER.slope * (q - 4);
  let f03 = 0;
  for (const off of ITEM_OFFSET) f03 += clampedMean(user + off, USER.itemSd, m.min, m.max);
  f03 /= ITEM_OFFSET.length;
  return toNumber(profile.blend.f02) * f02 + toNumber(profile.blend.f03) * f03;
}

const GRID = { from: -2, to: 8, step: 0.005 } as const;
const tables = new Map<string, Float64Array>();

/** Expected instansi IPP over a grid of latent levels, for one set of lokus effects (built once). */
function table(profile: Profile, m: F02Model, effects: readonly number[]): Float64Array {
  const key = `${profile.def.id}|${effects.join(",")}`;
  let t = tables.get(key);
  if (!t) {
    const n = Math.round((GRID.to - GRID.from) / GRID.step) + 1;
    t = new Float64Array(n);
    for (let k = 0; k < n; k++) {
      const q = GRID.from + k * GRID.step;
      t[k] = effects.reduce((s, e) => s + expectedIpp(profile, m, q + e), 0) / effects.length;
    }
    tables.set(key, t);
  }
  return t;
}

/**
 * The latent level whose expected instansi IPP (the mean over its lokus
 * effects) is `ipp`: a binary search in the monotone table, then linear interpolation.
 */
export function latentFor(profile: Profile, m: F02Model, ipp: number, lokusEffects: readonly number[]): number {
  const t = table(profile, m, lokusEffects);
  if (ipp <= t[0]!) return GRID.from;
  if (ipp >= t[t.length - 1]!) return GRID.to;
  let lo = 0;
  let hi = t.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (t[mid]! < ipp) lo = mid;
    else hi = mid;
  }
  const frac = (ipp - t[lo]!) / (t[hi]! - t[lo]!);
  return GRID.from + (lo + frac) * GRID.step;
}
