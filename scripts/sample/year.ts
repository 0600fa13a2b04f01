import type { Profile } from "../../src/lib/method/profile.ts";
import type { Master } from "../../src/lib/regions/master.ts";
import type { Fixed } from "./anchors.ts";
import { calibrateInstansi } from "./calibrate.ts";
import { instansiIpp, scaledOf, type InstansiDraft } from "./draft.ts";
import { f02Model, type F02Model } from "./f02gen.ts";
import type { Hint } from "./latent.ts";
import { naturalInstansi } from "./natural.ts";
import { planYear } from "./plan.ts";
import { rngFor } from "./prng.ts";
import { verifyYear } from "./verify.ts";
import type { Figures } from "./published.ts";
import { NOT_EVALUATED } from "./config.ts";

export interface SampleContext {
  readonly seed: number;
  readonly profile: Profile;
  readonly master: Master;
  readonly model: F02Model;
  /** The published figures the sample is calibrated to (published.ts). */
  readonly figures: Figures;
}

export function sampleContext(seed: number, profile: Profile, master: Master, figures: Figures): SampleContext {
  return { seed, profile, master, model: f02Model(profile), figures };
}

/**
 * Who is not evaluated in a year: instansi whose published figures conflict
 * (left out rather than contradict a source), and in years whose published
 * ranks imply fewer participants than the master has, that many drawn at
 * random among those without a figure.
 */
export function notEvaluated(ctx: SampleContext, tahun: number): Map<string, string> {
  const out = new Map(ctx.figures.leftOut.get(tahun) ?? []);
  const counts = NOT_EVALUATED[tahun];
  if (!counts) return out;
  const withFigure = new Set(ctx.figures.fixed.filter((f) => f.tahun === tahun).map((f) => f.kode));
  const rng = rngFor(ctx.seed, "tidak-dievaluasi", tahun);
  for (const [tingkat, { jumlah, alasan }] of Object.entries(counts)) {
    const pool = ctx.master.list.filter((i) => i.tingkat === tingkat && !withFigure.has(i.kode) && !out.has(i.kode));
    for (let k = 0; k < jumlah; k++) {
      const [pick] = pool.splice(Math.floor(rng.next() * pool.length), 1);
      out.set(pick!.kode, alasan);
    }
  }
  return out;
}

export interface YearSample {
  readonly tahun: number;
  /** Every instansi of the master, in kode order. */
  readonly instansi: readonly InstansiDraft[];
}

/** The first fixed figure of each instansi: its latent level is built around it in every year. */
function hints(fixed: readonly Fixed[]): Map<string, Hint> {
  // The earliest year's figure sets the level; the others follow from the model's yearly growth.
  const out = new Map<string, Hint>();
  for (const f of [...fixed].sort((a, b) => a.tahun - b.tahun))
    if (!out.has(f.kode)) out.set(f.kode, { tahun: f.tahun, ipp: f.ipp });
  return out;
}

/**
 * One year of sample data, in memory: draw every instansi from the model,
 * plan what the published figures require, calibrate only the instansi that
 * must move, then check the result with the scoring core. Throws when a
 * published figure would not come out exactly.
 */
export function generateYear(ctx: SampleContext, tahun: number): YearSample {
  const { profile, master, seed } = ctx;
  const unit = 10 ** profile.def.pembulatan.desimal;
  const fixed = ctx.figures.fixed.filter((f) => f.tahun === tahun);
  const means = ctx.figures.means.filter((m) => m.tahun === tahun);
  const hinted = hints(ctx.figures.fixed);
  const absent = notEvaluated(ctx, tahun);

  const drafts = master.list
    .filter((inst) => !absent.has(inst.kode))
    .map((inst) => naturalInstansi(ctx, inst, tahun, hinted.get(inst.kode)));
  const natural = new Map(drafts.map((d) => [d.kode, scaledOf(profile, instansiIpp(profile, d))]));
  const goals = planYear({
    tahun,
    master,
    natural,
    fixed,
    means,
    unit,
    rng: rngFor(seed, "rencana", tahun),
    tieRule: profile.def.peringkat?.dasar ?? "nilai-dibulatkan",
  });

  const instansi = drafts.map((d) => {
    const goal = goals.get(d.kode);
    if (!goal) return d;
    const rng = rngFor(seed, "kalibrasi", tahun, d.kode);
    // Targets are always calibrated, even when the natural value already rounds right:
    // that keeps the unrounded value near the centre, which group means rely on.
    if (goal.kind === "target") return calibrateInstansi(ctx, d, goal.target, rng);
    if (natural.get(d.kode)! <= goal.max) return d;
    // Above a published ranking's ceiling: pull it just below, where it would have ranked next.
    const drop = Math.min(12, Math.floor(Math.abs(rng.normal(0, 4))));
    return calibrateInstansi(ctx, d, { ipp: goal.max - drop }, rng);
  });

  const problems = verifyYear(tahun, profile, instansi, fixed, means);
  if (problems.length) throw new Error(`sampel ${tahun} tidak memenuhi angka terbitan:\n  ${problems.join("\n  ")}`);
  return { tahun, instansi };
}
