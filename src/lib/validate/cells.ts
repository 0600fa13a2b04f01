import { parseDecimal } from "../num/decimal.ts";
import type { Rational } from "../num/rational.ts";
import type { FileTally, IssueCode } from "./issues.ts";

/** Lokus names are compared without case and with runs of spaces folded. */
export function lokusKey(name: string): string {
  return name.trim().replace(/\s+/g, " ").toLowerCase();
}

export function cleanText(name: string): string {
  return name.trim().replace(/\s+/g, " ");
}

/**
 * Reads a score cell: a number between min and max with at most `decimals`
 * digits after the separator (decimal comma accepted). When the cell is not
 * such a number the problem is reported and its code returned instead.
 */
export function readScore(
  raw: string,
  opts: { min: number; max: number; decimals: number; column: string; row: number },
  tally: FileTally,
): Rational | IssueCode {
  const text = raw.trim();
  const at = { row: opts.row, column: opts.column, value: raw };
  if (text === "") {
    tally.error("nilai-tidak-valid", "nilai kosong", at);
    return "nilai-tidak-valid";
  }
  const value = parseDecimal(text);
  if (!value) {
    tally.error("nilai-tidak-valid", "nilai bukan angka", at);
    return "nilai-tidak-valid";
  }
  if ((value.n * 10n ** BigInt(opts.decimals)) % value.d !== 0n) {
    const want = opts.decimals === 0 ? "harus bilangan bulat" : `paling banyak ${opts.decimals} desimal`;
    tally.error("nilai-tidak-valid", `nilai ${want}`, at);
    return "nilai-tidak-valid";
  }
  const num = Number(value.n) / Number(value.d);
  if (num < opts.min || num > opts.max) {
    tally.error("nilai-di-luar-rentang", `nilai di luar rentang ${opts.min}–${opts.max}`, at);
    return "nilai-di-luar-rentang";
  }
  return value;
}

/** Explains an unknown instansi code, with a hint when it is an undotted (BPS-style) code. */
export function unknownInstansiMessage(code: string): string {
  if (code === "") return "kode_instansi kosong";
  if (/^\d{4}$/.test(code))
    return `kode_instansi tidak dikenal; gunakan kode Kemendagri bertitik (mis. ${code.slice(0, 2)}.${code.slice(2)}), bukan kode BPS`;
  return "kode_instansi tidak dikenal (bukan kode provinsi, kabupaten/kota, atau K/L di data master)";
}
