import type { Profile } from "../../src/lib/method/profile.ts";
import { rational, roundScaled, type Rational } from "../../src/lib/num/rational.ts";
import type { Tingkat } from "../../src/lib/schema/master.ts";
import { scoreInstansi } from "../../src/lib/score/instansi.ts";
import { scoreLokus } from "../../src/lib/score/lokus.ts";
import { sumOf } from "./f03gen.ts";

/** One lokus of the sample: its F-02 scores and its F-03 answers. */
export interface LokusDraft {
  readonly nama: string;
  values: Int8Array;
  respondents: number;
  /** respondents × items, row-major. */
  responses: Uint8Array;
}

export interface InstansiDraft {
  readonly kode: string;
  readonly tingkat: Tingkat;
  readonly kode_provinsi: string | null;
  lokus: LokusDraft[];
}

function lokusScore(profile: Profile, l: LokusDraft) {
  // F-03 exactly as the reader builds it: Σ answers / (items × respondents).
  const f03 = rational(sumOf(l.responses), profile.def.f03.butir.length * l.respondents);
  return scoreLokus(profile, l.values, f03);
}

/** Exact lokus IPP, computed by the scoring core. */
export function lokusIpp(profile: Profile, l: LokusDraft): Rational {
  return lokusScore(profile, l).ipp;
}

/** Exact instansi IPP, computed by the scoring core: the mean of the unrounded lokus IPPs. */
export function instansiIpp(profile: Profile, d: InstansiDraft): Rational {
  return scoreInstansi(d.lokus.map((l) => lokusScore(profile, l))).ipp;
}

/** A value rounded half-up to the profile's decimals, as a scaled integer (4.63 → 463). */
export function scaledOf(profile: Profile, x: Rational): number {
  return Number(roundScaled(x, profile.def.pembulatan.desimal));
}
