/**
 * The words of the ranking page, Bahasa Indonesia first; both languages
 * share one key set. Templates with {n} are filled in by the browser script,
 * so they travel as data attributes and stay plain strings.
 */
import type { Lang } from "../format/lang.ts";

const id = {
  title: (year: number) => `Peringkat IPP ${year}`,
  description: (year: number, n: string) =>
    `Peringkat Indeks Pelayanan Publik ${year} untuk ${n} instansi: provinsi, kabupaten, kota, dan kementerian/lembaga, dengan predikat dan perubahan dari tahun sebelumnya.`,
  intro:
    "Peringkat dihitung di dalam tiap tingkat (provinsi, kabupaten, kota, K/L), seperti dalam keputusan Menteri PANRB. Tanda = berarti nilainya sama dengan instansi lain.",
  caption: (year: number, n: string) => `Peringkat IPP ${year}: ${n} instansi, per tingkat`,
  jumpTo: "Langsung ke",
  filters: "Saring tabel",
  tingkat: "Tingkat",
  tingkatAll: "Semua tingkat",
  provinsi: "Provinsi",
  provinsiAll: "Semua provinsi",
  predikatAll: "Semua predikat",
  move: (previous: number) => `Predikat sejak ${previous}`,
  moveAll: "Semua",
  moveUp: "Naik predikat",
  moveDown: "Turun predikat",
  moveSame: "Tetap",
  toChanges: (previous: number) => `Semua perubahan sejak ${previous}`,
  name: "Nama",
  namePlaceholder: "mis. Sleman, Kemenkes",
  reset: "Hapus saringan",
  instansi: "Instansi",
  change: (previous: number) => `Perubahan dari ${previous}`,
  noPrevious: "Ini tahun pertama di dasbor, jadi tidak ada kolom perubahan.",
  tieRulePrecise:
    "Peringkat dihitung dari IPP sebelum pembulatan (asumsi, mengikuti peringkat terbitan 2025), sehingga IPP yang tampak sama dapat berperingkat berbeda; peringkat dibagi (=) hanya bila nilainya persis sama.",
  tieRuleRounded: "Peringkat dihitung dari IPP yang dibulatkan; IPP sama berbagi peringkat (=).",
  publishedMark: (n: string) =>
    `◆ menandai ${n} instansi yang punya angka resmi terbitan tahun ini (angka nyata, di luar data dasbor):`,
  profileDiffers: (previous: number) =>
    `Tahun ${previous} dinilai dengan metodologi lain, jadi perubahannya tidak dihitung.`,
  changeNote: (previous: number) =>
    `Perubahan dihitung dari nilai yang diumumkan (dua desimal); – berarti tidak dievaluasi pada ${previous}.`,
  national: "– (nasional)",
  statusAll: "Menampilkan semua {n} instansi.",
  statusSome: "Menampilkan {n} dari {total} instansi.",
  statusNone: "Tidak ada instansi yang cocok dengan saringan ini.",
  sortBy: "Urutkan menurut",
  download: "Unduh CSV",
  downloadHint: "semua kolom, termasuk nilai per aspek",
};

type RankingText = typeof id;

const en: RankingText = {
  title: (year) => `IPP rankings ${year}`,
  description: (year, n) =>
    `Public Service Index ${year} rankings of ${n} institutions: provinces, regencies, cities and ministries/agencies, with their grade and change from the previous year.`,
  intro:
    "Ranks are within each level (province, regency, city, ministry/agency), as in the PANRB minister's decree. = means the score is shared with another institution.",
  caption: (year, n) => `IPP rankings ${year}: ${n} institutions, by level`,
  jumpTo: "Jump to",
  filters: "Filter the table",
  tingkat: "Level",
  tingkatAll: "All levels",
  provinsi: "Province",
  provinsiAll: "All provinces",
  predikatAll: "All grades",
  name: "Name",
  namePlaceholder: "e.g. Sleman, Kemenkes",
  reset: "Clear filters",
  move: (previous) => `Predikat since ${previous}`,
  moveAll: "All",
  moveUp: "Predikat up",
  moveDown: "Predikat down",
  moveSame: "Unchanged",
  toChanges: (previous) => `Every change since ${previous}`,
  instansi: "Institution",
  change: (previous) => `Change from ${previous}`,
  noPrevious: "This is the first year in the dashboard, so there is no change column.",
  tieRulePrecise:
    "Ranks are taken on the IPP before rounding (an assumption, following the published 2025 ranks), so IPPs that look equal can rank differently; a rank is shared (=) only by exactly equal values.",
  tieRuleRounded: "Ranks are taken on the rounded IPP; equal IPPs share a rank (=).",
  publishedMark: (n) =>
    `◆ marks the ${n} institutions with an official figure published for this year (real figures, outside the dashboard's data):`,
  profileDiffers: (previous) => `${previous} was scored with another methodology, so the change is not computed.`,
  changeNote: (previous) =>
    `Change is computed from the published scores (two decimals); – means not evaluated in ${previous}.`,
  national: "– (national)",
  statusAll: "Showing all {n} institutions.",
  statusSome: "Showing {n} of {total} institutions.",
  statusNone: "No institution matches these filters.",
  sortBy: "Sort by",
  download: "Download CSV",
  downloadHint: "every column, including the aspect scores",
};

export function rankingText(lang: Lang): RankingText {
  return lang === "en" ? en : id;
}
