/**
 * Writes rows as CSV text: comma-separated, `.` as decimal point (for
 * machines; pages format numbers for people), LF line ends, fields quoted only
 * when they need it. Same rows in, same bytes out.
 */
export function toCsv<C extends string>(
  columns: readonly C[],
  rows: readonly Partial<Record<C, unknown>>[],
  /** Columns printed with a fixed number of decimals (4.4 → "4.40"), as scores are published. */
  fixed: Partial<Record<C, number>> = {},
): string {
  const lines = [columns.join(",")];
  for (const row of rows) lines.push(columns.map((c) => cell(row[c], fixed[c])).join(","));
  return `${lines.join("\n")}\n`;
}

function cell(v: unknown, decimals: number | undefined): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "number") {
    if (!Number.isFinite(v)) throw new RangeError(`csv: non-finite number ${v}`);
    return decimals === undefined ? String(v) : v.toFixed(decimals);
  }
  let s = typeof v === "boolean" ? (v ? "ya" : "tidak") : String(v);
  // A text starting like a formula would run in a spreadsheet: neutralise it (OWASP CSV injection).
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * Stable JSON with a trailing newline; key order is the object's own.
 * Indented for the small files people read; compact for the big data files
 * (a third smaller, and quicker to write and parse).
 */
export function toJson(value: unknown, o: { compact?: boolean } = {}): string {
  return `${JSON.stringify(value, null, o.compact ? undefined : 2)}\n`;
}
