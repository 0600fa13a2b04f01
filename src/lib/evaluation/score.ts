import { predikatOf } from "../method/predikat.ts";
import { add, mul, rational, roundScaled, ZERO, type Rational } from "../num/rational.ts";
import type { PredikatStep } from "../schema/methodology.ts";
import type { EvaluationMethod } from "./profile.ts";

/** One unit's inputs: the value of every aspect read from a column, and which facilities it has. */
export interface UnitInput {
  /** Aspect code → value on the profile's scale (aspects valued from facilities are not here). */
  readonly values: ReadonlyMap<string, Rational>;
  /** One flag per facility of the profile, in its order (empty when the profile has none). */
  readonly facilities: readonly boolean[];
}

export interface UnitScore {
  /** Every aspect's exact value, in the profile's order. */
  readonly aspects: readonly { readonly kode: string; readonly value: Rational }[];
  readonly total: Rational;
  /** The total rounded half-up to the profile's decimals, as a scaled integer (87.455 → 8746). */
  readonly scaled: number;
  readonly kategori: PredikatStep;
}

/**
 * Scores one unit exactly: an aspect valued from facilities is the share of
 * the profile's facilities present times the top of the scale; the total is
 * Σ weight × aspect value, rounded once, at the end, half-up; the category
 * is the ladder's step for the rounded total.
 */
export function scoreUnit(m: EvaluationMethod, input: UnitInput): UnitScore {
  const { def } = m;
  const n = def.sarana?.daftar.length ?? 0;
  const present = input.facilities.filter(Boolean).length;
  const aspects = m.aspects.map((a) => {
    if (a.fromFacilities) return { kode: a.kode, value: rational(present * def.skala.max, n) };
    const value = input.values.get(a.kode);
    if (value === undefined) throw new Error(`internal: aspek ${a.kode} tanpa nilai`);
    return { kode: a.kode, value };
  });
  const total = aspects.reduce((t, a, i) => add(t, mul(m.aspects[i]!.weight, a.value)), ZERO);
  const scaled = Number(roundScaled(total, def.pembulatan.desimal));
  return { aspects, total, scaled, kategori: predikatOf(m.ladder, scaled) };
}
