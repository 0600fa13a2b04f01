import type { Tingkat } from "../../src/lib/schema/master.ts";

/**
 * Bump when the generated data would change for a reason the fingerprint in
 * the stamp cannot see (it already covers the generator's own sources, the
 * methodology profile, kl.csv and the region package version).
 */
export const GENERATOR_VERSION = 1;

/** The fixed seed of the published sample. Same version + seed → identical bytes. */
export const SEED = 20_240_659;

export const SAMPLE_YEARS = [2022, 2023, 2024, 2025] as const;

/** The profile the sample is scored with (written into tahun.json). */
export const PROFILE_ID = "pekppp-2022";

type LokusSet = Readonly<Record<Tingkat, readonly [string, string, string]>>;

/**
 * Lokus per tingkat, in the order barang, jasa, administrasi (methodology.md
 * §1.2), as used 2022–2024. K/L lokus differ per ministry in reality; generic
 * names keep the sample from pretending to know which units a ministry put forward.
 */
const LOKUS_2022: LokusSet = {
  provinsi: ["Dinas Sosial", "RSUD", "Samsat/Bapenda"],
  kabupaten: ["Dinas Sosial", "RSUD", "Disdukcapil"],
  kota: ["Dinas Sosial", "RSUD", "Disdukcapil"],
  kl: ["Unit Layanan Barang", "Unit Layanan Jasa", "Unit Layanan Administrasi"],
};

/**
 * 2025: the national evaluation of pemda looked at priority services,
 * education, health and population administration (methodology.md §7.1, one
 * source, medium confidence). Which units exactly is an assumption of the
 * sample: Dinas Pendidikan, Dinas Kesehatan and Disdukcapil (Samsat/Bapenda
 * kept for provinces, which run no Disdukcapil).
 */
const LOKUS_2025: LokusSet = {
  provinsi: ["Dinas Pendidikan", "Dinas Kesehatan", "Samsat/Bapenda"],
  kabupaten: ["Dinas Pendidikan", "Dinas Kesehatan", "Disdukcapil"],
  kota: ["Dinas Pendidikan", "Dinas Kesehatan", "Disdukcapil"],
  kl: LOKUS_2022.kl,
};

/** The lokus an instansi of `tingkat` is evaluated on in `tahun`: lokus change between years. */
export function lokusOf(tingkat: Tingkat, tahun: number): readonly [string, string, string] {
  return (tahun >= 2025 ? LOKUS_2025 : LOKUS_2022)[tingkat];
}

/**
 * Typical level of each lokus type relative to its instansi, in IPP points:
 * civil registration and vehicle tax offices have digitised most, social
 * services the least.
 */
export const LOKUS_EFFECT: Readonly<Record<string, number>> = {
  "Dinas Sosial": -0.12,
  RSUD: 0.03,
  "Dinas Pendidikan": -0.04,
  "Dinas Kesehatan": 0,
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
  pemda: { 2022: 3.72, 2023: 3.84, 2024: 3.95, 2025: 4.03 },
  kl: { 2022: 3.88, 2023: 4.07, 2024: 4.39, 2025: 4.45 },
};

/**
 * The centre of a year (YEAR_LEVEL); a synthetic year after the last one
 * known (`--years 2026,…`, as the ten-edition build benchmark asks for) holds
 * the last known centre, each instansi's own growth still moving it.
 */
export function yearLevel(group: "pemda" | "kl", tahun: number): number | undefined {
  const known = YEAR_LEVEL[group];
  const last = Math.max(...Object.keys(known).map(Number));
  return known[tahun] ?? (tahun > last ? known[last] : undefined);
}

/**
 * Years whose published ranks imply fewer participants than the master: 2025
 * ranks Kota Kupang 62nd "of 93 kota" (the master has 98) and Kab. Bungo
 * 363rd (C-, 2.18) among kabupaten. The sample evaluates 93 kota and 370
 * kabupaten that year (how many kabupaten took part was not published; 370
 * keeps Bungo near the bottom without pulling many below its 2.18), the
 * instansi left out drawn at random among those without a published figure.
 */
export const NOT_EVALUATED: Readonly<
  Record<number, Partial<Record<Tingkat, { readonly jumlah: number; readonly alasan: string }>>>
> = {
  2025: {
    kota: { jumlah: 5, alasan: "2025: 93 kota dievaluasi (Kota Kupang peringkat 62 dari 93)" },
    kabupaten: { jumlah: 46, alasan: "2025: sampel mengevaluasi 370 kabupaten (jumlah sebenarnya tidak terbit)" },
  },
};
