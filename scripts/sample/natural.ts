import type { Profile } from "../../src/lib/method/profile.ts";
import type { Instansi } from "../../src/lib/schema/master.ts";
import { LOKUS_EFFECT, LOKUS_SPREAD, lokusOf } from "./config.ts";
import type { InstansiDraft, LokusDraft } from "./draft.ts";
import { drawIndicators, type F02Model } from "./f02gen.ts";
import { drawResponses, userLevel } from "./f03gen.ts";
import { latentFor } from "./expect.ts";
import { instansiLatent, type Hint } from "./latent.ts";
import { rngFor } from "./prng.ts";

export interface NaturalContext {
  readonly seed: number;
  readonly profile: Profile;
  readonly model: F02Model;
}

/**
 * An instansi as the model draws it, before any calibration: each lokus gets
 * its own level (its type, a persistent quirk of that unit, and this year's
 * luck), F-02 scores from that level and F-03 answers from its users.
 * The instansi's expected IPP is its latent level (see expect.ts).
 */
export function naturalInstansi(ctx: NaturalContext, inst: Instansi, tahun: number, hint?: Hint): InstansiDraft {
  const { seed, profile, model } = ctx;
  const names = lokusOf(inst.tingkat, tahun);
  const effects = names.map((nama) => LOKUS_EFFECT[nama] ?? 0);
  // The latent model speaks in expected IPPs; the instruments need the level that produces them.
  const q = latentFor(profile, model, instansiLatent(seed, inst, tahun, hint), effects);
  const items = profile.def.f03.butir.length;
  const range = { min: profile.def.f03.responden_min, max: profile.def.f03.responden_max };
  const lokus = names.map((nama, j): LokusDraft => {
    const quirk = rngFor(seed, "lokus", inst.kode, nama).normal(0, LOKUS_SPREAD.quirk);
    const rng = rngFor(seed, tahun, inst.kode, nama);
    const level = q + effects[j]! + quirk + rng.normal(0, LOKUS_SPREAD.year);
    const values = drawIndicators(model, level, rng);
    const r = drawResponses(userLevel(level, rng), items, range, rng);
    return { nama, values, respondents: r.respondents, responses: r.values };
  });
  return { kode: inst.kode, tingkat: inst.tingkat, kode_provinsi: inst.kode_provinsi, lokus };
}
