import { z } from "zod";
import { Instansi, Tingkat } from "./master.ts";

/**
 * The public data product. Bump SCHEMA_VERSION when a field changes meaning or
 * disappears; adding a field is compatible and does not need a bump.
 */
export const SCHEMA_VERSION = 1;

/**
 * Aspect scores are columns named after the year's profile: `aspek_<kode>`
 * for each of its aspects, in the profile's order (pekppp-2022: kebijakan,
 * sdm, sarpras, sipp, pengaduan, inovasi). Nothing here knows how many.
 */
export type AspectColumn = `aspek_${string}`;
export const aspectColumn = (kode: string): AspectColumn => `aspek_${kode}`;
export type AspectScores<V> = { readonly [k: AspectColumn]: V };

/** Checks the aspek_* fields of a row that passes other keys through: scores 0–5 (or null where allowed). */
function aspectFieldsCheck(nullable: boolean) {
  return (row: Record<string, unknown>, ctx: z.RefinementCtx) => {
    for (const [k, v] of Object.entries(row))
      if (k.startsWith("aspek_") && !(v === null ? nullable : typeof v === "number" && v >= 0 && v <= 5))
        ctx.addIssue({ code: "custom", path: [k], message: `${k}: harus nilai 0–5${nullable ? " atau null" : ""}` });
  };
}

export const DataStatus = z.enum(["sample", "official"]);
export type DataStatus = z.infer<typeof DataStatus>;

const Score = z.number().min(0).max(5);
const Rank = z.number().int().positive();

/** The columns of pekppp-instansi.csv, in order, for a profile's aspect codes. */
export function instansiColumns(aspects: readonly string[]) {
  return [
    "kode_instansi",
    "nama",
    "tingkat",
    "kode_provinsi",
    "ipp",
    "predikat",
    "peringkat_nasional",
    "peringkat_provinsi",
    ...aspects.map(aspectColumn),
    "f02",
    "f03",
    "jumlah_lokus",
  ] as const;
}

export const Recommendation = z.object({
  indikator: z.string(),
  nama: z.string(),
  aspek: z.string(),
  /** Mean current score over the lokus, 2 decimals. */
  dari: z.number(),
  ke: z.number(),
  /** IPP gain if every lokus reached `ke`, 2 decimals (exact value rounded half-up). */
  kenaikan_ipp: z.number(),
  /** Same, 4 decimals, so small gains still order visibly. */
  kenaikan_ipp_presisi: z.number(),
});

const InstansiFields = z.object({
  kode_instansi: z.string(),
  nama: z.string(),
  tingkat: Tingkat,
  kode_provinsi: z.string().nullable(),
  ipp: Score,
  predikat: z.string(),
  peringkat_nasional: Rank,
  peringkat_provinsi: Rank.nullable(),
  // aspek_<kode>: one per aspect of the year's profile (null where the result is only published)
  f02: Score.nullable(),
  f03: Score.nullable(),
  jumlah_lokus: z.number().int().nonnegative().nullable(),
  // JSON only, beyond the CSV columns:
  slug: z.string(),
  /** "dihitung" when scored from F-02/F-03 here, "dipublikasikan" when taken from hasil.csv. */
  asal_nilai: z.enum(["dihitung", "dipublikasikan"]),
  /** IPP gain needed to reach the next predikat up; null at the top. */
  jarak_naik: z.number().nullable(),
  /** IPP loss that would drop it one predikat; null at the bottom. */
  jarak_turun: z.number().nullable(),
  jumlah_peserta_tingkat: z.number().int().positive(),
  jumlah_peserta_provinsi: z.number().int().positive().nullable(),
  lokus_tanpa_f03: z.number().int().nonnegative().nullable(),
  rekomendasi: z.array(Recommendation),
});
export type InstansiResult = z.infer<typeof InstansiFields> & AspectScores<number | null>;
/** One instansi's row; its aspek_<kode> fields are those of the year's profile (checked here as scores). */
export const InstansiResult = z
  .looseObject(InstansiFields.shape)
  .superRefine(aspectFieldsCheck(true)) as unknown as z.ZodType<InstansiResult>;

export function lokusColumns(aspects: readonly string[]) {
  return [
    "kode_instansi",
    "lokus",
    "ipp",
    "ipp_presisi",
    "predikat",
    ...aspects.map(aspectColumn),
    "f02",
    "f03",
    "jumlah_responden",
    "tanpa_f03",
  ] as const;
}

const LokusFields = z.object({
  kode_instansi: z.string(),
  lokus: z.string(),
  ipp: Score,
  /** Unrounded to 4 decimals: the instansi IPP is the mean of these, not of `ipp`. */
  ipp_presisi: Score,
  predikat: z.string(),
  // aspek_<kode>: one per aspect of the year's profile
  f02: Score,
  f03: Score.nullable(),
  jumlah_responden: z.number().int().nonnegative(),
  tanpa_f03: z.boolean(),
});
export type LokusResult = z.infer<typeof LokusFields> & AspectScores<number>;
export const LokusResult = z
  .looseObject(LokusFields.shape)
  .superRefine(aspectFieldsCheck(false)) as unknown as z.ZodType<LokusResult>;

const PredikatCounts = z.record(z.string(), z.number().int().nonnegative());

export const TingkatSummary = z.object({
  tingkat: Tingkat,
  jumlah_master: z.number().int().nonnegative(),
  jumlah_dievaluasi: z.number().int().nonnegative(),
  tidak_dievaluasi: z.number().int().nonnegative(),
  rata_rata: Score.nullable(),
  median: Score.nullable(),
  predikat: PredikatCounts,
});

export const ProvinsiSummary = z.object({
  kode_provinsi: z.string(),
  nama: z.string(),
  ipp_provinsi: Score.nullable(),
  predikat_provinsi: z.string().nullable(),
  jumlah_kabkota: z.number().int().nonnegative(),
  jumlah_kabkota_dievaluasi: z.number().int().nonnegative(),
  rata_rata_kabkota: Score.nullable(),
  predikat_kabkota: PredikatCounts,
});

export const Summary = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  tahun: z.number().int(),
  status: DataStatus,
  profil: z.string(),
  /** Averages and counts are computed here from the per-instansi results; they are not official figures. */
  resmi: z.literal(false),
  metode_rata_rata: z.string(),
  per_tingkat: z.array(TingkatSummary),
  per_provinsi: z.array(ProvinsiSummary),
  pemda: z.object({ jumlah_dievaluasi: z.number().int(), rata_rata: Score.nullable() }),
});
export type Summary = z.infer<typeof Summary>;

export const ReportIssue = z.object({
  severity: z.enum(["error", "warning"]),
  code: z.string(),
  file: z.string(),
  row: z.number().int().optional(),
  column: z.string().optional(),
  value: z.string().optional(),
  message: z.string(),
});

export const FileReport = z.object({
  berkas: z.string(),
  baris_dibaca: z.number().int().nonnegative(),
  baris_dipakai: z.number().int().nonnegative(),
  baris_ditolak: z.number().int().nonnegative(),
  alasan_penolakan: z.record(z.string(), z.number().int().positive()),
  galat: z.number().int().nonnegative(),
  peringatan: z.number().int().nonnegative(),
  /** Issues counted but not listed (more than the per-code limit), by code. */
  tidak_ditampilkan: z.record(z.string(), z.number().int().positive()),
});
export type FileReport = z.infer<typeof FileReport>;

export const ValidationReport = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  tahun: z.number().int(),
  ok: z.boolean(),
  galat: z.number().int().nonnegative(),
  peringatan: z.number().int().nonnegative(),
  berkas: z.array(FileReport),
  masalah: z.array(ReportIssue),
});
export type ValidationReport = z.infer<typeof ValidationReport>;

export const YearData = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  tahun: z.number().int(),
  status: DataStatus,
  profil: z.string(),
  sumber: z.string().nullable(),
  instansi: z.array(InstansiResult),
});
export type YearData = z.infer<typeof YearData>;

/** pekppp-lokus.json: the scored lokus of a year, the JSON twin of pekppp-lokus.csv. */
export const LokusData = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  tahun: z.number().int(),
  status: DataStatus,
  profil: z.string(),
  lokus: z.array(LokusResult),
});
export type LokusData = z.infer<typeof LokusData>;

export const InstansiIndex = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  instansi: z.array(Instansi),
});
export type InstansiIndex = z.infer<typeof InstansiIndex>;

export const Manifest = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  tahun_terbaru: z.number().int().nullable(),
  tahun: z.array(
    z.object({
      tahun: z.number().int(),
      status: DataStatus,
      profil: z.string(),
      /** The decree that set the results; for a sample year, that it is synthetic. */
      sumber: z.string().nullable(),
      /** The decree only (null for a sample, or an official draft that names none). */
      keputusan: z.string().nullable(),
      /** `terbit`: frozen by npm run release (data/rilis/<year>.json); `draf`: may still change. */
      edisi: z.enum(["terbit", "draf"]),
      tanggal_rilis: z.string().nullable(),
      /** How many errata the edition has (listed in ralat.json). */
      ralat: z.number().int().nonnegative(),
      jumlah_instansi: z.number().int().nonnegative(),
      berkas: z.array(z.string()),
    }),
  ),
  /** The published-figures files (real figures, beside the results), when the input has them. */
  angka_terbitan: z.array(z.string()).optional(),
});
export type Manifest = z.infer<typeof Manifest>;
