import { z } from "zod";
import { SCHEMA_VERSION } from "./output.ts";
import { Tingkat } from "./master.ts";

/**
 * Published figures (data/terbitan/angka-terbitan.csv): real values found in
 * public sources, one row per value and source. They are shown beside the
 * dashboard's own results and never mixed with them.
 */

/** The outcome of checking a figure against the method (interval arithmetic, the predikat ladder, stated ranks). */
export const CheckStatus = z.enum(["konsisten", "tidak-konsisten", "tidak-dapat-diperiksa"]);
export type CheckStatus = z.infer<typeof CheckStatus>;

export const PublishedLokus = z.object({ nama: z.string(), ipp: z.number(), teks: z.string() });

export const PublishedFigure = z.object({
  /** Row of the source file (header = 1): the figure's stable identifier within a release of the dataset. */
  baris: z.number().int().min(2),
  tahun: z.number().int(),
  jenis: z.enum(["instansi", "rata-rata"]),
  /** For "rata-rata": the group averaged ("kl", "nasional", or a tingkat). */
  tingkat: z.union([Tingkat, z.literal("nasional")]),
  /** The name as the source writes it. */
  nama_sumber: z.string(),
  /** Our instansi, for jenis "instansi"; null for an average. */
  kode_instansi: z.string().nullable(),
  slug: z.string().nullable(),
  nama: z.string().nullable(),
  /** The IPP as a number, and as written (keeps "4.60" and "4.633"); null when only a rank was published. */
  ipp: z.number().nullable(),
  ipp_teks: z.string().nullable(),
  predikat_disebut: z.string().nullable(),
  /** The predikat the profile's ladder gives the published IPP. */
  predikat_tangga: z.string().nullable(),
  peringkat_disebut: z.string().nullable(),
  peringkat_min: z.number().int().positive().nullable(),
  peringkat_maks: z.number().int().positive().nullable(),
  lokus: z.array(PublishedLokus),
  keputusan: z.string().nullable(),
  sumber: z.string(),
  catatan: z.string().nullable(),
  pemeriksaan: z.object({
    status: CheckStatus,
    /** What was checked and what came out, in Indonesian and English. */
    rincian: z.array(z.string()),
    rincian_en: z.array(z.string()),
  }),
  /** Rows of other sources giving a value for the same figure that cannot be the same rounded number. */
  bertentangan_dengan: z.array(z.number().int()),
});
export type PublishedFigure = z.infer<typeof PublishedFigure>;

export const PublishedData = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  /** Always true: these are real figures, unlike a sample year's results. */
  resmi: z.literal(true),
  berkas_sumber: z.string(),
  /** The profile whose ladder, rounding and tie rule the checks used, per year. */
  profil: z.record(z.string(), z.string()),
  angka: z.array(PublishedFigure),
});
export type PublishedData = z.infer<typeof PublishedData>;

/** Columns of angka-terbitan.csv in the data product. */
export const PUBLISHED_COLUMNS = [
  "baris",
  "tahun",
  "jenis",
  "tingkat",
  "nama_sumber",
  "kode_instansi",
  "nama",
  "ipp",
  "predikat_disebut",
  "predikat_tangga",
  "peringkat_disebut",
  "lokus_disebut",
  "keputusan",
  "sumber",
  "catatan",
  "pemeriksaan",
  "bertentangan_dengan",
] as const;
