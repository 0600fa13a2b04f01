/**
 * A Markdown table, padded so it also reads well in a terminal; numbers and
 * other cells starting with a digit, sign or "×" are right-aligned.
 */
export function markdownTable(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = head.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? "").length)));
  const numeric = head.map((_, c) => rows.length > 0 && rows.every((r) => /^[-+×~\d]/.test(r[c] ?? "")));
  const cell = (text: string, c: number) => (numeric[c] ? text.padStart(widths[c]!) : text.padEnd(widths[c]!));
  const line = (cells: readonly string[]) => `| ${cells.map((t, c) => cell(t, c)).join(" | ")} |`;
  const rule = `| ${widths.map((w, c) => (numeric[c] ? `${"-".repeat(w - 1)}:` : "-".repeat(w))).join(" | ")} |`;
  return [line(head), rule, ...rows.map(line)].join("\n");
}

/** 1234567 → "1,234,567" (fixed, not locale-dependent, so the README figures read the same everywhere). */
export function grouped(n: number, decimals = 0): string {
  const [int, frac] = n.toFixed(decimals).split(".");
  return `${int!.replace(/\B(?=(\d{3})+(?!\d))/g, ",")}${frac ? `.${frac}` : ""}`;
}
