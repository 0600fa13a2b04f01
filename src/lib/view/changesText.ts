/**
 * The words of the changes page (/<year>/perubahan/) and of the home page's
 * one-sentence summary of it, Bahasa Indonesia first; both languages share
 * one key set, so a string missing in one is a type error.
 */
import type { Lang } from "../format/lang.ts";

const id = {
  title: (year: number) => `Perubahan ${year}`,
  description: (year: number) =>
    `Apa yang berubah pada edisi ${year} dibanding edisi sebelumnya: predikat naik dan turun, perubahan IPP terbesar, instansi baru atau tidak ada lagi, kode wilayah, dan ralat.`,
  first: (year: number) =>
    `${year} adalah edisi pertama di dasbor ini: belum ada edisi sebelumnya untuk dibandingkan. Yang dapat berubah pada edisi ini hanyalah ralat.`,
  intro: (year: number, previous: number, n: string) =>
    `Edisi ${year} dibanding edisi ${previous}. Perubahan IPP dihitung dari nilai yang diumumkan (dua desimal), untuk ${n} instansi yang dievaluasi pada kedua tahun.`,
  counts: "Naik dan turun predikat per tingkat",
  tingkat: "Tingkat",
  up: "Naik",
  down: "Turun",
  same: "Tetap",
  total: "Semua",
  upList: "Instansi yang naik predikat",
  downList: "Instansi yang turun predikat",
  noneUp: "Tidak ada instansi yang naik predikat.",
  noneDown: "Tidak ada instansi yang turun predikat.",
  biggest: (n: number) => `${n} perubahan IPP terbesar`,
  biggestUp: "IPP naik paling banyak",
  biggestDown: "IPP turun paling banyak",
  noneBiggestUp: "Tidak ada IPP yang naik.",
  noneBiggestDown: "Tidak ada IPP yang turun.",
  instansi: "Instansi",
  change: "Perubahan IPP",
  steps: "Anak tangga",
  fromTo: (previous: number, year: number) => `Predikat dan IPP ${previous} → ${year}`,
  lokusChanged: "lokus berganti",
  lokusNote:
    "Tanda “lokus berganti”: unit layanan yang dievaluasi berbeda antara kedua tahun, sehingga perubahannya membandingkan unit yang berbeda.",
  added: "Baru tahun ini",
  addedNone: (previous: number) => `Tidak ada instansi yang dievaluasi tahun ini tetapi tidak pada ${previous}.`,
  missing: "Tidak ada lagi tahun ini",
  missingNone: (previous: number) => `Semua instansi yang dievaluasi pada ${previous} dievaluasi lagi tahun ini.`,
  ippYear: (year: number) => `IPP ${year}`,
  codes: "Kode wilayah yang berubah",
  codesNone:
    "Tidak ada. Dasbor memakai satu kode Kemendagri untuk setiap wilayah pada semua edisi (38 provinsi, sesudah pemekaran Papua 2022), dan tidak ada instansi yang muncul dengan kode baru sambil kode lamanya hilang.",
  codeFrom: "Kode sebelumnya",
  codeTo: "Kode sekarang",
  errata: "Nilai yang diralat",
  errataNone: (year: number) => `Belum ada ralat untuk edisi ${year}.`,
  date: "Tanggal",
  column: "Kolom",
  before: "Sebelum",
  after: "Sesudah",
  reason: "Alasan",
  download: "Unduh semua perubahan (CSV)",
  downloadNote:
    "Satu baris per perubahan, dengan kolom jenis (predikat-naik, predikat-turun, predikat-tetap, baru, tidak-ada, kode-berubah, ralat).",
  toRanking: "Saring peringkat menurut naik atau turun predikat",
  // Home page, one sentence.
  /** `one`: the number of risers is one (English inflects, Indonesian does not). */
  homeSentence: (previous: number, up: string, down: string, _one: boolean) =>
    `Dibanding ${previous}, ${up} instansi naik predikat dan ${down} instansi turun predikat.`,
  homeLink: "Lihat semua perubahan",
  homeFirst: "Edisi pertama: belum ada edisi sebelumnya untuk dibandingkan.",
};

type ChangesText = typeof id;

const en: ChangesText = {
  title: (year) => `Changes in ${year}`,
  description: (year) =>
    `What changed in the ${year} edition since the previous one: predikat up and down, the largest IPP changes, institutions new or no longer evaluated, region codes, and errata.`,
  first: (year) =>
    `${year} is the first edition on this dashboard: there is no earlier edition to compare with. The only changes this edition can have are errata.`,
  intro: (year, previous, n) =>
    `The ${year} edition compared with the ${previous} edition. IPP changes are taken on the published values (two decimals), for the ${n} institutions evaluated in both years.`,
  counts: "Predikat up and down per level",
  tingkat: "Level",
  up: "Up",
  down: "Down",
  same: "Unchanged",
  total: "All",
  upList: "Institutions whose predikat rose",
  downList: "Institutions whose predikat fell",
  noneUp: "No institution's predikat rose.",
  noneDown: "No institution's predikat fell.",
  biggest: (n) => `The ${n} largest IPP changes`,
  biggestUp: "Largest IPP rises",
  biggestDown: "Largest IPP falls",
  noneBiggestUp: "No IPP rose.",
  noneBiggestDown: "No IPP fell.",
  instansi: "Institution",
  change: "IPP change",
  steps: "Steps",
  fromTo: (previous, year) => `Predikat and IPP ${previous} → ${year}`,
  lokusChanged: "lokus changed",
  lokusNote:
    "Marked “lokus changed”: the service units evaluated differ between the two years, so the change compares different units.",
  added: "New this year",
  addedNone: (previous) => `No institution was evaluated this year that was not in ${previous}.`,
  missing: "No longer evaluated this year",
  missingNone: (previous) => `Every institution evaluated in ${previous} was evaluated again this year.`,
  ippYear: (year) => `IPP ${year}`,
  codes: "Region codes that changed",
  codesNone:
    "None. The dashboard uses one Kemendagri code for each region in every edition (38 provinces, after the 2022 Papua split), and no institution appears under a new code while its old one disappears.",
  codeFrom: "Previous code",
  codeTo: "Code now",
  errata: "Values revised by errata",
  errataNone: (year) => `No errata for the ${year} edition yet.`,
  date: "Date",
  column: "Column",
  before: "Before",
  after: "After",
  reason: "Reason",
  download: "Download every change (CSV)",
  downloadNote:
    "One row per change, with a jenis column (predikat-naik, predikat-turun, predikat-tetap, baru, tidak-ada, kode-berubah, ralat).",
  toRanking: "Filter the rankings by predikat up or down",
  homeSentence: (previous, up, down, one) =>
    `Compared with ${previous}, ${up} ${one ? "institution" : "institutions"} rose a predikat and ${down} fell one.`,
  homeLink: "See every change",
  homeFirst: "First edition: there is no earlier edition to compare with.",
};

export function changesText(lang: Lang): ChangesText {
  return lang === "en" ? en : id;
}
