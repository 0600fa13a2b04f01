import { shown } from "../csv/cellText.ts";
import type { FileTally } from "./issues.ts";

/**
 * Matches a header row against the columns a file needs. Column names are
 * compared case-insensitively and in any order; a missing column is an error
 * (the file cannot be read), an extra column only a warning.
 * Returns the index of each wanted column, or undefined when the header is wrong.
 */
export function matchHeader<C extends string>(
  cells: readonly string[],
  required: readonly C[],
  optional: readonly C[],
  tally: FileTally,
): Record<C, number> | undefined {
  if (cells.length === 0) {
    tally.error(
      "header-salah",
      `berkas kosong: tidak ada header. Header yang diharapkan: ${[...required, ...optional.map((o) => `[${o}]`)].join(",")}`,
      { row: 1 },
    );
    return undefined;
  }
  const names = cells.map((c) => c.trim().toLowerCase());
  const index = {} as Record<C, number>;
  const missing: C[] = [];
  for (const col of [...required, ...optional]) {
    const i = names.indexOf(col);
    if (i >= 0) index[col] = i;
    else if ((required as readonly string[]).includes(col)) missing.push(col);
    else index[col] = -1;
  }
  const known = new Set<string>([...required, ...optional]);
  names.forEach((n, i) => {
    if (!known.has(n))
      tally.warn("kolom-tidak-dikenal", `kolom "${shown(cells[i] ?? "")}" tidak dikenal dan diabaikan`, {
        row: 1,
        column: shown(cells[i] ?? "", 40),
      });
  });
  const dup = names.filter((n, i) => known.has(n) && names.indexOf(n) !== i);
  if (missing.length || dup.length) {
    const problems = [
      missing.length ? `kolom wajib tidak ada: ${missing.join(", ")}` : "",
      dup.length ? `kolom ganda: ${[...new Set(dup)].join(", ")}` : "",
    ].filter(Boolean);
    tally.error(
      "header-salah",
      `header salah: ${problems.join("; ")}. Header yang diharapkan: ${[...required, ...optional.map((o) => `[${o}]`)].join(",")}; semua baris berkas ini ditolak`,
      { row: 1, value: cells.join(",") }, // quoted at most ~100 characters (FileTally.report)
    );
    return undefined;
  }
  return index;
}
