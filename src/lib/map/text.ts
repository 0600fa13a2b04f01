/**
 * The map's words, Bahasa Indonesia first. Kept apart from the site's
 * i18n.ts so the map can grow its vocabulary without touching shared files;
 * both languages share one key set, so a missing string is a type error.
 */
import type { Lang } from "../format/lang.ts";
import type { MapLevel } from "./topology.ts";

const id = {
  title: "Peta predikat",
  description: (year: number) => `Peta predikat Indeks Pelayanan Publik ${year} per provinsi dan kabupaten/kota.`,
  level: { provinsi: "Provinsi", kabkota: "Kabupaten/kota" } satisfies Record<MapLevel, string>,
  levelPlural: { provinsi: "provinsi", kabkota: "kabupaten/kota" } satisfies Record<MapLevel, string>,
  levelLabel: "Tingkat",
  yearLabel: "Tahun",
  searchLabel: "Cari wilayah di peta",
  searchPlaceholder: "mis. Bandung, Maluku",
  searchButton: "Tampilkan",
  searchNone: "Tidak ada wilayah yang cocok.",
  searchFound: "Peta diperbesar ke {name}.",
  legendTitle: "Predikat menurut batas IPP Permen PANRB 29/2022",
  notEvaluated: "Tidak dievaluasi",
  unavailable:
    "Batas wilayah tidak tersedia saat situs ini dibangun, jadi peta wilayah tidak dapat digambar. Tabel di bawah tetap memuat semua wilayah.",
  loading: "Memuat peta interaktif…",
  loadFailed: "Peta interaktif gagal dimuat; peta statis di atas tetap berlaku.",
  skipMap: "Lewati peta, ke tabel wilayah",
  mapLabel: "Peta interaktif predikat",
  keyboardHint:
    "Tab berpindah antarwilayah, Enter membuka halamannya. Di layar sentuh: ketuk untuk melihat nilai, ketuk lagi untuk membuka.",
  svgLabel: (level: string, year: number | string) => `Peta predikat ${level} ${year}`,
  tileTitle: "Peta petak 38 provinsi",
  tileNote:
    "Setiap provinsi satu petak yang sama besar, disusun kira-kira menurut letaknya, agar provinsi yang kecil tidak tenggelam oleh yang luas.",
  tileUnplaced: (codes: string) => `Provinsi tanpa petak (tata letak perlu diperbarui): ${codes}.`,
  provinceColour: "Warna provinsi adalah predikat pemerintah provinsi itu sendiri, bukan rata-rata kabupaten/kotanya.",
  tableTitle: (level: string) => `Predikat ${level}`,
  tableFold: (count: string, level: string) => `Tampilkan tabel ${count} ${level}`,
  region: "Wilayah",
  fullMap: "Buka peta lengkap",
  notesTitle: "Catatan tentang batas wilayah",
  missingGeometry: (n: number) => `${n} wilayah tidak punya batas di peta dan hanya ada di tabel.`,
  notInMaster: (n: number) => `${n} wilayah di peta tidak dikenal daftar wilayah dan tampil tanpa data.`,
  markerNote: "Wilayah yang terlalu kecil untuk skala ini digambar sebagai tanda belah ketupat.",
  sampleNotice: "Data sampel rekaan, bukan hasil resmi",
  openPage: "Buka halamannya →",
  tapHint: "Ketuk wilayah untuk melihat nilainya; ketuk lagi atau tautannya untuk membuka halamannya.",
  tileKeyTitle: "Kode petak",
};

type Dict = typeof id;

const en: Dict = {
  title: "Map of grades",
  description: (year: number) => `Map of the ${year} Public Service Index grades by province, regency and city.`,
  level: { provinsi: "Provinces", kabkota: "Regencies/cities" },
  levelPlural: { provinsi: "provinces", kabkota: "regencies and cities" },
  levelLabel: "Level",
  yearLabel: "Year",
  searchLabel: "Find a region on the map",
  searchPlaceholder: "e.g. Bandung, Maluku",
  searchButton: "Show",
  searchNone: "No region matches.",
  searchFound: "Map zoomed to {name}.",
  legendTitle: "Grades by the IPP thresholds of Permen PANRB 29/2022",
  notEvaluated: "Not evaluated",
  unavailable:
    "Region boundaries were not available when this site was built, so the map cannot be drawn. The table below still lists every region.",
  loading: "Loading the interactive map…",
  loadFailed: "The interactive map could not load; the static map above still applies.",
  skipMap: "Skip the map, go to the table of regions",
  mapLabel: "Interactive map of grades",
  keyboardHint:
    "Tab moves between regions, Enter opens a region's page. On a touch screen: tap to see the score, tap again to open.",
  svgLabel: (level: string, year: number | string) => `Map of ${year} grades, ${level}`,
  tileTitle: "Tile map of the 38 provinces",
  tileNote:
    "Each province is one tile of the same size, placed roughly where it lies, so small provinces are not drowned by large ones.",
  tileUnplaced: (codes: string) => `Provinces without a tile (the layout needs updating): ${codes}.`,
  provinceColour:
    "A province's colour is the grade of the provincial government itself, not an average of its regencies and cities.",
  tableTitle: (level: string) => `Grades of ${level} in`,
  tableFold: (count: string, level: string) => `Show the table of ${count} ${level}`,
  region: "Region",
  fullMap: "Open the full map",
  notesTitle: "Notes on the boundaries",
  missingGeometry: (n: number) => `${n} regions have no boundary on the map and are in the table only.`,
  notInMaster: (n: number) => `${n} regions on the map are unknown to the region list and are shown without data.`,
  markerNote: "Regions too small for this scale are drawn as a small diamond.",
  sampleNotice: "Invented sample data, not official results",
  openPage: "Open its page →",
  tapHint: "Tap a region to see its score; tap again or follow the link to open its page.",
  tileKeyTitle: "Tile codes",
};

export type MapText = Dict;

export function mapText(lang: Lang): MapText {
  return lang === "en" ? en : id;
}

/**
 * The boundary source's credit line in the page's language. The geo build
 * writes it in Indonesian ("Batas wilayah: cahyadsn/wilayah_boundaries
 * (MIT)"); the source's name is a proper name and stays.
 */
export function boundaryCredit(attribution: string, lang: Lang): string {
  return lang === "en" ? attribution.replace(/^Batas wilayah:/, "Boundaries:") : attribution;
}
