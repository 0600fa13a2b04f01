import type { Profile } from "../../src/lib/method/profile.ts";
import { toNumber } from "../../src/lib/num/rational.ts";
import { instansiIpp, lokusIpp, scaledOf, type InstansiDraft, type LokusDraft } from "./draft.ts";
import { f02Of, nudgeF02, type F02Model } from "./f02gen.ts";
import { setSum, sumOf } from "./f03gen.ts";
import { clamp, type Rng } from "./prng.ts";

export interface CalibrationContext {
  readonly profile: Profile;
  readonly model: F02Model;
}

/** Lokus IPPs are hit to within this; one F-03 answer moves a lokus by at most 0.25/140 ≈ 0.0018. */
const LOKUS_TOL = 0.001;

/**
 * Makes a lokus score `target` (±tol): F-02 is nudged towards the level that
 * leaves users near their own view, then the F-03 total is solved for exactly
 * (it is an integer sum over respondents × items) and the answers are moved
 * one by one to reach it. Returns a new lokus; the input is left as it was.
 */
export function calibrateLokus(
  ctx: CalibrationContext,
  l: LokusDraft,
  target: number,
  rng: Rng,
  tol = LOKUS_TOL,
): LokusDraft {
  const { profile, model } = ctx;
  const b02 = toNumber(profile.blend.f02);
  const b03 = toNumber(profile.blend.f03);
  const cells = l.responses.length;
  const maxSum = profile.def.skala.max * cells;
  const f03Now = sumOf(l.responses) / cells;
  const f03Want = clamp(f03Now, target - 0.45, Math.min(4.95, target + 0.35));
  let f02Want = clamp((target - b03 * f03Want) / b02, model.min, model.max);
  for (let attempt = 0; attempt < 40; attempt++) {
    const values = Int8Array.from(l.values);
    nudgeF02(model, values, f02Want, 0.02, rng);
    const f02 = f02Of(model, values);
    const sum = Math.round(((target - b02 * f02) / b03) * cells);
    if (sum > maxSum || sum < 0) {
      // F-03 cannot make up the difference: move F-02 further and try again.
      f02Want = clamp(f02Want + (sum > maxSum ? 0.05 : -0.05), model.min, model.max);
      continue;
    }
    const responses = Uint8Array.from(l.responses);
    setSum(responses, sum, rng);
    const out: LokusDraft = { nama: l.nama, values, respondents: l.respondents, responses };
    if (Math.abs(toNumber(lokusIpp(profile, out)) - target) <= tol) return out;
  }
  throw new Error(`kalibrasi lokus "${l.nama}" ke ${target.toFixed(4)} gagal`);
}

/** What an instansi must come out as: its IPP and, optionally, its rounded lokus IPPs (scaled integers). */
export interface Target {
  readonly ipp: number;
  readonly lokus?: Readonly<Record<string, number>>;
  /**
   * Where the unrounded IPP must be, in units ten times finer than `ipp`
   * (thousandths), within ±0.0012: orders equal published values when
   * ranks are taken on unrounded values.
   */
  readonly fine?: number;
}

const FINE_TOL = 0.0012;

/**
 * Calibrates every lokus of an instansi so the instansi IPP rounds exactly to
 * the target (and each named lokus to its published value), checked with the
 * scoring core. Without published lokus values the lokus keep their own
 * natural differences, shrunk so none leaves the plausible range.
 */
export function calibrateInstansi(ctx: CalibrationContext, d: InstansiDraft, goal: Target, rng: Rng): InstansiDraft {
  const { profile } = ctx;
  const unit = 10 ** profile.def.pembulatan.desimal;
  const t = goal.fine !== undefined ? goal.fine / (10 * unit) : goal.ipp / unit;
  const targets = goal.lokus ? publishedLokusTargets(d, goal.lokus, t, unit) : naturalLokusTargets(ctx, d, t);
  for (let attempt = 0; attempt < 8; attempt++) {
    // A fine target asks each lokus to land closer; when F-03's steps cannot, a looser lokus may still average in.
    const tol = goal.fine !== undefined && attempt % 2 === 0 ? 0.0006 : LOKUS_TOL;
    let lokus: LokusDraft[];
    try {
      lokus = d.lokus.map((l, j) => calibrateLokus(ctx, l, targets[j]!, rng, tol));
    } catch (e) {
      if (tol === LOKUS_TOL) throw e;
      continue;
    }
    const out: InstansiDraft = { ...d, lokus };
    const lokusOk = !goal.lokus || lokus.every((l) => scaledOf(profile, lokusIpp(profile, l)) === goal.lokus![l.nama]);
    const ipp = instansiIpp(profile, out);
    const fineOk = goal.fine === undefined || Math.abs(toNumber(ipp) - t) <= FINE_TOL;
    if (lokusOk && fineOk && scaledOf(profile, ipp) === goal.ipp) return out;
  }
  throw new Error(`kalibrasi ${d.kode} ke ${t} gagal`);
}

/**
 * Published lokus values are rounded; the instansi value comes from the
 * unrounded ones (Kota Madiun: 4.73/4.63/4.63 → 4.67). Shift all lokus by the
 * same amount, inside their rounding intervals, towards the instansi value.
 */
function publishedLokusTargets(
  d: InstansiDraft,
  lokus: Readonly<Record<string, number>>,
  t: number,
  unit: number,
): number[] {
  const rounded = d.lokus.map((l) => {
    const v = lokus[l.nama];
    if (v === undefined) throw new Error(`${d.kode}: lokus "${l.nama}" tidak ada di nilai terbitan`);
    return v / unit;
  });
  const mean = rounded.reduce((a, b) => a + b, 0) / rounded.length;
  const half = 0.5 / unit;
  const shift = clamp(t - mean, -0.7 * half, 0.7 * half);
  return rounded.map((r) => r + shift);
}

function naturalLokusTargets(ctx: CalibrationContext, d: InstansiDraft, t: number): number[] {
  const natural = d.lokus.map((l) => toNumber(lokusIpp(ctx.profile, l)));
  const mean = natural.reduce((a, b) => a + b, 0) / natural.length;
  const bound = Math.max(0, Math.min(0.25, 4.85 - t, t - 0.5));
  let offsets = natural.map((n) => clamp(0.7 * (n - mean), -bound, bound));
  const centre = offsets.reduce((a, b) => a + b, 0) / offsets.length;
  offsets = offsets.map((o) => o - centre);
  const worst = Math.max(...offsets.map(Math.abs));
  if (worst > bound && worst > 0) offsets = offsets.map((o) => (o * bound) / worst);
  return offsets.map((o) => t + o);
}
