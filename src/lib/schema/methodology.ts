import { z } from "zod";
import { Provenance } from "./provenance.ts";

const Weight = z.number().min(0).max(1);

export const Aspect = z.object({
  kode: z.string().regex(/^[a-z_]+$/),
  huruf: z.string().regex(/^[a-z]$/),
  nama: z.string().min(1),
  nama_en: z.string().min(1),
  bobot: Weight,
  provenance: Provenance,
});

export const Indicator = z.object({
  nomor: z.number().int().positive(),
  kode: z.string().regex(/^\d+\.[a-z]\.[A-Za-z]+$/),
  aspek: z.string(),
  bobot: Weight,
  nama: z.string().min(1),
  nama_en: z.string().min(1),
  provenance: Provenance,
});

export const F03Item = z.object({
  butir: z.number().int().positive(),
  kode: z.string().min(1),
  aspek: z.string(),
  teks: z.string().min(1),
  /** The item in English, for the English pages; without it they show `teks` marked as Indonesian. */
  teks_en: z.string().min(1).optional(),
});

export const PredikatStep = z.object({
  kode: z.string().min(1),
  batas_bawah: z.number().min(0),
  label: z.string().min(1),
  label_en: z.string().min(1),
});

export const Source = z.object({
  judul: z.string().min(1),
  /** The title in English (document names stay as proper names); without it the English pages show `judul` marked as Indonesian. */
  judul_en: z.string().min(1).optional(),
  url: z.string().optional(),
});

export const MethodologyProfile = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  nama: z.string().min(1),
  dasar_hukum: z.array(z.string()).min(1),
  tahun_mulai: z.number().int(),
  skala: z.object({ min: z.number().int(), max: z.number().int(), provenance: Provenance }),
  aspek: z.array(Aspect).min(1),
  aspek_provenance: Provenance,
  indikator: z.array(Indicator).min(1),
  f03: z.object({
    butir: z.array(F03Item).min(1),
    responden_min: z.number().int().positive(),
    responden_max: z.number().int().positive(),
    desimal_nilai: z.number().int().min(0).max(4),
    provenance: Provenance,
  }),
  blend: z.object({ f02: Weight, f03: Weight, provenance: Provenance }),
  agregasi: z.object({ metode: z.literal("rata-rata-lokus"), provenance: Provenance }),
  pembulatan: z.object({ desimal: z.number().int().min(0).max(6), mode: z.literal("half-up"), provenance: Provenance }),
  predikat: z.array(PredikatStep).min(2),
  predikat_provenance: Provenance,
  /**
   * How ranks treat equal published values: "nilai-presisi" ranks on the
   * unrounded IPP (equal published values can rank apart; a rank is shared
   * only by exactly equal values), "nilai-dibulatkan" on the published,
   * rounded IPP (equal published values share a rank: 1, 2, 2, 4).
   * Absent: "nilai-dibulatkan".
   */
  peringkat: z.object({ dasar: z.enum(["nilai-presisi", "nilai-dibulatkan"]), provenance: Provenance }).optional(),
  sumber: z.record(z.string(), Source),
});

export type MethodologyProfileInput = z.input<typeof MethodologyProfile>;
export type MethodologyProfile = z.output<typeof MethodologyProfile>;
export type Aspect = z.output<typeof Aspect>;
export type Indicator = z.output<typeof Indicator>;
export type F03Item = z.output<typeof F03Item>;
export type PredikatStep = z.output<typeof PredikatStep>;
