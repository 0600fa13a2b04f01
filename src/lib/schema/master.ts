import { z } from "zod";

export const Tingkat = z.enum(["provinsi", "kabupaten", "kota", "kl"]);
export type Tingkat = z.infer<typeof Tingkat>;

/** One row of data/kl.csv: a ministry or agency evaluated by PEKPPP. */
export const KlRow = z.object({
  kode: z.string().regex(/^KL\.\d{3}$/, "kode K/L harus berbentuk KL.nnn (kode bagian anggaran)"),
  nama: z.string().min(1),
  singkatan: z.string().min(1),
});
export type KlRow = z.infer<typeof KlRow>;

/** Rows of idn-area-data's provinces.csv and regencies.csv. */
export const ProvinceRow = z.object({ code: z.string().regex(/^\d{2}$/), name: z.string().min(1) });
export const RegencyRow = z.object({
  code: z.string().regex(/^\d{2}\.\d{2}$/),
  province_code: z.string().regex(/^\d{2}$/),
  name: z.string().min(1),
});
export type ProvinceRow = z.infer<typeof ProvinceRow>;
export type RegencyRow = z.infer<typeof RegencyRow>;

/** An instansi of the master list: every unit that can appear in the results. */
export const Instansi = z.object({
  kode: z.string(),
  nama: z.string(),
  /** Short form for tight places (tables on a phone, chart labels). */
  nama_pendek: z.string(),
  tingkat: Tingkat,
  kode_provinsi: z.string().nullable(),
  slug: z.string().regex(/^[a-z0-9-]+$/),
});
export type Instansi = z.infer<typeof Instansi>;
