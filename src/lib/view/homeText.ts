/**
 * The words of the home page, Bahasa Indonesia first. Kept out of the shared
 * i18n.ts so this page can grow its vocabulary alone; both languages share
 * one key set, so a string missing in one is a type error.
 */
import type { Lang } from "../format/lang.ts";
import type { Tingkat } from "../schema/master.ts";

const id = {
  title: (year: number) => `Indeks Pelayanan Publik ${year}`,
  description: (year: number, n: string) =>
    `Hasil evaluasi pelayanan publik ${year} untuk ${n} instansi: predikat per tingkat, rata-rata IPP, yang tertinggi dan terendah, dan yang paling banyak berubah.`,
  quickNav: "Jalan pintas",
  toRanking: "Peringkat lengkap",
  toRankingHint: "Semua instansi, bisa disaring",
  toMap: "Peta predikat",
  toMapHint: "Provinsi dan kabupaten/kota",
  toSearch: "Cari instansi",
  toSearchHint: "Nilai satu pemda atau K/L",
  perTingkat: "Per tingkat",
  evaluatedOf: (n: string, of: string) => `${n} dari ${of} dievaluasi`,
  mean: "Rata-rata IPP",
  median: "median",
  noMean: "Belum ada nilai",
  publishedBeside: (pemda: string | null) =>
    pemda === null
      ? "(angka nyata dari sumber publik, di luar data dasbor)"
      : `(angka nyata dari sumber publik, di luar data dasbor; rata-rata pemda yang dihitung dasbor: ${pemda})`,
  predikatCounts: "Jumlah per predikat",
  rankingOf: (plural: string) => `Peringkat ${plural}`,
  topBottom: "Tertinggi dan terendah",
  topBottomIntro: "Peringkat dihitung di dalam tingkatnya; tanda = berarti nilai sama dengan instansi lain.",
  top: (n: number) => `${n} tertinggi`,
  bottom: (n: number) => `${n} terendah`,
  tiedOmitted: (n: string) => `dan ${n} lagi dengan nilai yang sama`,
  movers: (previous: number) => `Perubahan terbesar sejak ${previous}`,
  moversIntro: (previous: number, n: string) =>
    `Dihitung dari nilai IPP yang diumumkan (dua desimal), hanya untuk ${n} instansi yang dievaluasi pada ${previous} dan tahun ini.`,
  up: "Naik paling banyak",
  down: "Turun paling banyak",
  noneUp: "Tidak ada yang naik.",
  noneDown: "Tidak ada yang turun.",
  change: "Perubahan",
  moversFirst: "Perubahan dari tahun sebelumnya",
  moversNone: "Ini tahun pertama di dasbor, jadi belum ada perbandingan dengan tahun sebelumnya.",
  moversProfile: (previous: number, a: string, b: string) =>
    `Tahun ${previous} dinilai dengan metodologi lain (${b}, tahun ini ${a}), jadi nilainya tidak dibandingkan: selisihnya bisa berasal dari perubahan instrumen, bukan dari pelayanan.`,
  mapHeading: "Peta predikat provinsi",
  chartsHeading: "Grafik",
  moreHeading: "Selanjutnya",
  instansi: "Instansi",
  tingkat: "Tingkat",
  /** A count of one: English needs the singular, Indonesian nouns do not inflect (i18n.ts only has plurals). */
  tingkatOne: { provinsi: "provinsi", kabupaten: "kabupaten", kota: "kota", kl: "K/L" } satisfies Record<
    Tingkat,
    string
  >,
};

type HomeText = typeof id;

const en: HomeText = {
  title: (year) => `Public Service Index ${year}`,
  description: (year, n) =>
    `Results of the ${year} public-service evaluation for ${n} institutions: grades by level, mean IPP, the highest and lowest, and the biggest movers.`,
  quickNav: "Shortcuts",
  toRanking: "Full rankings",
  toRankingHint: "Every institution, filterable",
  toMap: "Grade map",
  toMapHint: "Provinces and regencies/cities",
  toSearch: "Find an institution",
  toSearchHint: "One region or ministry",
  perTingkat: "By level",
  evaluatedOf: (n, of) => `${n} of ${of} evaluated`,
  mean: "Mean IPP",
  median: "median",
  noMean: "No scores yet",
  publishedBeside: (pemda) =>
    pemda === null
      ? "(a real figure from a public source, outside the dashboard's data)"
      : `(a real figure from a public source, outside the dashboard's data; the dashboard's computed mean of regional governments: ${pemda})`,
  predikatCounts: "Count per grade",
  rankingOf: (plural) => `Ranking of ${plural}`,
  topBottom: "Highest and lowest",
  topBottomIntro: "Ranks are within each level; = means the score is shared with another institution.",
  top: (n) => `Top ${n}`,
  bottom: (n) => `Bottom ${n}`,
  tiedOmitted: (n) => `and ${n} more with the same score`,
  movers: (previous) => `Biggest changes since ${previous}`,
  moversIntro: (previous, n) =>
    `Computed from the published IPP (two decimals), only for the ${n} institutions evaluated both in ${previous} and this year.`,
  up: "Biggest rises",
  down: "Biggest falls",
  noneUp: "None rose.",
  noneDown: "None fell.",
  change: "Change",
  moversFirst: "Change from the previous year",
  moversNone: "This is the first year in the dashboard, so there is no earlier year to compare with.",
  moversProfile: (previous, a, b) =>
    `${previous} was scored with another methodology (${b}; this year ${a}), so the scores are not compared: a difference could come from the change of instrument rather than from the services.`,
  mapHeading: "Grade map of the provinces",
  chartsHeading: "Charts",
  moreHeading: "Next",
  instansi: "Institution",
  tingkat: "Level",
  tingkatOne: { provinsi: "province", kabupaten: "regency", kota: "city", kl: "ministry/agency" },
};

export function homeText(lang: Lang): HomeText {
  return lang === "en" ? en : id;
}
