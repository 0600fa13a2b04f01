import type { ChartData, CsvCell } from "./csv.ts";

/**
 * The data a chart plots, read back from its marks: every mark carries its
 * values as data-* attributes (src/charts/README.md), so the CSV download
 * holds exactly what is drawn, with no second copy of the data in the
 * page. The same mark drawn twice (an overlay's ring over its dot) counts
 * once; `data-highlight` is emphasis, not data.
 */
export type MarkAttributes = Readonly<Record<string, string>>;

/**
 * A mark's data: its own data-* attributes and those of the groups around
 * it up to the chart's root (a fluid chart writes a series' name and key
 * once, on the series' group), without data-plot (which names a group) and
 * the root's own (data-chart is not data). Takes any DOM (the browser's,
 * or a parsed SVG in a test).
 */
export function markAttributes(mark: Element): MarkAttributes {
  const chain: Element[] = [];
  for (let e: Element | null = mark; e && !e.classList.contains("ipp-chart"); e = e.parentElement) chain.unshift(e);
  const attrs: Record<string, string> = {};
  for (const e of chain)
    for (const a of Array.from(e.attributes))
      if (a.name.startsWith("data-") && a.name !== "data-plot") attrs[a.name.slice(5)] = a.value;
  return attrs;
}

/** Attribute (without data-) → CSV column. */
const COLUMN: Readonly<Record<string, string>> = { label: "nama", n: "jumlah", seri: "seri", nilai: "nilai" };
/** Columns whose values are numbers (written with a decimal point). */
const NUMERIC = new Set(["ipp", "nilai", "jumlah", "tahun"]);
// data-tip: the tooltip text the tooltip script moves out of each mark's <title> (client/tooltip.ts).
const SKIP = new Set(["highlight", "tip"]);

export function marksData(marks: readonly MarkAttributes[]): ChartData {
  const keys: string[] = [];
  for (const m of marks) for (const k of Object.keys(m)) if (!SKIP.has(k) && !keys.includes(k)) keys.push(k);
  const columns = keys.map((k) => COLUMN[k] ?? k);
  const seen = new Set<string>();
  const rows: CsvCell[][] = [];
  for (const m of marks) {
    const row = keys.map((k, i): CsvCell => {
      const v = m[k];
      // "-" marks "no predikat" (not evaluated): an empty cell, not a text a spreadsheet could misread.
      if (v === undefined || v === "" || v === "-") return null;
      if (NUMERIC.has(columns[i]!)) {
        const n = Number(v);
        if (!Number.isFinite(n)) throw new Error(`nilai ${columns[i]} bukan angka: "${v}"`);
        return n;
      }
      return v;
    });
    const id = JSON.stringify(row);
    if (seen.has(id)) continue;
    seen.add(id);
    rows.push(row);
  }
  return { columns, rows };
}
