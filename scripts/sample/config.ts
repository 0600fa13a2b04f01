import type { Tingkat } from "../../src/lib/schema/master.ts";

/**
 * Bump when the generated data would change for a reason the fingerprint in
 * the stamp cannot see (it already covers the generator's own sources, the
 * methodology profile, kl.csv and the region package version).
 */
export const GENERATOR_VERSION = 1;

/** The fixed seed of the published sample. Same version + seed → identical bytes. */
export const SEED = 20_240_659;

export const SAMPLE_YEARS = [2022, 2023, 2024] as const;

/** The profile the sample is scored with (written into tahun.json). */
export const PROFILE_ID = "pekppp-2022";

/**
 * Lokus per tingkat, in the order barang, jasa, administrasi (methodology.md
 * §1.2). K/L lokus differ per ministry in reality; generic names keep the
 * sample from pretending to know which units a ministry put forward.
 */
export const LOKUS: Readonly<Record<Tingkat, readonly [string, string, string]>> = {
  provinsi: ["Dinas Sosial", "RSUD", "Samsat/Bapenda"],
  kabupaten: ["Dinas Sosial", "RSUD", "Disdukcapil"],
  kota: ["Dinas Sosial", "RSUD", "Disdukcapil"],
  kl: ["Unit Layanan Barang", "Unit Layanan Jasa", "Unit Layanan Administrasi"],
};

/**
 * Typical level of each lokus type relative to its instansi, in IPP points:
 * civil registration and vehicle tax offices have digitised most, social
 * services the least.
 */
export const LOKUS_EFFECT: Readonly<Record<string, number>> = {
  "Dinas Sosial": -0.12,
  RSUD: 0.03,
  Disdukcapil: 0.1,
  "Samsat/Bapenda": 0.1,
  "Unit Layanan Barang": -0.05,
  "Unit Layanan Jasa": 0,
  "Unit Layanan Administrasi": 0.05,
};

/** How far a lokus strays from its instansi: a lasting quirk of the unit, and this year's luck. */
export const LOKUS_SPREAD = { quirk: 0.15, year: 0.08 } as const;

/**
 * Centre of the latent quality per year (IPP points): pemda improve modestly
 * each year; the K/L centres sit near their published group IPP (S18).
 */
export const YEAR_LEVEL: Readonly<Record<"pemda" | "kl", Readonly<Record<number, number>>>> = {
  pemda: { 2022: 3.72, 2023: 3.84, 2024: 3.95 },
  kl: { 2022: 3.88, 2023: 4.07, 2024: 4.39 },
};
