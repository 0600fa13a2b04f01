import { ladder, type Ladder } from "../method/predikat.ts";
import { duplicates, fmt, ONE, ProfileError } from "../method/profile.ts";
import { add, compare, fromDecimal, ZERO, type Rational } from "../num/rational.ts";
import { EvaluationProfile, type EvaluationKind } from "../schema/evaluation.ts";
import { parseFriendly } from "../validate/friendly.ts";

/** Columns every input file of the evaluation has besides the aspects and facilities. */
export const FIXED_COLUMNS: Readonly<Record<EvaluationKind, readonly string[]>> = {
  mpp: ["kode_instansi", "nama_mpp", "tahun_operasi"],
  rkr: ["kode_instansi", "unit", "jenis_unit"],
};

/** A checked evaluation profile with its weights as exact fractions. */
export interface EvaluationMethod {
  readonly def: EvaluationProfile;
  readonly aspects: readonly { readonly kode: string; readonly fromFacilities: boolean; readonly weight: Rational }[];
  readonly ladder: Ladder;
}

/**
 * Validates an MPP or Ramah Kelompok Rentan profile and prepares it for
 * scoring; every problem is reported at once, each naming its field, as
 * loadProfile does for PEKPPP (and with the same error type).
 */
export function loadEvaluationProfile(raw: unknown, file: string): EvaluationMethod {
  const parsed = parseFriendly(EvaluationProfile, raw);
  if (!parsed.ok) throw new ProfileError(file, parsed.problems);
  const def = parsed.value;
  const problems: string[] = [];

  const codes = def.aspek.map((a) => a.kode);
  for (const d of duplicates(codes)) problems.push(`aspek: kode "${d}" dipakai lebih dari sekali`);
  const total = def.aspek.reduce((t, a) => add(t, fromDecimal(a.bobot)), ZERO);
  if (compare(total, ONE) !== 0) problems.push(`aspek: bobot berjumlah ${fmt(total)}, harus 1`);

  const fromFacilities = def.aspek.filter((a) => a.nilai_dari === "sarana");
  if (fromFacilities.length > 1) problems.push(`aspek: paling banyak satu aspek bernilai dari sarana`);
  if (fromFacilities.length && !def.sarana)
    problems.push(`aspek ${fromFacilities[0]!.kode}: bernilai dari sarana, tetapi profil tidak punya daftar sarana`);
  if (def.sarana && def.evaluasi !== "rkr") problems.push(`sarana: hanya evaluasi rkr yang punya daftar sarana`);
  const facilities = def.sarana?.daftar ?? [];
  for (const d of duplicates(facilities.map((f) => f.kode)))
    problems.push(`sarana: kode "${d}" dipakai lebih dari sekali`);
  facilities.forEach((f, i) => {
    if (f.nomor !== i + 1) problems.push(`sarana.daftar[${i}]: nomor ${f.nomor}, harus ${i + 1} (berurutan mulai 1)`);
  });
  const columns = [...FIXED_COLUMNS[def.evaluasi], ...codes.filter((_, i) => def.aspek[i]!.nilai_dari === "kolom")];
  for (const f of facilities)
    if (columns.includes(f.kode)) problems.push(`sarana ${f.kode}: kode sama dengan nama kolom lain`);
  for (const c of codes)
    if (FIXED_COLUMNS[def.evaluasi].includes(c)) problems.push(`aspek ${c}: kode sama dengan kolom tetap`);

  if (def.skala.min >= def.skala.max)
    problems.push(`skala: min ${def.skala.min} harus lebih kecil dari max ${def.skala.max}`);
  for (const d of duplicates(def.kategori.map((k) => k.kode)))
    problems.push(`kategori: kode "${d}" dipakai lebih dari sekali`);
  def.kategori.forEach((k, i) => {
    const next = def.kategori[i + 1];
    if (next && !(k.batas_bawah > next.batas_bawah))
      problems.push(
        `kategori: batas bawah harus turun tegas dari atas ke bawah, tetapi ${k.kode} (${k.batas_bawah}) ≤ ${next.kode} (${next.batas_bawah})`,
      );
    if (k.batas_bawah > def.skala.max)
      problems.push(`kategori ${k.kode}: batas bawah ${k.batas_bawah} di atas skala maksimum ${def.skala.max}`);
  });
  const last = def.kategori.at(-1);
  if (last && last.batas_bawah !== def.skala.min)
    problems.push(
      `kategori: tingkat terakhir (${last.kode}) harus mulai dari skala minimum ${def.skala.min}, bukan ${last.batas_bawah}`,
    );

  const known = new Set(Object.keys(def.sumber));
  const cited = [
    ["skala", def.skala.provenance],
    ["aspek", def.aspek_provenance],
    ["pembulatan", def.pembulatan.provenance],
    ["kategori", def.kategori_provenance],
    ...(def.sarana ? [["sarana", def.sarana.provenance] as const] : []),
    ...def.aspek.map((a) => [`aspek ${a.kode}`, a.provenance] as const),
  ] as const;
  for (const [where, prov] of cited)
    for (const s of prov.sumber) if (!known.has(s)) problems.push(`${where}: sumber "${s}" tidak ada di daftar sumber`);

  if (problems.length) throw new ProfileError(file, problems);
  return {
    def,
    aspects: def.aspek.map((a) => ({
      kode: a.kode,
      fromFacilities: a.nilai_dari === "sarana",
      weight: fromDecimal(a.bobot),
    })),
    ladder: ladder(def.kategori, def.pembulatan.desimal),
  };
}

/**
 * The profile a year of one evaluation is scored with: the newest one of
 * that evaluation whose first year is not after the year; undefined when
 * none applies.
 */
export function methodForYear(
  methods: Iterable<EvaluationMethod>,
  kind: EvaluationKind,
  tahun: number,
): EvaluationMethod | undefined {
  let best: EvaluationMethod | undefined;
  for (const m of methods)
    if (m.def.evaluasi === kind && m.def.tahun_mulai <= tahun && (!best || m.def.tahun_mulai > best.def.tahun_mulai))
      best = m;
  return best;
}
