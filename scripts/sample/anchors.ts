/**
 * Real published figures the sample must not contradict (methodology.md §4),
 * and the few synthetic placements needed to honour their ranks. The sample
 * is calibrated so each entry comes out exactly as written here; the test
 * suite checks it through the real pipeline. Ranks are competition ranks
 * within the tingkat ("1224"), as the pipeline computes them.
 */

export interface Fixed {
  readonly kode: string;
  /** For people reading this list; the code uses `kode`. */
  readonly nama: string;
  readonly tahun: number;
  /** Instansi IPP, 2 decimals. */
  readonly ipp: number;
  /** Published lokus IPPs (2 decimals), keyed by the sample's lokus name. */
  readonly lokus?: Readonly<Record<string, number>>;
  /** Rank within the tingkat nationally. */
  readonly peringkat?: number;
  /** Rank among the kab/kota of its province. */
  readonly peringkat_provinsi?: number;
  /** Source key in methodology.md §0; null for synthetic placements. */
  readonly sumber: string | null;
  /** The decree that set the figure, when the source names it. */
  readonly keputusan: string | null;
  readonly keyakinan: "tinggi" | "sedang" | "sintetis";
  readonly catatan?: string;
}

const K659 = "Kepmen PANRB 659/2024";

/** Published figures, calibrated exactly. */
export const ANCHORS: readonly Fixed[] = [
  // Provinces 2024 (S15), ranks 1–7; DKI Jakarta and Jawa Tengah tie at 4.53.
  {
    kode: "32",
    nama: "Provinsi Jawa Barat",
    tahun: 2024,
    ipp: 4.76,
    peringkat: 1,
    sumber: "S15",
    keputusan: K659,
    keyakinan: "tinggi",
  },
  {
    kode: "35",
    nama: "Provinsi Jawa Timur",
    tahun: 2024,
    ipp: 4.63,
    peringkat: 2,
    sumber: "S15",
    keputusan: K659,
    keyakinan: "tinggi",
  },
  {
    kode: "34",
    nama: "Provinsi DI Yogyakarta",
    tahun: 2024,
    ipp: 4.62,
    peringkat: 3,
    sumber: "S15",
    keputusan: K659,
    keyakinan: "tinggi",
  },
  {
    kode: "16",
    nama: "Provinsi Sumatera Selatan",
    tahun: 2024,
    ipp: 4.6,
    peringkat: 4,
    sumber: "S15",
    keputusan: K659,
    keyakinan: "tinggi",
  },
  {
    kode: "63",
    nama: "Provinsi Kalimantan Selatan",
    tahun: 2024,
    ipp: 4.56,
    peringkat: 5,
    sumber: "S15",
    keputusan: K659,
    keyakinan: "tinggi",
  },
  {
    kode: "31",
    nama: "Provinsi DKI Jakarta",
    tahun: 2024,
    ipp: 4.53,
    peringkat: 6,
    sumber: "S15",
    keputusan: K659,
    keyakinan: "tinggi",
  },
  {
    kode: "33",
    nama: "Provinsi Jawa Tengah",
    tahun: 2024,
    ipp: 4.53,
    peringkat: 6,
    sumber: "S15",
    keputusan: K659,
    keyakinan: "tinggi",
  },
  // Kabupaten 2024.
  {
    kode: "33.01",
    nama: "Kabupaten Cilacap",
    tahun: 2024,
    ipp: 4.68,
    peringkat: 1,
    sumber: "S16",
    keputusan: K659,
    keyakinan: "tinggi",
    catatan: "peringkat 1 kabupaten terbitan; nilai 4,68 sintetis (tidak diterbitkan), dipilih di atas 4,65",
  },
  {
    kode: "35.15",
    nama: "Kabupaten Sidoarjo",
    tahun: 2024,
    ipp: 4.65,
    peringkat: 2,
    sumber: "S16",
    keputusan: K659,
    keyakinan: "tinggi",
  },
  {
    kode: "34.04",
    nama: "Kabupaten Sleman",
    tahun: 2024,
    ipp: 4.63,
    lokus: { "Dinas Sosial": 4.59, RSUD: 4.66, Disdukcapil: 4.63 },
    peringkat: 3,
    sumber: "S17",
    keputusan: K659,
    keyakinan: "tinggi",
  },
  {
    kode: "32.09",
    nama: "Kabupaten Cirebon",
    tahun: 2023,
    ipp: 3.82,
    sumber: "S28",
    keputusan: null,
    keyakinan: "sedang",
    catatan: "sumber tidak menyebut nasional atau internal; diperlakukan sebagai hasil nasional",
  },
  {
    kode: "32.09",
    nama: "Kabupaten Cirebon",
    tahun: 2024,
    ipp: 4.24,
    sumber: "S28",
    keputusan: null,
    keyakinan: "sedang",
    catatan: "idem",
  },
  // Kota 2024. Madiun's lokus give 4.67 only from unrounded values (methodology.md §1.5).
  {
    kode: "35.77",
    nama: "Kota Madiun",
    tahun: 2024,
    ipp: 4.67,
    lokus: { Disdukcapil: 4.73, "Dinas Sosial": 4.63, RSUD: 4.63 },
    peringkat: 3,
    sumber: "S16",
    keputusan: K659,
    keyakinan: "sedang",
    catatan:
      "nilai tinggi; peringkat 3 kota adalah klaim Pemkot (S16), bertentangan dengan artikel awal (Depok ke-3) yang tidak terkonfirmasi",
  },
  {
    kode: "35.77",
    nama: "Kota Madiun",
    tahun: 2023,
    ipp: 4.43,
    sumber: "S16",
    keputusan: null,
    keyakinan: "tinggi",
    catatan: "peringkat ke-21 'nasional' tidak dipakai: tidak jelas di antara apa",
  },
  {
    kode: "33.71",
    nama: "Kota Magelang",
    tahun: 2024,
    ipp: 4.61,
    peringkat: 12,
    peringkat_provinsi: 4,
    sumber: "S28",
    keputusan: K659,
    keyakinan: "sedang",
    catatan:
      "'peringkat 12 nasional' dibaca sebagai peringkat 12 kota; 'ke-4 di Jawa Tengah' sebagai peringkat di antara kab/kota Jawa Tengah",
  },
  {
    kode: "35.78",
    nama: "Kota Surabaya",
    tahun: 2024,
    ipp: 4.57,
    peringkat: 17,
    sumber: "S16",
    keputusan: K659,
    keyakinan: "tinggi",
  },
  {
    kode: "35.73",
    nama: "Kota Malang",
    tahun: 2024,
    ipp: 4.54,
    peringkat: 22,
    sumber: "S16",
    keputusan: K659,
    keyakinan: "tinggi",
  },
];

/**
 * Synthetic placements: values nobody published, chosen so the published
 * ranks above can hold and so the seed article's unconfirmed "Pelayanan
 * Prima" kota (Surakarta, Bandung, Depok) are A, which contradicts nothing.
 * Kota Semarang is the third Jawa Tengah kab/kota above Magelang (4th in the province).
 */
export const PLACEMENTS: readonly Fixed[] = [
  {
    kode: "33.72",
    nama: "Kota Surakarta",
    tahun: 2024,
    ipp: 4.72,
    peringkat: 1,
    sumber: null,
    keputusan: null,
    keyakinan: "sintetis",
  },
  {
    kode: "32.73",
    nama: "Kota Bandung",
    tahun: 2024,
    ipp: 4.7,
    peringkat: 2,
    sumber: null,
    keputusan: null,
    keyakinan: "sintetis",
  },
  {
    kode: "32.76",
    nama: "Kota Depok",
    tahun: 2024,
    ipp: 4.66,
    peringkat: 4,
    sumber: null,
    keputusan: null,
    keyakinan: "sintetis",
  },
  {
    kode: "33.74",
    nama: "Kota Semarang",
    tahun: 2024,
    ipp: 4.64,
    peringkat: 5,
    sumber: null,
    keputusan: null,
    keyakinan: "sintetis",
  },
];

/** Group means: the mean of the K/L instansi IPPs must round to these. */
export interface GroupMean {
  readonly tingkat: "kl";
  readonly tahun: number;
  readonly rata_rata: number;
  readonly sumber: string;
  readonly catatan: string;
}

export const GROUP_MEANS: readonly GroupMean[] = [
  {
    tingkat: "kl",
    tahun: 2023,
    rata_rata: 4.07,
    sumber: "S18",
    catatan: "cara kementerian merata-ratakan tidak diketahui; di sini rata-rata IPP instansi K/L",
  },
  { tingkat: "kl", tahun: 2024, rata_rata: 4.39, sumber: "S18", catatan: "idem" },
];

export const FIXED: readonly Fixed[] = [...ANCHORS, ...PLACEMENTS];
