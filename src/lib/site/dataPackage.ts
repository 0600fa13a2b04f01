/**
 * datapackage.json: a Frictionless Data Package (v1,
 * https://specs.frictionlessdata.io/data-package/) describing every
 * downloadable file of the data product, so data portals and tools
 * (frictionless, CKAN, R and Python readers) can load it without reading the
 * /data/ page. It sits in /data/ beside the files, so resource paths are
 * relative to it and stay right under any BASE_PATH. Columns, types and
 * descriptions come from the data dictionary the /data/ page shows.
 */
import type { Manifest } from "../schema/output.ts";
import { INSTANSI_COLUMNS, LOKUS_COLUMNS } from "../schema/output.ts";
import { columnType, INSTANSI_DICTIONARY, LOKUS_DICTIONARY } from "../view/dictionary.ts";

export interface DataPackageInput {
  readonly manifest: Manifest;
  /** Size in bytes of a file of the data product ("2024/pekppp-instansi.csv"). */
  readonly bytes: (path: string) => number;
  /** Absolute URL of the /data/ page, or null without SITE_URL. */
  readonly homepage: string | null;
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
    readonly primaryKey: readonly string[];
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
    columns: INSTANSI_COLUMNS,
    dictionary: INSTANSI_DICTIONARY,
    key: ["kode_instansi"],
    title: "Hasil per instansi",
  },
  lokus: {
    columns: LOKUS_COLUMNS,
    dictionary: LOKUS_DICTIONARY,
    key: ["kode_instansi", "lokus"],
    title: "Hasil per lokus (unit layanan)",
  },
} as const;

const JSON_TITLES: Record<string, string> = {
  "pekppp-instansi.json": "Hasil per instansi (JSON, dengan rekomendasi dan jarak predikat)",
  "pekppp-lokus.json": "Hasil per lokus (JSON)",
  "ringkasan.json": "Ringkasan per tingkat dan per provinsi (dihitung dasbor, bukan angka resmi)",
  "validasi.json": "Laporan validasi: setiap baris masukan dipakai atau ditolak dengan alasan",
};

function fields(kind: keyof typeof CSV): Field[] {
  const { columns, dictionary } = CSV[kind];
  return columns.map((name) => ({ name, ...columnType(name), description: dictionary[name]?.id ?? "" }));
}

/** A resource name: lower case, digits and ".-_/" only (the spec's pattern). */
const nameOf = (path: string) => path.toLowerCase().replace(/[^a-z0-9._/-]/g, "-");

function yearSource(y: Manifest["tahun"][number]): { title: string } {
  if (y.status === "sample") return { title: `Data sampel sintetis ${y.tahun}: bukan hasil evaluasi resmi` };
  return { title: y.sumber ? `PEKPPP ${y.tahun}, ${y.sumber}` : `PEKPPP ${y.tahun}, Kementerian PANRB` };
}

export function dataPackage(input: DataPackageInput): DataPackage {
  const { manifest, bytes } = input;
  const resources: Resource[] = [];
  for (const y of manifest.tahun) {
    const sources = [yearSource(y), IDN_AREA_DATA];
    for (const path of y.berkas) {
      const file = path.split("/").pop() ?? path;
      const csvKind = file === "pekppp-instansi.csv" ? "instansi" : file === "pekppp-lokus.csv" ? "lokus" : null;
      const common = { name: nameOf(path), path, encoding: "utf-8" as const, bytes: bytes(path), sources };
      if (csvKind)
        resources.push({
          ...common,
          title: `${CSV[csvKind].title} ${y.tahun}`,
          description: `${CSV[csvKind].title}, tahun ${y.tahun}. Koma sebagai pemisah, titik sebagai tanda desimal; sel kosong berarti tidak ada nilai.`,
          format: "csv",
          mediatype: "text/csv",
          profile: "tabular-data-resource",
          dialect: { delimiter: ",", doubleQuote: true, header: true },
          schema: { fields: fields(csvKind), missingValues: [""], primaryKey: CSV[csvKind].key },
        });
      else
        resources.push({
          ...common,
          title: `${JSON_TITLES[file] ?? file} ${y.tahun}`,
          description: `${JSON_TITLES[file] ?? file}, tahun ${y.tahun}.`,
          format: "json",
          mediatype: "application/json",
        });
    }
  }
  const json = (path: string, title: string, sources = [IDN_AREA_DATA]): Resource => ({
    name: nameOf(path),
    path,
    title,
    description: `${title}.`,
    format: "json",
    mediatype: "application/json",
    encoding: "utf-8",
    bytes: bytes(path),
    sources,
  });
  resources.push(json("instansi.json", "Daftar semua instansi dengan slug dan kode"));
  resources.push(json("manifest.json", "Daftar tahun dan berkas data produk ini", []));
  for (const p of [...new Set(manifest.tahun.map((y) => y.profil))])
    resources.push(json(`metodologi/${p}.json`, `Metodologi ${p}: aspek, bobot, pembulatan, dan tabel predikat`, []));

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
