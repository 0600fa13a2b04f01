import { MethodologyProfile } from "../schema/methodology.ts";
import { parseFriendly } from "../validate/friendly.ts";
import { add, compare, fromDecimal, rational, ZERO, type Rational } from "../num/rational.ts";
import { overCommonDenominator, type IntegerWeights } from "./integerWeights.ts";

/** A profile that passed every check, with its weights as exact fractions. */
export interface Profile {
  readonly def: MethodologyProfile;
  readonly aspectWeight: ReadonlyMap<string, Rational>;
  /** Indicators in the profile's order, each with its exact weight within its aspect. */
  readonly indicators: readonly {
    readonly nomor: number;
    readonly kode: string;
    readonly aspek: string;
    readonly weight: Rational;
  }[];
  readonly blend: { readonly f02: Rational; readonly f03: Rational };
  /** The same weights as integers over common denominators, for the hot path. */
  readonly integer: IntegerWeights;
}

export class ProfileError extends Error {
  override name = "ProfileError";
  readonly file: string;
  readonly problems: readonly string[];

  constructor(file: string, problems: readonly string[]) {
    super(`${file}: profil metodologi tidak valid:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.file = file;
    this.problems = problems;
  }
}

/** The values that occur more than once, each once (profile checks of unique codes). */
export function duplicates<T>(values: readonly T[]): T[] {
  const seen = new Set<T>();
  const dup = new Set<T>();
  for (const v of values) (seen.has(v) ? dup : seen).add(v);
  return [...dup];
}

export const ONE = rational(1);
/** A weight sum as a plain number, for messages. */
export const fmt = (r: Rational) => (Number(r.n) / Number(r.d)).toString();

/**
 * Validates a methodology profile and prepares it for scoring. Every problem
 * found is reported at once, each naming the offending field.
 */
export function loadProfile(raw: unknown, file: string): Profile {
  const parsed = parseFriendly(MethodologyProfile, raw);
  if (!parsed.ok) throw new ProfileError(file, parsed.problems);
  const def = parsed.value;
  const problems: string[] = [];

  const aspectCodes = def.aspek.map((a) => a.kode);
  for (const d of duplicates(aspectCodes)) problems.push(`aspek: kode "${d}" dipakai lebih dari sekali`);
  for (const d of duplicates(def.aspek.map((a) => a.huruf)))
    problems.push(`aspek: huruf "${d}" dipakai lebih dari sekali`);
  const aspectTotal = def.aspek.reduce((t, a) => add(t, fromDecimal(a.bobot)), ZERO);
  if (compare(aspectTotal, ONE) !== 0) problems.push(`aspek: bobot berjumlah ${fmt(aspectTotal)}, harus 1`);

  for (const d of duplicates(def.indikator.map((i) => i.kode)))
    problems.push(`indikator: kode "${d}" dipakai lebih dari sekali`);
  for (const d of duplicates(def.indikator.map((i) => i.nomor)))
    problems.push(`indikator: nomor ${d} dipakai lebih dari sekali`);
  def.indikator.forEach((ind, i) => {
    if (ind.nomor !== i + 1) problems.push(`indikator[${i}]: nomor ${ind.nomor}, harus ${i + 1} (berurutan mulai 1)`);
    const aspect = def.aspek.find((a) => a.kode === ind.aspek);
    if (!aspect) problems.push(`indikator ${ind.kode}: aspek "${ind.aspek}" tidak dikenal`);
    else if (ind.kode.split(".")[1] !== aspect.huruf)
      problems.push(
        `indikator ${ind.kode}: huruf aspek pada kode tidak cocok dengan aspek "${aspect.kode}" (${aspect.huruf})`,
      );
  });
  for (const a of def.aspek) {
    const members = def.indikator.filter((i) => i.aspek === a.kode);
    if (members.length === 0) problems.push(`aspek ${a.kode}: tidak punya indikator`);
    const total = members.reduce((t, i) => add(t, fromDecimal(i.bobot)), ZERO);
    if (members.length && compare(total, ONE) !== 0)
      problems.push(`aspek ${a.kode}: bobot indikator berjumlah ${fmt(total)}, harus 1`);
  }

  const blendTotal = add(fromDecimal(def.blend.f02), fromDecimal(def.blend.f03));
  if (compare(blendTotal, ONE) !== 0) problems.push(`blend: f02 + f03 berjumlah ${fmt(blendTotal)}, harus 1`);

  if (def.skala.min >= def.skala.max)
    problems.push(`skala: min ${def.skala.min} harus lebih kecil dari max ${def.skala.max}`);
  for (const d of duplicates(def.f03.butir.map((b) => b.butir)))
    problems.push(`f03.butir: nomor ${d} dipakai lebih dari sekali`);
  for (const b of def.f03.butir)
    if (!aspectCodes.includes(b.aspek)) problems.push(`f03.butir ${b.butir}: aspek "${b.aspek}" tidak dikenal`);
  if (def.f03.responden_min > def.f03.responden_max)
    problems.push(
      `f03: responden_min ${def.f03.responden_min} lebih besar dari responden_max ${def.f03.responden_max}`,
    );

  for (const d of duplicates(def.predikat.map((p) => p.kode)))
    problems.push(`predikat: kode "${d}" dipakai lebih dari sekali`);
  def.predikat.forEach((p, i) => {
    const next = def.predikat[i + 1];
    if (next && !(p.batas_bawah > next.batas_bawah))
      problems.push(
        `predikat: batas bawah harus turun tegas dari atas ke bawah, tetapi ${p.kode} (${p.batas_bawah}) ≤ ${next.kode} (${next.batas_bawah})`,
      );
    if (p.batas_bawah > def.skala.max)
      problems.push(`predikat ${p.kode}: batas bawah ${p.batas_bawah} di atas skala maksimum ${def.skala.max}`);
  });
  const last = def.predikat.at(-1);
  if (last && last.batas_bawah !== def.skala.min)
    problems.push(
      `predikat: tingkat terakhir (${last.kode}) harus mulai dari skala minimum ${def.skala.min}, bukan ${last.batas_bawah}`,
    );

  const known = new Set(Object.keys(def.sumber));
  const cited = [
    ["skala", def.skala.provenance],
    ["aspek", def.aspek_provenance],
    ["f03", def.f03.provenance],
    ["blend", def.blend.provenance],
    ["agregasi", def.agregasi.provenance],
    ["pembulatan", def.pembulatan.provenance],
    ["predikat", def.predikat_provenance],
    ...(def.peringkat ? [["peringkat", def.peringkat.provenance] as const] : []),
    ...def.aspek.map((a) => [`aspek ${a.kode}`, a.provenance] as const),
    ...def.indikator.map((i) => [`indikator ${i.kode}`, i.provenance] as const),
  ] as const;
  for (const [where, prov] of cited)
    for (const s of prov.sumber) if (!known.has(s)) problems.push(`${where}: sumber "${s}" tidak ada di daftar sumber`);

  if (problems.length) throw new ProfileError(file, problems);

  const indicators = def.indikator.map((i) => ({
    nomor: i.nomor,
    kode: i.kode,
    aspek: i.aspek,
    weight: fromDecimal(i.bobot),
  }));
  const aspectWeights = def.aspek.map((a) => fromDecimal(a.bobot));
  const blend = { f02: fromDecimal(def.blend.f02), f03: fromDecimal(def.blend.f03) };
  const ind = overCommonDenominator(indicators.map((i) => i.weight));
  const asp = overCommonDenominator(aspectWeights);
  const mix = overCommonDenominator([blend.f02, blend.f03]);
  return {
    def,
    aspectWeight: new Map(def.aspek.map((a, k) => [a.kode, aspectWeights[k]!])),
    indicators,
    blend,
    integer: {
      indicator: ind.numerators,
      indicatorScale: ind.scale,
      aspectOf: indicators.map((i) => aspectCodes.indexOf(i.aspek)),
      aspect: asp.numerators,
      aspectScale: asp.scale,
      blendF02: mix.numerators[0]!,
      blendF03: mix.numerators[1]!,
      blendScale: mix.scale,
    },
  };
}
