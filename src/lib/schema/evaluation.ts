import { z } from "zod";
import { DataStatus } from "./output.ts";
import { PredikatStep, Source } from "./methodology.ts";
import { Provenance } from "./provenance.ts";

/**
 * The two evaluations besides PEKPPP whose full official instruments are not
 * public: Evaluasi Penyelenggaraan Mal Pelayanan Publik (`mpp`) and
 * Pembinaan Pelayanan Publik Ramah Kelompok Rentan (`rkr`). Their profiles
 * are data (data/methodology/mpp-*.json, rkr-*.json), every parameter with
 * its sources, confidence and `asumsi` flag, exactly as the PEKPPP profile.
 */
export const EvaluationKind = z.enum(["mpp", "rkr"]);
export type EvaluationKind = z.infer<typeof EvaluationKind>;

const Weight = z.number().min(0).max(1);
const Code = z.string().regex(/^[a-z][a-z_]*$/, "kode hanya huruf kecil dan garis bawah");

export const EvaluationAspect = z.object({
  kode: Code,
  nama: z.string().min(1),
  nama_en: z.string().min(1),
  bobot: Weight,
  /**
   * Where the aspect's value comes from: `kolom`, a column of the input named
   * after the aspect, on the profile's scale; `sarana`, the share of the
   * profile's facilities the unit has, times the top of the scale.
   */
  nilai_dari: z.enum(["kolom", "sarana"]).default("kolom"),
  provenance: Provenance,
});

export const Facility = z.object({
  nomor: z.number().int().positive(),
  kode: Code,
  nama: z.string().min(1),
  nama_en: z.string().min(1),
});

export const EvaluationProfile = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  evaluasi: EvaluationKind,
  nama: z.string().min(1),
  nama_en: z.string().min(1),
  dasar_hukum: z.array(z.string()).min(1),
  tahun_mulai: z.number().int(),
  skala: z.object({ min: z.number().int(), max: z.number().int(), provenance: Provenance }),
  /** Decimals a score cell may have. */
  desimal_nilai: z.number().int().min(0).max(4),
  aspek: z.array(EvaluationAspect).min(1),
  aspek_provenance: Provenance,
  sarana: z.object({ daftar: z.array(Facility).min(1), provenance: Provenance }).optional(),
  pembulatan: z.object({ desimal: z.number().int().min(0).max(6), mode: z.literal("half-up"), provenance: Provenance }),
  /** The tier ladder, top first, on the rounded total. */
  kategori: z.array(PredikatStep).min(2),
  kategori_provenance: Provenance,
  sumber: z.record(z.string(), Source),
});
export type EvaluationProfile = z.output<typeof EvaluationProfile>;
export type EvaluationAspect = z.output<typeof EvaluationAspect>;
export type Facility = z.output<typeof Facility>;

const Score = z.number();
const Rank = z.number().int().positive();

/** What every scored row of either evaluation has. */
const Scored = {
  kode_instansi: z.string(),
  nama_instansi: z.string(),
  tingkat: z.enum(["provinsi", "kabupaten", "kota", "kl"]),
  kode_provinsi: z.string().nullable(),
  /** Each aspect's value on the profile's scale, rounded to the profile's decimals, keyed by aspect code. */
  aspek: z.record(z.string(), Score),
  nilai: Score,
  kategori: z.string(),
  /** Among all rows of the year (ties share a rank). */
  peringkat: Rank,
};

export const MppResult = z.object({
  ...Scored,
  nama_mpp: z.string(),
  tahun_operasi: z.number().int(),
  /** The input row, for the report. */
  baris: z.number().int().positive(),
});
export type MppResult = z.infer<typeof MppResult>;

export const RkrResult = z.object({
  ...Scored,
  unit: z.string(),
  jenis_unit: z.string(),
  /** Codes of the profile's facilities the unit has, in the profile's order. */
  sarana_ada: z.array(z.string()),
  jumlah_sarana: z.number().int().nonnegative(),
  baris: z.number().int().positive(),
});
export type RkrResult = z.infer<typeof RkrResult>;

const Header = {
  schemaVersion: z.literal(1),
  tahun: z.number().int(),
  status: DataStatus,
  profil: z.string(),
};

/** `<year>/mpp.json`: every MPP scored that year, best first. */
export const MppYear = z.object({ ...Header, evaluasi: z.literal("mpp"), mpp: z.array(MppResult) });
export type MppYear = z.infer<typeof MppYear>;

/** `<year>/rkr-unit.json`: every service unit scored that year, best first. */
export const RkrYear = z.object({ ...Header, evaluasi: z.literal("rkr"), unit: z.array(RkrResult) });
export type RkrYear = z.infer<typeof RkrYear>;
