/** A chart's data table, as the chart builders give it (src/charts/types.ts ChartTable). */
export interface Table {
  readonly caption: string;
  readonly columns: readonly {
    readonly key: string;
    readonly label: string;
    readonly align: "left" | "right" | "center";
  }[];
  readonly rows: readonly (readonly string[])[];
}

/**
 * The rows of a ranked table around one row: `around` above and below,
 * more on one side when the row is near an end. The IPP distribution's
 * table lists all ~600 instansi (~100 kB on every instansi page); the page
 * keeps its neighbours and links to the full ranking instead.
 * Returns null when no row matches.
 */
export function neighbourRows(
  table: Table,
  match: (row: readonly string[]) => boolean,
  around = 5,
): { rows: (readonly string[])[]; index: number } | null {
  const at = table.rows.findIndex(match);
  if (at < 0) return null;
  const size = Math.min(table.rows.length, 2 * around + 1);
  const start = Math.max(0, Math.min(at - around, table.rows.length - size));
  return { rows: table.rows.slice(start, start + size), index: at - start };
}

/** The table cut to the neighbours of the matching row, with its caption replaced; the whole table when nothing matches. */
export function neighbourTable(
  table: Table,
  match: (row: readonly string[]) => boolean,
  caption: (first: string, last: string) => string,
  around = 5,
): Table {
  const n = neighbourRows(table, match, around);
  if (!n) return table;
  const first = n.rows[0]?.[0] ?? "";
  const last = n.rows.at(-1)?.[0] ?? "";
  return { ...table, caption: caption(first.replace(/^=/, ""), last.replace(/^=/, "")), rows: n.rows };
}
