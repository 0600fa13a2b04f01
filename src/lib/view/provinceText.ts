import type { Lang } from "../format/lang.ts";

/** The words only the province page uses, Indonesian first; shared ones are in src/lib/site/i18n.ts. */
const id = {
  own: (year: number) => `Hasil pemerintah provinsi, ${year}`,
  ownRank: "Peringkat di antara provinsi",
  ownLink: (name: string) => `Rincian ${name}: aspek, lokus, rekomendasi`,
  notEvaluated: (name: string, year: number) => `${name} tidak dievaluasi dalam PEKPPP ${year}.`,
  kabkota: "Kabupaten dan kota",
  kabkotaIntro: "Diurutkan menurut peringkat di provinsi; nilai sama berbagi peringkat (tanda =).",
  table: (name: string, year: number) => `Kabupaten/kota di ${name}, PEKPPP ${year}`,
  cols: {
    rank: "Peringkat di provinsi",
    nama: "Kabupaten/kota",
    tingkat: "Tingkat",
    ipp: "IPP",
    predikat: "Predikat",
    national: "Peringkat nasional",
  },
  distribution: "Sebaran predikat",
  mean: "Rata-rata IPP kabupaten/kota",
  meanNote: "dihitung dasbor ini dari data yang sama, bukan angka resmi",
  evaluatedLabel: "Kabupaten/kota yang dievaluasi",
  evaluated: (n: string, of: string) => `${n} dari ${of}`,
  countsCaption: "Jumlah kabupaten/kota per predikat",
  count: "Jumlah",
  map: "Peta",
  meanSentence: (n: string, mean: string, counts: string) =>
    `Rata-rata IPP ${n} kabupaten/kota-nya ${mean}: ${counts}.`,
  notEvaluatedCount: (n: string) => `${n} tidak dievaluasi.`,
  noneEvaluated: (year: number) => `Tidak ada kabupaten/kota-nya yang dievaluasi pada ${year}.`,
  extremes: (hi: string, lo: string) => `Tertinggi ${hi}; terendah ${lo}.`,
  rated: "berpredikat",
  and: "dan",
};

export type ProvinceText = typeof id;

const en: ProvinceText = {
  own: (year) => `The provincial government's result, ${year}`,
  ownRank: "Rank among provinces",
  ownLink: (name) => `${name} in detail: aspects, lokus, recommendations`,
  notEvaluated: (name, year) => `${name} was not evaluated in PEKPPP ${year}.`,
  kabkota: "Regencies and cities",
  kabkotaIntro: "Ordered by rank within the province; equal scores share a rank (marked =).",
  table: (name, year) => `Regencies and cities of ${name}, PEKPPP ${year}`,
  cols: {
    rank: "Rank in province",
    nama: "Regency/city",
    tingkat: "Level",
    ipp: "IPP",
    predikat: "Grade",
    national: "National rank",
  },
  distribution: "Grades",
  mean: "Mean IPP of the regencies and cities",
  meanNote: "computed by this dashboard from the same data, not an official figure",
  evaluatedLabel: "Regencies and cities evaluated",
  evaluated: (n, of) => `${n} of ${of}`,
  countsCaption: "Regencies and cities per grade",
  count: "Number",
  map: "Map",
  meanSentence: (n, mean, counts) => `Its ${n} regencies and cities average an IPP of ${mean}: ${counts}.`,
  notEvaluatedCount: (n) => `${n} were not evaluated.`,
  noneEvaluated: (year) => `None of its regencies and cities was evaluated in ${year}.`,
  extremes: (hi, lo) => `Highest ${hi}; lowest ${lo}.`,
  rated: "rated",
  and: "and",
};

export function provinceText(lang: Lang): ProvinceText {
  return lang === "en" ? en : id;
}
