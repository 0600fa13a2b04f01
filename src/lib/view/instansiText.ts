import type { Lang } from "../format/lang.ts";
import type { Tingkat } from "../schema/master.ts";

/**
 * The words of the instansi and province pages, Indonesian first. Shared
 * words (IPP, Predikat, Peringkat…) come from src/lib/site/i18n.ts; these
 * are the ones only these pages use. Both languages share one key set, so a
 * missing translation is a type error.
 */
const id = {
  /** Nouns for a tingkat in running text; Indonesian nouns do not inflect. */
  noun: { provinsi: "provinsi", kabupaten: "kabupaten", kota: "kota", kl: "kementerian/lembaga" } satisfies Record<
    Tingkat,
    string
  >,
  kabkota: "kabupaten/kota",
  /** Short aspect names for running text; other codes fall back to the profile's name. */
  aspectShort: {
    kebijakan: "Kebijakan",
    sdm: "SDM",
    sarpras: "Sarana Prasarana",
    sipp: "SIPP",
    pengaduan: "Konsultasi dan Pengaduan",
    inovasi: "Inovasi",
  } as Record<string, string>,
  onThisPage: "Di halaman ini",
  result: "Hasil",
  resultOf: (year: number) => `Hasil PEKPPP ${year}`,
  summary: "Ringkasan",
  rankTingkat: (noun: string) => `Peringkat nasional di antara ${noun}`,
  rankProvince: (prov: string) => `Peringkat di antara kabupaten/kota di ${prov}`,
  tieNote: "Tanda = berarti peringkat itu dibagi dengan instansi lain yang nilainya sama.",
  distance: "Jarak ke predikat lain",
  up: (x: string, to: string) => `${x} lagi ke ${to}`,
  down: (x: string, to: string) => `Turun ${x} akan menjadi ${to}`,
  atTop: "Sudah di predikat tertinggi",
  changeFrom: "Perubahan",
  published: "Hanya IPP yang dipublikasikan untuk tahun ini; rincian aspek, lokus, dan rekomendasi tidak tersedia.",
  notEvaluatedTitle: (year: number) => `Tidak dievaluasi pada ${year}`,
  notEvaluatedBody: (name: string, year: number) =>
    `${name} tidak termasuk instansi yang dievaluasi dalam PEKPPP ${year} menurut data dasbor ini.`,
  otherYears: "Hasil di tahun lain",
  noOtherYears: "Belum ada hasil di tahun lain.",
  aspects: "Aspek dibanding rekan",
  aspectsIntro: (kabkota: boolean, n: number) =>
    `Nilai ${n} aspek dibanding rata-rata instansi setingkat${kabkota ? " dan rata-rata kabupaten/kota seprovinsi" : ""}. Rata-rata dihitung dasbor ini dari data tahun yang sama, bukan angka resmi.`,
  lokus: "Unit layanan (lokus)",
  lokusIntro: (n: string) => `IPP instansi adalah rata-rata IPP ${n} lokus berikut (sebelum dibulatkan).`,
  lokusCols: {
    nama: "Lokus",
    ipp: "IPP",
    predikat: "Predikat",
    f02: "F02 (evaluator)",
    f03: "F03 (pengguna)",
    responden: "Responden",
  },
  tanpaF03: "tanpa F-03",
  tanpaF03Note: "Lokus bertanda “tanpa F-03” tidak punya jawaban survei pengguna; IPP-nya sama dengan nilai F02.",
  recs: "Indikator yang paling menaikkan IPP",
  recsIntro: (lokus: string, year: number) =>
    `Angka setelah panah adalah kenaikan IPP bila semua lokus ${year} (${lokus}) mencapai nilai 5 pada indikator itu, dengan penilaian pengguna (F-03) tetap. Lokus dapat berganti dari tahun ke tahun.`,
  rec: (kode: string, nama: string, from: string, to: string, gain: string) =>
    `${nama}: naikkan dari ${from} ke ${to} → IPP ${gain} (indikator ${kode})`,
  recsNone: "Semua indikator sudah bernilai 5 di setiap lokus.",
  trend: "Tren dari tahun ke tahun",
  history: "Hasil per tahun",
  historyCols: {
    tahun: "Tahun",
    ipp: "IPP",
    predikat: "Predikat",
    rank: "Peringkat nasional",
    change: "Perubahan",
    lokus: "Lokus",
  },
  notComparable: "tidak sebanding",
  lokusChangedMark: "lokus berganti",
  lokusChangedFrom: (year: number) => `Lokus berbeda dengan ${year}:`,
  tingkatAverage: (noun: string) => `Rata-rata ${noun}`,
  distribution: "Posisi di antara semua instansi",
  distributionIntro: "Setiap titik satu instansi, diwarnai menurut predikat; instansi ini dilingkari.",
  neighbours: (name: string, from: string, to: string, of: string) =>
    `${name} dan instansi di sekitarnya (peringkat ${from}–${to} dari ${of})`,
  fullRanking: "Peringkat lengkap",
  permalink: "Alamat tetap halaman ini",
  province: "Provinsi",
  provincePage: (prov: string) => `Halaman ${prov}`,
};

export type InstansiText = typeof id;

const en: InstansiText = {
  noun: { provinsi: "provinces", kabupaten: "regencies", kota: "cities", kl: "ministries and agencies" },
  kabkota: "regencies and cities",
  aspectShort: {
    kebijakan: "Service policy",
    sdm: "Staff",
    sarpras: "Facilities",
    sipp: "Information system",
    pengaduan: "Complaints",
    inovasi: "Innovation",
  },
  onThisPage: "On this page",
  result: "Result",
  resultOf: (year) => `PEKPPP ${year} result`,
  summary: "Summary",
  rankTingkat: (noun) => `National rank among ${noun}`,
  rankProvince: (prov) => `Rank among the regencies and cities of ${prov}`,
  tieNote: "An = sign means the rank is shared with another institution of equal score.",
  distance: "Distance to the next grades",
  up: (x, to) => `${x} more to reach ${to}`,
  down: (x, to) => `A fall of ${x} would make it ${to}`,
  atTop: "Already at the top grade",
  changeFrom: "Change",
  published: "Only the IPP was published for this year; aspect, lokus and recommendation details are not available.",
  notEvaluatedTitle: (year) => `Not evaluated in ${year}`,
  notEvaluatedBody: (name, year) =>
    `${name} is not among the institutions evaluated in PEKPPP ${year}, according to this dashboard's data.`,
  otherYears: "Results in other years",
  noOtherYears: "No results in other years yet.",
  aspects: "Aspects compared with peers",
  aspectsIntro: (kabkota, n) =>
    `The ${n} aspect scores against the average of institutions of the same level${kabkota ? " and of the regencies and cities in the same province" : ""}. The averages are computed by this dashboard from the same year's data; they are not official figures.`,
  lokus: "Service units (lokus)",
  lokusIntro: (n) => `The institution's IPP is the mean of the IPPs of these ${n} lokus (before rounding).`,
  lokusCols: {
    nama: "Lokus",
    ipp: "IPP",
    predikat: "Grade",
    f02: "F02 (evaluators)",
    f03: "F03 (users)",
    responden: "Respondents",
  },
  tanpaF03: "no F-03",
  tanpaF03Note: "Lokus marked “no F-03” have no user-survey answers; their IPP equals their F02 score.",
  recs: "Indicators that would raise the IPP most",
  recsIntro: (lokus, year) =>
    `The number after the arrow is how much the IPP would rise if every ${year} lokus (${lokus}) reached 5 on that indicator, with user ratings (F-03) held fixed. The lokus can change from year to year.`,
  rec: (kode, nama, from, to, gain) => `${nama}: raise from ${from} to ${to} → IPP ${gain} (indicator ${kode})`,
  recsNone: "Every indicator already scores 5 in every lokus.",
  trend: "Trend across the years",
  history: "Results by year",
  historyCols: {
    tahun: "Year",
    ipp: "IPP",
    predikat: "Grade",
    rank: "National rank",
    change: "Change",
    lokus: "Lokus",
  },
  notComparable: "not comparable",
  lokusChangedMark: "lokus changed",
  lokusChangedFrom: (year) => `Different lokus from ${year}:`,
  tingkatAverage: (noun) => `Average of ${noun}`,
  distribution: "Position among all institutions",
  distributionIntro: "Each dot is one institution, coloured by grade; this one is circled.",
  neighbours: (name, from, to, of) => `${name} and its neighbours (ranks ${from}–${to} of ${of})`,
  fullRanking: "Full rankings",
  permalink: "Permanent address of this page",
  province: "Province",
  provincePage: (prov) => `${prov} page`,
};

export function instansiText(lang: Lang): InstansiText {
  return lang === "en" ? en : id;
}
