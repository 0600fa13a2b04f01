/**
 * The columns of the published CSVs other than the PEKPPP results (whose
 * dictionary is src/lib/view/dictionary.ts): the MPP and Ramah Kelompok
 * Rentan results and the published figures. Each column has a Table Schema
 * type and a description, so datapackage.json describes every download.
 */
import type { ColumnType } from "../view/dictionary.ts";

interface Column extends ColumnType {
  readonly description: string;
}

const TEXT = (description: string): Column => ({ type: "string", description });
const INT = (description: string, minimum: number): Column => ({
  type: "integer",
  constraints: { minimum },
  description,
});
const HUNDRED = (description: string): Column => ({
  type: "number",
  constraints: { minimum: 0, maximum: 100 },
  description,
});

const REGION: Record<string, Column> = {
  kode_instansi: {
    type: "string",
    constraints: { required: true },
    description: "Kode instansi (Kemendagri, atau KL.nnn)",
  },
  nama_instansi: TEXT("Nama instansi"),
  tingkat: {
    type: "string",
    constraints: { enum: ["provinsi", "kabupaten", "kota", "kl"] },
    description: "Tingkat instansi",
  },
  kode_provinsi: TEXT("Kode provinsi (kosong untuk K/L)"),
};

const EVALUATION: Record<string, Column> = {
  ...REGION,
  nama_mpp: TEXT("Nama Mal Pelayanan Publik"),
  tahun_operasi: INT("Tahun MPP mulai beroperasi", 2017),
  unit: TEXT("Nama unit layanan"),
  jenis_unit: TEXT("Jenis unit layanan (mis. RSUD, Dinas)"),
  jumlah_sarana: INT("Jumlah jenis sarana yang ada (dari 12 menurut SE MenPANRB 66/2020)", 0),
  nilai: HUNDRED("Nilai total 0–100 menurut profil (asumsi)"),
  kategori: TEXT("Kategori dari tangga nilai profil (asumsi)"),
  peringkat: INT("Peringkat nasional tahun itu", 1),
};

const PUBLISHED: Record<string, Column> = {
  baris: INT("Baris di data/terbitan/angka-terbitan.csv", 1),
  tahun: INT("Tahun evaluasi", 2000),
  jenis: { type: "string", constraints: { enum: ["instansi", "rata-rata"] }, description: "instansi atau rata-rata" },
  tingkat: TEXT("Tingkat (provinsi, kabupaten, kota, kl; nasional untuk rata-rata)"),
  nama_sumber: TEXT("Nama seperti ditulis sumber"),
  kode_instansi: TEXT("Kode instansi dasbor (kosong untuk rata-rata)"),
  nama: TEXT("Nama instansi di dasbor"),
  ipp: { type: "number", constraints: { minimum: 0, maximum: 5 }, description: "IPP seperti dipublikasikan" },
  predikat_disebut: TEXT("Predikat yang disebut sumber"),
  predikat_tangga: TEXT("Predikat menurut tangga predikat dari IPP yang dipublikasikan"),
  peringkat_disebut: TEXT("Peringkat yang disebut sumber (bisa rentang, mis. 6-7)"),
  lokus_disebut: TEXT("Nilai lokus yang disebut sumber"),
  keputusan: TEXT("Keputusan Menteri PANRB yang menetapkan"),
  sumber: TEXT("Alamat sumber"),
  catatan: TEXT("Catatan"),
  pemeriksaan: TEXT("Hasil pemeriksaan terhadap metode (konsisten, tidak-konsisten, tidak-dapat-diperiksa)"),
  bertentangan_dengan: TEXT("Baris lain yang nilainya bertentangan"),
};

const SCORE = (description: string): Column => ({
  type: "number",
  constraints: { minimum: 0, maximum: 5 },
  description,
});

/** perubahan.csv: what changed since the previous edition (src/lib/schema/changes.ts). */
const CHANGES: Record<string, Column> = {
  tahun: INT("Tahun edisi", 2000),
  tahun_sebelumnya: INT("Tahun edisi sebelumnya yang dibandingkan (kosong untuk edisi pertama)", 2000),
  jenis: {
    type: "string",
    constraints: {
      required: true,
      enum: ["predikat-naik", "predikat-turun", "predikat-tetap", "baru", "tidak-ada", "kode-berubah", "ralat"],
    },
    description:
      "Jenis perubahan: predikat naik/turun/tetap, instansi baru, tidak ada lagi, kode wilayah berubah, atau nilai diralat",
  },
  kode_instansi: REGION["kode_instansi"]!,
  nama: TEXT("Nama instansi"),
  tingkat: REGION["tingkat"]!,
  kode_provinsi: REGION["kode_provinsi"]!,
  ipp_sebelumnya: SCORE("IPP pada edisi sebelumnya"),
  ipp: SCORE("IPP pada edisi ini"),
  selisih_ipp: {
    type: "number",
    constraints: { minimum: -5, maximum: 5 },
    description: "IPP dikurangi IPP sebelumnya (nilai terbitan dua desimal); kosong bila tidak dibandingkan",
  },
  predikat_sebelumnya: TEXT("Predikat pada edisi sebelumnya"),
  predikat: TEXT("Predikat pada edisi ini"),
  langkah_predikat: {
    type: "integer",
    description: "Berapa anak tangga predikat naik (positif) atau turun (negatif)",
  },
  lokus_berganti: {
    type: "boolean",
    trueValues: ["ya"],
    falseValues: ["tidak"],
    description: "Lokus yang dievaluasi berbeda antara kedua tahun (ya/tidak)",
  },
  kode_sebelumnya: TEXT("Kode wilayah pada edisi sebelumnya (kode-berubah)"),
  kolom: TEXT("Kolom yang diralat"),
  nilai_sebelumnya: TEXT("Nilai sebelum ralat"),
  nilai_sesudah: TEXT("Nilai sesudah ralat"),
  tanggal: TEXT("Tanggal ralat (YYYY-MM-DD)"),
  alasan: TEXT("Alasan ralat"),
};

/**
 * The described column of a published CSV that is not a PEKPPP result
 * (`file` is its name, e.g. "mpp.csv"); aspect and facility columns follow
 * the evaluation's profile. Undefined for a column nobody described.
 */
export function otherColumn(file: string, column: string): Column | undefined {
  if (file === "angka-terbitan.csv") return PUBLISHED[column];
  if (file === "perubahan.csv") return CHANGES[column];
  if (column.startsWith("aspek_")) return HUNDRED(`Nilai aspek ${column.slice(6)}, 0–100 (profil asumsi)`);
  if (column.startsWith("sarana_"))
    return {
      type: "boolean",
      trueValues: ["ya"],
      falseValues: ["tidak"],
      description: `Sarana ${column.slice(7).replace(/_/g, " ")} ada (ya/tidak)`,
    };
  return EVALUATION[column];
}
