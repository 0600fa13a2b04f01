/**
 * schema.org `Dataset` as JSON-LD (https://schema.org/Dataset), for search
 * engines and data portals: on the /data/ pages (the whole data product) and
 * on each edition's home page (that year's files). Addresses are absolute
 * with SITE_URL; without it they are site addresses (under the base), which
 * JSON-LD resolves against the page's own address, so nothing pretends to
 * be absolute.
 */
import type { Lang } from "../format/lang.ts";
import type { Manifest } from "../schema/output.ts";

export interface DatasetInput {
  readonly lang: Lang;
  readonly manifest: Manifest;
  /** The columns of the per-instansi results, described (the data dictionary of the year's profile). */
  readonly columns: readonly { readonly column: string; readonly description: string }[];
  /** One year (an edition's home page), or null for the whole data product (/data/). */
  readonly year: number | null;
  /** The page's canonical address (absolute with SITE_URL). */
  readonly url: string;
  /** The address of a data file ("2024/pekppp-instansi.csv"; "datapackage.json"). */
  readonly fileUrl: (path: string) => string;
  /** Where the licence is explained (the Lisensi section of /data/). */
  readonly licenceUrl: string;
}

const MEDIA: Record<string, string> = { csv: "text/csv", json: "application/json" };

export function datasetJsonLd(o: DatasetInput): Record<string, unknown> {
  const years = o.manifest.tahun.filter((y) => o.year === null || y.tahun === o.year);
  const numbers = years.map((y) => y.tahun);
  const [from, to] = [Math.min(...numbers), Math.max(...numbers)];
  const span = from === to ? String(from) : `${from}–${to}`;
  const sample = years.some((y) => y.status === "sample");
  const en = o.lang === "en";
  const name = en ? `Public Service Index (PEKPPP) results ${span}` : `Hasil Indeks Pelayanan Publik (PEKPPP) ${span}`;
  const description =
    (en
      ? `Public Service Index (IPP, 0–5) and grade of each Indonesian province, regency, city and ministry evaluated in Kementerian PANRB's public-service performance evaluation (PEKPPP), ${span}, per institution and per service unit, rescored exactly by the published method, with the validation report and the method as data.`
      : `Indeks Pelayanan Publik (IPP, 0–5) dan predikat setiap provinsi, kabupaten, kota, dan kementerian/lembaga yang dievaluasi dalam PEKPPP Kementerian PANRB, ${span}, per instansi dan per lokus, dihitung ulang persis menurut metode yang diterbitkan, dengan laporan validasi dan metodologi sebagai data.`) +
    (sample
      ? en
        ? " WARNING: synthetic sample data for trying out the dashboard, not official evaluation results."
        : " PERHATIAN: data sampel sintetis untuk mencoba dasbor, bukan hasil evaluasi resmi."
      : "");
  const sources = years.map((y) => y.sumber).filter((s): s is string => !!s && !sample);
  const distribution = [
    ...years.flatMap((y) =>
      y.berkas.map((path) => ({
        "@type": "DataDownload",
        name: path,
        encodingFormat: MEDIA[path.split(".").pop() ?? ""] ?? "application/octet-stream",
        contentUrl: o.fileUrl(path),
      })),
    ),
    {
      "@type": "DataDownload",
      name: "datapackage.json (Frictionless Data Package)",
      encodingFormat: "application/json",
      contentUrl: o.fileUrl("datapackage.json"),
    },
  ];
  return {
    "@context": "https://schema.org",
    "@type": "Dataset",
    name,
    description,
    url: o.url,
    inLanguage: "id",
    isAccessibleForFree: true,
    license: o.licenceUrl,
    keywords: ["pelayanan publik", "PEKPPP", "Indeks Pelayanan Publik", "IPP", "Kementerian PANRB"],
    temporalCoverage: from === to ? String(from) : `${from}/${to}`,
    spatialCoverage: { "@type": "Place", name: "Indonesia" },
    // Only an official year names its publisher; sample data is made by this dashboard.
    ...(sample
      ? {}
      : {
          creator: {
            "@type": "Organization",
            name: "Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi (Kementerian PANRB)",
          },
        }),
    ...(sources.length ? { citation: sources } : {}),
    variableMeasured: o.columns.map((c) => ({
      "@type": "PropertyValue",
      name: c.column,
      description: c.description || c.column,
    })),
    distribution,
  };
}

/**
 * The text of a `<script type="application/ld+json">`: JSON with every "<"
 * written as \u003c, so no name in the data can close the element or open a
 * comment (the JSON still parses to the same value).
 */
export function jsonLdText(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}
