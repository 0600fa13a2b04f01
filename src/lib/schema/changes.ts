import { z } from "zod";
import { Tingkat } from "./master.ts";

/**
 * What changed in an edition since the one before it: `<year>/perubahan.csv`
 * and `<year>/perubahan.json` of the data product, one row per event. The
 * changes page (/<year>/perubahan/) is drawn from the JSON, so the page and
 * the download cannot disagree.
 */
export const CHANGE_KINDS = [
  /** Evaluated in both years, predikat one or more steps higher / lower / the same. */
  "predikat-naik",
  "predikat-turun",
  "predikat-tetap",
  /** Evaluated this year, not in the previous edition. */
  "baru",
  /** Evaluated in the previous edition, not this year. */
  "tidak-ada",
  /** The same region under another code (a new code this year, the old one gone). */
  "kode-berubah",
  /** A value of this edition revised by an erratum. */
  "ralat",
] as const;
export const ChangeKind = z.enum(CHANGE_KINDS);
export type ChangeKind = z.infer<typeof ChangeKind>;

/** How the edition relates to the one before it. */
export const Comparison = z.enum([
  /** The first edition: nothing before it. */
  "pertama",
  /** The previous edition used another methodology profile: IPP and predikat are not compared (src/lib/view/comparable.ts). */
  "metode-berbeda",
  "dibandingkan",
]);
export type ComparisonKind = z.infer<typeof Comparison>;

const Score = z.number().min(0).max(5);

export const ChangeRow = z.object({
  jenis: ChangeKind,
  kode_instansi: z.string(),
  nama: z.string(),
  tingkat: Tingkat,
  kode_provinsi: z.string().nullable(),
  ipp_sebelumnya: Score.nullable(),
  ipp: Score.nullable(),
  /** ipp − ipp_sebelumnya on the published two-decimal values; null when not compared. */
  selisih_ipp: z.number().nullable(),
  predikat_sebelumnya: z.string().nullable(),
  predikat: z.string().nullable(),
  /** Steps on the predikat ladder: positive up, negative down, null when not compared. */
  langkah_predikat: z.number().int().nullable(),
  /** The evaluated lokus differ between the two years (the change compares different units). */
  lokus_berganti: z.boolean().nullable(),
  /** kode-berubah: the code the region had in the previous edition. */
  kode_sebelumnya: z.string().nullable(),
  /** ralat: the column revised, its value before and after, the date and the reason. */
  kolom: z.string().nullable(),
  nilai_sebelumnya: z.string().nullable(),
  nilai_sesudah: z.string().nullable(),
  tanggal: z.string().nullable(),
  alasan: z.string().nullable(),
});
export type ChangeRow = z.infer<typeof ChangeRow>;

/** The CSV columns, in order: every field of a row. */
export const CHANGE_COLUMNS = ["tahun", "tahun_sebelumnya", ...ChangeRow.keyof().options] as const;

export const ChangesData = z.object({
  schemaVersion: z.number().int(),
  tahun: z.number().int(),
  tahun_sebelumnya: z.number().int().nullable(),
  perbandingan: Comparison,
  profil: z.string(),
  profil_sebelumnya: z.string().nullable(),
  perubahan: z.array(ChangeRow),
});
export type ChangesData = z.infer<typeof ChangesData>;
