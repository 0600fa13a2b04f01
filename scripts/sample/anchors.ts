/**
 * What the sample is calibrated to. The real published figures are read from
 * data/terbitan/angka-terbitan.csv (published.ts); this file holds only the
 * shapes and the few synthetic placements needed to honour published ranks.
 * Ranks are within the tingkat, as the pipeline computes them under the
 * profile's tie rule.
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
  /** Rank within the tingkat nationally (the lower end when a range like "6-7" was published). */
  readonly peringkat?: number;
  /** The upper end of a published range of ranks ("6-7": 7); as `peringkat` otherwise. */
  readonly peringkat_maks?: number;
  /** Rank among the kab/kota of its province. */
  readonly peringkat_provinsi?: number;
  /** The rows of data/terbitan/angka-terbitan.csv it comes from; null for synthetic placements. */
  readonly sumber: string | null;
  /** The decree that set the figure, when the source names it. */
  readonly keputusan: string | null;
  readonly keyakinan: "terbitan" | "sintetis";
  readonly catatan?: string;
}

/**
 * Synthetic placements: values nobody published. Kab. Cilacap's 2024 rank
 * was published without its value; the kota 2024 placements fill the ranks
 * above Kota Madiun's published 3rd and make the seed article's unconfirmed
 * "Pelayanan Prima" kota (Surakarta, Bandung, Depok) A, which contradicts
 * nothing; Kota Semarang (5th) fills one more of the ranks above Kota
 * Salatiga's published 10th.
 */
export const PLACEMENTS: readonly Fixed[] = [
  {
    kode: "33.01",
    nama: "Kabupaten Cilacap",
    tahun: 2024,
    ipp: 4.68,
    sumber: null,
    keputusan: null,
    keyakinan: "sintetis",
    catatan: "peringkat 1 kabupaten terbitan (baris 12); nilainya tidak terbit: 4,68 sintetis, di atas 4,65 Sidoarjo",
  },
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

/** Group means: the mean of the K/L instansi IPPs must round to these. */
export interface GroupMean {
  readonly tingkat: "kl";
  readonly tahun: number;
  readonly rata_rata: number;
  readonly sumber: string;
  readonly catatan: string;
}
