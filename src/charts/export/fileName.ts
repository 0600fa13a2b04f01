/**
 * Names of downloaded files: `ipp-<year>-<chart>[-<tingkat or slug>].<ext>`,
 * e.g. ipp-2024-sebaran-kabupaten.png, ipp-2024-kota-bandung-aspek.csv.
 * The year is always in the name, so downloads of different editions never
 * share one. Only a-z, 0-9 and "-" reach the name.
 */
export type DownloadFormat = "png" | "svg" | "csv";

/** The chart ids of the site (addresses, downloads, file names). */
export const CHART_IDS = ["sebaran", "predikat-tingkat", "provinsi", "peta", "hasil", "aspek", "tren"] as const;
export type ChartId = (typeof CHART_IDS)[number] | `provinsi-${string}`;

const clean = (s: string) =>
  s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");

/**
 * The name without extension. `instansi` (a slug) comes before the chart
 * (ipp-2024-kota-bandung-aspek), a `qualifier` (a tingkat) after it
 * (ipp-2024-sebaran-kabupaten).
 */
export function downloadBase(o: {
  readonly year: number;
  readonly chart: string;
  readonly instansi?: string | null;
  readonly qualifier?: string | null;
}): string {
  if (!Number.isInteger(o.year) || o.year < 1000 || o.year > 9999) throw new RangeError(`tahun tidak sah: ${o.year}`);
  const chart = clean(o.chart);
  if (!chart) throw new Error(`nama grafik kosong: "${o.chart}"`);
  const parts = [
    "ipp",
    String(o.year),
    o.instansi ? clean(o.instansi) : "",
    chart,
    o.qualifier ? clean(o.qualifier) : "",
  ];
  return parts.filter(Boolean).join("-");
}

export const downloadName = (base: string, format: DownloadFormat): string => `${base}.${format}`;
