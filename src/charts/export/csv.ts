import type { DataStatus } from "../../lib/schema/output.ts";

/**
 * The CSV download of a chart: exactly the rows its table shows (the data
 * the chart plots), with the edition's year and status in front, for a
 * spreadsheet: UTF-8 with a byte-order mark, "," between cells, a decimal
 * point, CRLF line ends (RFC 4180). Text that a spreadsheet would read as a
 * formula (=, +, -, @, tab, CR at the start) gets a leading apostrophe.
 */
export type CsvCell = string | number | null;

export interface ChartData {
  /** Machine names of the columns (the table's column keys). */
  readonly columns: readonly string[];
  readonly rows: readonly (readonly CsvCell[])[];
}

export const BOM = "\uFEFF";

/** "resmi" for official data, "sampel" for sample data: the CSV's status column. */
export const csvStatus = (s: DataStatus): "resmi" | "sampel" => (s === "official" ? "resmi" : "sampel");

const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell as CSV text. */
export function csvCell(v: CsvCell): string {
  if (v === null) return "";
  if (typeof v === "number") {
    if (!Number.isFinite(v)) throw new RangeError(`nilai sel CSV bukan bilangan terhingga: ${v}`);
    // String() of the small numbers a chart plots never uses an exponent; the decimal separator is ".".
    return String(v);
  }
  const safe = FORMULA_START.test(v) ? `'${v}` : v;
  return /[",\r\n]|^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The file's text: `tahun` and `status` first, then the chart's columns.
 * `year` fills `tahun`, except that data with a `tahun` column of its own
 * (a trend: one row per year) keeps its values there.
 */
export function chartCsv(data: ChartData, o: { readonly year: number; readonly status: DataStatus }): string {
  for (const [i, row] of data.rows.entries())
    if (row.length !== data.columns.length)
      throw new Error(`baris ${i + 1} data grafik: ${row.length} sel untuk ${data.columns.length} kolom`);
  const status = csvStatus(o.status);
  const own = data.columns.indexOf("tahun");
  // tahun always first, then status, then the chart's columns in their order.
  const rest = (r: readonly CsvCell[]) => r.filter((_, i) => i !== own);
  const lines: CsvCell[][] = [
    ["tahun", "status", ...rest(data.columns)],
    ...data.rows.map((r) => [own >= 0 ? r[own]! : o.year, status, ...rest(r)]),
  ];
  return BOM + lines.map((l) => l.map(csvCell).join(",")).join("\r\n") + "\r\n";
}
