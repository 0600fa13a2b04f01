import { z } from "zod";

/**
 * data/penghargaan.json: the award lists the ministry announced, as far as
 * public sources name them. Real facts, each list with its decree and its
 * sources; never mixed with (sample) scores. What is not known stays null
 * (how many were awarded) or absent (who), and the pages say so.
 */
export const AwardSource = z.object({
  judul: z.string().min(1),
  url: z.url().optional(),
  /** When the source was published, as far as known (YYYY-MM or YYYY-MM-DD). */
  terbit: z.string().optional(),
});

export const AwardRecipient = z.object({
  /** The instansi (region or K/L) in the master; the unit's instansi for a unit award. */
  kode_instansi: z.string(),
  /** The unit awarded, for awards to a service unit rather than an instansi. */
  unit: z.string().optional(),
  /** Keys into `sumber`: the sources that name this recipient. */
  sumber: z.array(z.string()).min(1),
  catatan: z.string().optional(),
  catatan_en: z.string().optional(),
});

export const AwardList = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  evaluasi: z.enum(["pekppp", "mpp", "rkr"]),
  tahun: z.number().int(),
  judul: z.string().min(1),
  judul_en: z.string().min(1),
  /** The decree that set the results, as the sources give it; null when no source names it. */
  keputusan: z.string().nullable(),
  /** How many were evaluated, and how many awarded; null when not published in the sources found. */
  jumlah_dinilai: z.number().int().positive().nullable(),
  jumlah_penerima: z.number().int().positive().nullable(),
  penerima: z.array(AwardRecipient),
  sumber: z.array(z.string()).min(1),
  catatan: z.string().optional(),
  catatan_en: z.string().optional(),
});

/** Where the seed article and a later source disagree, or two sources do: said, not resolved. */
export const AwardConflict = z.object({
  daftar: z.string(),
  teks: z.string().min(1),
  teks_en: z.string().min(1),
  sumber: z.array(z.string()).min(1),
});

export const Awards = z.object({
  schemaVersion: z.literal(1),
  sumber: z.record(z.string(), AwardSource),
  daftar: z.array(AwardList).min(1),
  perbedaan: z.array(AwardConflict),
});
export type Awards = z.infer<typeof Awards>;
export type AwardList = z.infer<typeof AwardList>;
export type AwardRecipient = z.infer<typeof AwardRecipient>;
