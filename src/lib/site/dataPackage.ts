/**
 * datapackage.json: a Frictionless Data Package (v1,
 * https://specs.frictionlessdata.io/data-package/) describing every
 * downloadable file of the data product, so data portals and tools
 * (frictionless, CKAN, R and Python readers) can load it without reading the
 * /data/ page. It sits in /data/ beside the files, so resource paths are
 * relative to it and stay right under any BASE_PATH. Columns, types and
 * descriptions come from the data dictionary the /data/ page shows.
 */
import type { MethodologyProfile } from "../schema/methodology.ts";
import type { Manifest } from "../schema/output.ts";
import { instansiColumns, lokusColumns } from "../schema/output.ts";
import { aspectDictionary, columnType, INSTANSI_DICTIONARY, LOKUS_DICTIONARY } from "../view/dictionary.ts";
import { otherColumn } from "./otherTables.ts";

export interface DataPackageInput {
  readonly manifest: Manifest;
  /** Size in bytes of a file of the data product ("2024/pekppp-instansi.csv"). */
  readonly bytes: (path: string) => number;
  /** Absolute URL of the /data/ page, or null without SITE_URL. */
  readonly homepage: string | null;
  /** The methodology profile a year names (its aspects give the aspect columns). */
  readonly profileOf: (id: string) => Pick<MethodologyProfile, "aspek">;
  /** Every file of the data product ("2024/mpp.csv", "metodologi/pekppp-2022.json"), datapackage.json aside. */
  readonly files: readonly string[];
  /** The header row of a CSV of the data product. */
  readonly header: (path: string) => readonly string[];
}

interface Field {
  readonly name: string;
  readonly type: string;
  readonly description: string;
  readonly [more: string]: unknown;
}

export interface Resource {
  readonly name: string;
  readonly path: string;
  readonly title: string;
  readonly description: string;
  readonly format: "csv" | "json";
  readonly mediatype: string;
  readonly encoding: "utf-8";
  readonly bytes: number;
  readonly profile?: "tabular-data-resource";
  readonly dialect?: { readonly delimiter: string; readonly doubleQuote: boolean; readonly header: boolean };
  readonly schema?: {
    readonly fields: readonly Field[];
    readonly missingValues: readonly string[];
    readonly primaryKey?: readonly string[];
  };
  readonly sources?: readonly { readonly title: string; readonly path?: string }[];
}

export interface DataPackage {
  readonly profile: "data-package";
  readonly name: string;
  readonly title: string;
  readonly description: string;
  readonly homepage?: string;
  readonly keywords: readonly string[];
  readonly licenses: readonly { readonly name?: string; readonly path: string; readonly title: string }[];
  readonly sources: readonly { readonly title: string; readonly path?: string }[];
  readonly resources: readonly Resource[];
}

const IDN_AREA_DATA = {
  title: "idn-area-data (kode dan nama wilayah Kemendagri)",
  path: "https://github.com/fityannugroho/idn-area-data",
};

const CSV = {
  instansi: {
    columns: instansiColumns,
    dictionary: INSTANSI_DICTIONARY,
    key: ["kode_instansi"],
    title: "Hasil per instansi",
  },
  lokus: {
    columns: lokusColumns,
    dictionary: LOKUS_DICTIONARY,
    key: ["kode_instansi", "lokus"],
    title: "Hasil per lokus (unit layanan)",
  },
} as const;

/** What each file of the data product is, by name (a year's files get the year added). */
const TITLES: Record<string, string> = {
  "pekppp-instansi.csv": "Hasil per instansi",
  "pekppp-lokus.csv": "Hasil per lokus (unit layanan)",
  "mpp.csv": "Hasil Evaluasi Penyelenggaraan Mal Pelayanan Publik (data sampel bila tahunnya sampel)",
  "mpp.json": "Hasil Evaluasi Penyelenggaraan Mal Pelayanan Publik (JSON)",
  "rkr-unit.csv": "Hasil Pelayanan Publik Ramah Kelompok Rentan per unit",
  "rkr-unit.json": "Hasil Pelayanan Publik Ramah Kelompok Rentan per unit (JSON)",
  "instansi.json": "Daftar semua instansi dengan slug dan kode",
  "manifest.json":
    "Daftar tahun dan berkas data produk ini, dengan edisi (terbit atau draf), tanggal rilis, dan keputusannya",
  "ralat.json": "Ralat edisi yang sudah terbit: nilai yang berubah, kapan, dan mengapa",
  "penghargaan.json": "Daftar penghargaan resmi (fakta terbitan, bukan data sampel)",
  "angka-terbitan.csv": "Angka resmi yang dipublikasikan, satu baris per nilai dan sumber",
  "angka-terbitan.json": "Angka resmi yang dipublikasikan (JSON)",
  "pekppp-instansi.json": "Hasil per instansi (JSON, dengan rekomendasi dan jarak predikat)",
  "pekppp-lokus.json": "Hasil per lokus (JSON)",
  "ringkasan.json": "Ringkasan per tingkat dan per provinsi (dihitung dasbor, bukan angka resmi)",
  "perubahan.csv": "Perubahan sejak edisi sebelumnya: predikat naik/turun, instansi baru/hilang, kode, ralat",
  "perubahan.json": "Perubahan sejak edisi sebelumnya (JSON)",
  "validasi.json": "Laporan validasi: setiap baris masukan dipakai atau ditolak dengan alasan",
};

function fields(kind: keyof typeof CSV, profile: Pick<MethodologyProfile, "aspek">): Field[] {
  const { columns, dictionary } = CSV[kind];
  const aspects = aspectDictionary(profile);
  return columns(profile.aspek.map((a) => a.kode)).map((name) => ({
    name,
    ...columnType(name),
    description: (dictionary[name] ?? aspects[name])?.id ?? "",
  }));
}

const PUBLIC_SOURCES = {
  title: "Sumber terbitan (keputusan Menteri PANRB, berita dan situs pemerintah), disebut per baris",
};

/** The primary keys of the other published CSVs. */
const OTHER_KEYS: Record<string, readonly string[]> = {
  "mpp.csv": ["kode_instansi"],
  "rkr-unit.csv": ["kode_instansi", "unit"],
  "angka-terbitan.csv": ["baris"],
};

const keyOf = (key: readonly string[] | undefined) => (key?.length ? { primaryKey: key } : {});

/** The fields of another published CSV, from its header, each typed and described (src/lib/site/otherTables.ts). */
function otherFields(file: string, header: readonly string[]): Field[] {
  return header.map((name) => {
    const c = otherColumn(file, name);
    if (!c) throw new Error(`${file}: kolom ${name} tidak punya tipe dan keterangan (src/lib/site/otherTables.ts)`);
    return { name, ...c };
  });
}

/** A resource name: lower case, digits and ".-_/" only (the spec's pattern). */
const nameOf = (path: string) => path.toLowerCase().replace(/[^a-z0-9._/-]/g, "-");

function yearSource(y: Manifest["tahun"][number]): { title: string } {
  if (y.status === "sample") return { title: `Data sampel sintetis ${y.tahun}: bukan hasil evaluasi resmi` };
  return { title: y.sumber ? `PEKPPP ${y.tahun}, ${y.sumber}` : `PEKPPP ${y.tahun}, Kementerian PANRB` };
}

export function dataPackage(input: DataPackageInput): DataPackage {
  const { manifest, bytes } = input;
  const byYear = new Map(manifest.tahun.map((y) => [String(y.tahun), y]));
  const resources: Resource[] = [];
  for (const path of [...input.files].sort()) {
    const file = path.split("/").pop() ?? path;
    const year = byYear.get(path.split("/")[0] ?? "");
    const sources = year
      ? [yearSource(year), IDN_AREA_DATA]
      : file.startsWith("angka-terbitan") || file === "penghargaan.json"
        ? [PUBLIC_SOURCES]
        : path.startsWith("metodologi/") || file === "manifest.json" || file === "ralat.json"
          ? []
          : [IDN_AREA_DATA];
    const titled =
      TITLES[file] ?? (path.startsWith("metodologi/") ? `Metodologi ${file.replace(/\.json$/, "")}` : file);
    const title = year ? `${titled} ${year.tahun}` : titled;
    const common = { name: nameOf(path), path, encoding: "utf-8" as const, bytes: bytes(path), sources, title };
    if (!file.endsWith(".csv")) {
      resources.push({
        ...common,
        description: `${titled}${year ? `, tahun ${year.tahun}` : ""}.`,
        format: "json",
        mediatype: "application/json",
      });
      continue;
    }
    const csvKind = file === "pekppp-instansi.csv" ? "instansi" : file === "pekppp-lokus.csv" ? "lokus" : null;
    const schemaFields =
      csvKind && year ? fields(csvKind, input.profileOf(year.profil)) : otherFields(file, input.header(path));
    resources.push({
      ...common,
      description: `${titled}${year ? `, tahun ${year.tahun}` : ""}. Koma sebagai pemisah, titik sebagai tanda desimal; sel kosong berarti tidak ada nilai.`,
      format: "csv",
      mediatype: "text/csv",
      profile: "tabular-data-resource",
      dialect: { delimiter: ",", doubleQuote: true, header: true },
      schema: { fields: schemaFields, missingValues: [""], ...keyOf(csvKind ? CSV[csvKind].key : OTHER_KEYS[file]) },
    });
  }

  const sample = manifest.tahun.some((y) => y.status === "sample");
  const years = manifest.tahun.map((y) => y.tahun);
  const span = years.length ? `${Math.min(...years)}–${Math.max(...years)}` : "";
  return {
    profile: "data-package",
    name: "dasbor-ipp-pekppp",
    title: `Indeks Pelayanan Publik (PEKPPP) ${span}`.trim(),
    description:
      "Hasil Pemantauan dan Evaluasi Kinerja Penyelenggaraan Pelayanan Publik (PEKPPP) per instansi dan per lokus, dihitung ulang persis menurut metodenya, dengan ringkasan, laporan validasi, dan metodologi." +
      (sample ? " PERHATIAN: data ini sampel sintetis untuk mencoba dasbor, bukan hasil evaluasi resmi." : ""),
    ...(input.homepage ? { homepage: input.homepage } : {}),
    keywords: ["pelayanan publik", "PEKPPP", "IPP", "Indeks Pelayanan Publik", "Kementerian PANRB", "Indonesia"],
    licenses: [
      {
        // The site's own statement (the Lisensi section of /data/): no open licence is claimed for the results.
        path: input.homepage ? `${input.homepage}#lisensi` : "index.html",
        title: "Hasil evaluasi: informasi publik Kementerian PANRB (lihat bagian Lisensi di halaman Data)",
      },
      {
        name: "ODbL-1.0",
        path: "https://opendatacommons.org/licenses/odbl/1-0/",
        title: "Open Database License 1.0: kode dan nama wilayah dari idn-area-data",
      },
    ],
    sources: [...manifest.tahun.map(yearSource), IDN_AREA_DATA],
    resources: resources.map((r) => (r.sources && r.sources.length === 0 ? withoutSources(r) : r)),
  };
}

function withoutSources(r: Resource): Resource {
  const { sources: _sources, ...rest } = r;
  return rest;
}
