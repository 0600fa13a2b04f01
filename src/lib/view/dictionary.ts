import type { Lang } from "../format/lang.ts";
import { formatPercent } from "../format/number.ts";
import { PREDIKAT_CODES } from "../format/palette.ts";
import type { MethodologyProfile } from "../schema/methodology.ts";
import { aspectColumn, instansiColumns, lokusColumns } from "../schema/output.ts";

type Described = Record<string, { id: string; en: string }>;

const COMMON: Described = {
  kode_instansi: {
    id: "Kode Kemendagri bertitik (32, 32.73) atau kode K/L (KL.024)",
    en: "Dotted Kemendagri code (32, 32.73) or ministry code (KL.024)",
  },
  ipp: {
    id: "Indeks Pelayanan Publik, 0–5, dua desimal, dibulatkan setengah ke atas",
    en: "Public Service Index, 0–5, two decimals, rounded half up",
  },
  predikat: { id: "Predikat dari IPP yang sudah dibulatkan (A … F)", en: "Grade from the rounded IPP (A … F)" },
  f02: { id: "Nilai evaluator (formulir F-02), 0–5", en: "Evaluator score (form F-02), 0–5" },
  f03: {
    id: "Nilai pengguna layanan (formulir F-03), 0–5; kosong bila tidak ada",
    en: "Service users' score (form F-03), 0–5; empty when there is none",
  },
};

export const INSTANSI_DICTIONARY: Described = {
  ...COMMON,
  nama: { id: "Nama instansi", en: "Name of the institution" },
  tingkat: {
    id: "provinsi, kabupaten, kota, atau kl",
    en: "provinsi (province), kabupaten (regency), kota (city) or kl (ministry/agency)",
  },
  kode_provinsi: {
    id: "Kode provinsi induk; kosong untuk K/L",
    en: "Code of the parent province; empty for ministries",
  },
  peringkat_nasional: {
    id: "Peringkat di antara instansi setingkat, menurut aturan peringkat profil metodologi tahunnya (pekppp-2022: dari IPP sebelum pembulatan, asumsi; hanya nilai yang persis sama berbagi peringkat)",
    en: "Rank among institutions of the same level, by the tie rule of the year's methodology profile (pekppp-2022: on the IPP before rounding, an assumption; only exactly equal values share a rank)",
  },
  peringkat_provinsi: {
    id: "Peringkat kabupaten/kota di provinsinya; kosong untuk provinsi dan K/L",
    en: "Rank of a regency/city within its province; empty for provinces and ministries",
  },
  jumlah_lokus: { id: "Jumlah unit layanan (lokus) yang dinilai", en: "Number of service units (lokus) scored" },
};

export const LOKUS_DICTIONARY: Described = {
  ...COMMON,
  lokus: {
    id: "Unit layanan yang dinilai (mis. RSUD)",
    en: "The service unit scored (e.g. the regional hospital, RSUD)",
  },
  ipp_presisi: {
    id: "IPP lokus dengan empat desimal; IPP instansi adalah rata-rata nilai ini, bukan kolom ipp",
    en: "Lokus IPP to four decimals; the institution IPP is the mean of these, not of the ipp column",
  },
  jumlah_responden: { id: "Jumlah responden F-03 yang lengkap", en: "Number of complete F-03 respondents" },
  tanpa_f03: {
    id: "ya bila lokus tidak punya jawaban F-03 (IPP = F02)",
    en: "ya (yes) when the lokus has no F-03 answers (IPP = F02)",
  },
};

/**
 * The type of each published CSV column, as a Frictionless Table Schema field
 * (https://specs.frictionlessdata.io/table-schema/): what datapackage.json
 * declares and what a reader can rely on. An empty cell is a missing value.
 */
export interface ColumnType {
  readonly type: "string" | "number" | "integer" | "boolean";
  readonly constraints?: {
    readonly required?: boolean;
    readonly minimum?: number;
    readonly maximum?: number;
    readonly enum?: readonly string[];
  };
  readonly trueValues?: readonly string[];
  readonly falseValues?: readonly string[];
}

const SCORE: ColumnType = { type: "number", constraints: { minimum: 0, maximum: 5 } };
const RANK: ColumnType = { type: "integer", constraints: { minimum: 1 } };
const COUNT: ColumnType = { type: "integer", constraints: { minimum: 0 } };
const TEXT: ColumnType = { type: "string" };

const COLUMN_TYPES: Record<string, ColumnType> = {
  kode_instansi: { type: "string", constraints: { required: true } },
  nama: TEXT,
  tingkat: { type: "string", constraints: { required: true, enum: ["provinsi", "kabupaten", "kota", "kl"] } },
  kode_provinsi: TEXT,
  ipp: { type: "number", constraints: { required: true, minimum: 0, maximum: 5 } },
  ipp_presisi: { type: "number", constraints: { required: true, minimum: 0, maximum: 5 } },
  predikat: { type: "string", constraints: { required: true, enum: PREDIKAT_CODES } },
  peringkat_nasional: { ...RANK, constraints: { ...RANK.constraints, required: true } },
  peringkat_provinsi: RANK,
  f02: SCORE,
  f03: SCORE,
  jumlah_lokus: COUNT,
  lokus: { type: "string", constraints: { required: true } },
  jumlah_responden: COUNT,
  tanpa_f03: { type: "boolean", trueValues: ["ya"], falseValues: ["tidak"] },
};

/** A column's Table Schema type (an aspect column of any profile is a score); every published column has one. */
export function columnType(column: string): ColumnType {
  const t = COLUMN_TYPES[column] ?? (column.startsWith(aspectColumn("")) ? SCORE : undefined);
  if (!t) throw new Error(`kolom ${column} tidak punya tipe di kamus data`);
  return t;
}

/** The aspect columns of a profile, described from its names and weights ("bobot 24 %"). */
export function aspectDictionary(profile: Pick<MethodologyProfile, "aspek">): Described {
  return Object.fromEntries(
    profile.aspek.map((a) => [
      aspectColumn(a.kode),
      {
        id: `Nilai aspek ${a.nama} (bobot ${formatPercent(a.bobot, "id")}), 0–5`,
        en: `${a.nama_en} aspect score (weight ${formatPercent(a.bobot, "en")}), 0–5`,
      },
    ]),
  );
}

/** The columns of a published CSV in order, each with its description in `lang`; aspect columns from the year's profile. */
export function dictionary(lang: Lang, profile: Pick<MethodologyProfile, "aspek">) {
  const aspects = aspectDictionary(profile);
  const codes = profile.aspek.map((a) => a.kode);
  const rows = (cols: readonly string[], d: Described) =>
    cols.map((c) => ({ column: c, description: (d[c] ?? aspects[c])?.[lang] ?? "" }));
  return {
    instansi: rows(instansiColumns(codes), INSTANSI_DICTIONARY),
    lokus: rows(lokusColumns(codes), LOKUS_DICTIONARY),
  };
}
