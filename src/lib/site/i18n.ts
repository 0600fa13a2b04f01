import type { Lang } from "../format/lang.ts";
import type { PageKind } from "./routes.ts";

/**
 * The words of the interface, Bahasa Indonesia first. Both languages share one
 * key set, so a string missing in one language is a type error.
 */
const id = {
  siteName: "Dasbor Indeks Pelayanan Publik",
  siteShort: "Dasbor IPP",
  tagline: "Hasil Pemantauan dan Evaluasi Kinerja Penyelenggaraan Pelayanan Publik (PEKPPP) Kementerian PANRB",
  skipToContent: "Langsung ke isi",
  nav: {
    home: "Beranda",
    ranking: "Peringkat",
    instansi: "Instansi",
    province: "Provinsi",
    map: "Peta",
    method: "Metodologi",
    data: "Data",
    search: "Cari",
    mpp: "Mal Pelayanan Publik",
    rkr: "Ramah Kelompok Rentan",
    awards: "Penghargaan",
    published: "Angka resmi",
    changes: "Perubahan",
  } satisfies Record<PageKind, string>,
  mainNav: "Navigasi utama",
  /** The phone header's disclosure holding the navigation and the language and year switches. */
  menu: "Menu",
  language: "Bahasa",
  otherLanguage: "English",
  otherLanguageCode: "en",
  year: "Tahun",
  edition: "Edisi",
  latest: "terbaru",
  editionsNav: "Halaman ini di tahun lain",
  searchLabel: "Cari instansi",
  searchPlaceholder: "Provinsi, kab/kota, atau K/L",
  searchButton: "Cari",
  sampleTitle: "Data sampel, bukan hasil resmi",
  sampleBody:
    "Angka di halaman ini dibuat dari data sintetis untuk mencoba dasbor. Beberapa instansi disetel agar cocok dengan angka resmi yang pernah diumumkan; selebihnya rekaan. Jangan mengutip angka ini sebagai hasil evaluasi.",
  sampleBodyShort: "Angka rekaan untuk mencoba dasbor; jangan dikutip sebagai hasil evaluasi.",
  sampleShort: "Data sampel (sintetis)",
  sampleHead: "Data sampel (sintetis), bukan hasil resmi",
  noticeLabel: "Tentang data dan edisi ini",
  noticeMore: "Selengkapnya",
  officialSource: "Sumber",
  footerAbout: "Nilai dihitung ulang dari data PEKPPP menurut metodenya. Kode wilayah: Kemendagri.",
  footerAboutSample:
    "Semua angka di situs ini berasal dari data sampel sintetis yang dinilai dengan metode PEKPPP untuk mencoba dasbor; bukan hasil evaluasi. Kode wilayah: Kemendagri.",
  latestHint: "terbaru: alamat yang selalu menampilkan tahun terakhir; alamat bertahun tetap untuk dikutip",
  footerLicence: "Kode: lisensi MIT. Data wilayah: idn-area-data (ODbL).",
  tingkat: { provinsi: "Provinsi", kabupaten: "Kabupaten", kota: "Kota", kl: "Kementerian/Lembaga" },
  tingkatPlural: { provinsi: "provinsi", kabupaten: "kabupaten", kota: "kota", kl: "K/L" },
  notEvaluated: "Tidak dievaluasi",
  ipp: "IPP",
  ippLong: "Indeks Pelayanan Publik",
  predikat: "Predikat",
  rank: "Peringkat",
  nationalRank: "Peringkat nasional",
  provincialRank: "Peringkat di provinsi",
  noscriptNote: "Tabel ini lengkap tanpa JavaScript; dengan JavaScript Anda dapat mengurutkan dan menyaring.",
};

type Dict = typeof id;

const en: Dict = {
  siteName: "Public Service Index Dashboard",
  siteShort: "IPP Dashboard",
  tagline: "Results of Kementerian PANRB's public-service performance evaluation (PEKPPP)",
  skipToContent: "Skip to content",
  nav: {
    home: "Home",
    ranking: "Rankings",
    instansi: "Institution",
    province: "Province",
    map: "Map",
    method: "Method",
    data: "Data",
    search: "Search",
    mpp: "Public Service Malls",
    rkr: "Friendly to vulnerable groups",
    awards: "Awards",
    published: "Official figures",
    changes: "Changes",
  },
  mainNav: "Main navigation",
  menu: "Menu",
  language: "Language",
  otherLanguage: "Bahasa Indonesia",
  otherLanguageCode: "id",
  year: "Year",
  edition: "Edition",
  latest: "latest",
  editionsNav: "This page in other years",
  searchLabel: "Search institutions",
  searchPlaceholder: "Region or ministry",
  searchButton: "Search",
  sampleTitle: "Sample data, not official results",
  sampleBody:
    "The figures on this page come from synthetic data made to try out the dashboard. A few institutions are tuned to match officially announced figures; the rest are invented. Do not cite these figures as evaluation results.",
  sampleBodyShort: "Invented figures for trying out the dashboard; do not cite them as evaluation results.",
  sampleShort: "Sample data (synthetic)",
  sampleHead: "Sample data (synthetic), not official results",
  noticeLabel: "About this data and edition",
  noticeMore: "More",
  officialSource: "Source",
  footerAbout: "Scores recomputed from PEKPPP data by its method. Region codes: Kemendagri.",
  footerAboutSample:
    "Every figure on this site comes from synthetic sample data scored with the PEKPPP method to try out the dashboard; none is an evaluation result. Region codes: Kemendagri.",
  latestHint: "latest: the address that always shows the newest year; a year's address stays the same for citing",
  footerLicence: "Code: MIT licence. Region data: idn-area-data (ODbL).",
  tingkat: { provinsi: "Province", kabupaten: "Regency", kota: "City", kl: "Ministry/Agency" },
  tingkatPlural: { provinsi: "provinces", kabupaten: "regencies", kota: "cities", kl: "ministries/agencies" },
  notEvaluated: "Not evaluated",
  ipp: "IPP",
  ippLong: "Public Service Index",
  predikat: "Grade",
  rank: "Rank",
  nationalRank: "National rank",
  provincialRank: "Rank in province",
  noscriptNote: "This table is complete without JavaScript; with JavaScript you can sort and filter it.",
};

export type Strings = Dict;

export function strings(lang: Lang): Strings {
  return lang === "en" ? en : id;
}
