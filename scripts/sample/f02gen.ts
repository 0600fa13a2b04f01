import type { Profile } from "../../src/lib/method/profile.ts";
import { mul, toNumber } from "../../src/lib/num/rational.ts";
import { clamp, type Rng } from "./prng.ts";

/**
 * How much harder than average each F-02 indicator is (IPP points), by
 * indicator number. Basic documents (maklumat, code of ethics, service
 * culture) are common; SKM follow-up, facilities for vulnerable groups, the
 * electronic information system and above all innovation are where units fall short.
 */
const DIFFICULTY: Readonly<Record<number, number>> = {
  1: -0.3,
  2: 0.2,
  3: 0,
  4: 0.3,
  5: -0.4,
  6: -0.3,
  7: 0.1,
  8: 0.5,
  9: 0.5,
  10: -0.2,
  11: -0.4,
  12: 0.2,
  13: 0.3,
  14: -0.4,
  15: -0.2,
  16: -0.3,
  17: -0.1,
  18: 0.6,
  19: -0.3,
  20: -0.1,
  21: 0.3,
  22: 0.4,
  23: 0.5,
  24: 0.6,
  25: -0.1,
  26: 0.3,
  27: 0.2,
  28: 0.4,
  29: 0.8,
  30: 0.9,
};

/** Spread of indicator scores within a lokus: a whole-aspect effect, then each indicator's own noise. */
export const F02_SPREAD = { aspect: 0.25, indicator: 0.6 } as const;

export interface F02Model {
  readonly min: number;
  readonly max: number;
  /** Weight of each indicator in F02 (aspect weight × indicator weight). */
  readonly coef: readonly number[];
  readonly difficulty: readonly number[];
  /** Index of each indicator's aspect, for effects shared within an aspect. */
  readonly aspect: readonly number[];
  readonly aspects: number;
}

export function f02Model(profile: Profile): F02Model {
  const aspectCodes = profile.def.aspek.map((a) => a.kode);
  const coef = profile.indicators.map((i) => toNumber(mul(profile.aspectWeight.get(i.aspek)!, i.weight)));
  const raw = profile.indicators.map((i) => DIFFICULTY[i.nomor] ?? 0);
  // Centre the difficulties on the F02 weights so that, away from the bounds, E[F02] ≈ latent.
  const centre = raw.reduce((t, d, i) => t + d * coef[i]!, 0);
  return {
    min: profile.def.skala.min,
    max: profile.def.skala.max,
    coef,
    difficulty: raw.map((d) => d - centre),
    aspect: profile.indicators.map((i) => aspectCodes.indexOf(i.aspek)),
    aspects: aspectCodes.length,
  };
}

/** Evaluator scores for one lokus of latent quality q: integers on the profile's scale. */
export function drawIndicators(m: F02Model, q: number, rng: Rng): Int8Array {
  // Strength or weakness that is the unit's own in a whole aspect (a strong SIPP, a poor building).
  const aspectEffect = Array.from({ length: m.aspects }, () => rng.normal(0, F02_SPREAD.aspect));
  const out = new Int8Array(m.coef.length);
  for (let i = 0; i < out.length; i++) {
    const x = q - m.difficulty[i]! + aspectEffect[m.aspect[i]!]! + rng.normal(0, F02_SPREAD.indicator);
    out[i] = clamp(rng.stochasticRound(x), m.min, m.max);
  }
  return out;
}

/** F02 as a float, for searching only; exact scores always come from the core. */
export function f02Of(m: F02Model, values: ArrayLike<number>): number {
  let t = 0;
  for (let i = 0; i < m.coef.length; i++) t += m.coef[i]! * values[i]!;
  return t;
}

/**
 * Moves indicator scores one step at a time, at random, until F02 is within
 * `tol` of `target` or no single step gets closer. Used only to calibrate a
 * lokus; the values keep their pattern across indicators.
 */
export function nudgeF02(m: F02Model, values: Int8Array, target: number, tol: number, rng: Rng): void {
  for (let guard = 0; guard < 1000; guard++) {
    const gap = target - f02Of(m, values);
    if (Math.abs(gap) <= tol) return;
    const up = gap > 0;
    const candidates: number[] = [];
    for (let i = 0; i < values.length; i++) {
      const room = up ? values[i]! < m.max : values[i]! > m.min;
      if (room && m.coef[i]! <= Math.abs(gap) + tol) candidates.push(i);
    }
    if (candidates.length === 0) return;
    const i = candidates[Math.floor(rng.next() * candidates.length)]!;
    values[i] = values[i]! + (up ? 1 : -1);
  }
}
