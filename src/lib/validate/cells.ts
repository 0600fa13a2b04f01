import { normaliseCell, UNUSUAL } from "../csv/cellText.ts";
import { CSV_LIMITS } from "../csv/readCsv.ts";
import { formatDecimal } from "../format/number.ts";
import { parseDecimal } from "../num/decimal.ts";
import type { Rational } from "../num/rational.ts";
import type { FileTally, IssueCode } from "./issues.ts";

/** Whitespace other than a plain space, or two spaces in a row: only then is there anything to fold. */
const FOLDABLE = /[^\S ]| {2}/;

/** Lokus names are compared without case and with runs of spaces folded. */
export function lokusKey(name: string): string {
  return cleanText(name).toLowerCase();
}

/**
 * A name as it is compared and published: trimmed, runs of white space
 * folded to one space and, when it holds anything but printable ASCII,
 * normalised (NFC, other spaces to a plain space: cellText.ts). Only call
 * it on a name readName accepted.
 */
export function cleanText(name: string): string {
  const text = (UNUSUAL.test(name) ? name.normalize("NFC") : name).trim();
  // Same result as always replacing; testing first spares a new string for the usual, already clean name.
  return FOLDABLE.test(text) ? text.replace(/\s+/g, " ") : text;
}

/**
 * A free-text identifier cell (lokus, responden, a K/L name) cleaned for
 * comparing, or why it is refused: longer than the cell limit, or holding a
 * character a reader cannot see (zero-width, control, format). Differences a
 * reader cannot see (composed or decomposed letters, no-break spaces, runs of
 * spaces) are removed silently.
 */
export function readName(cell: string): { text: string } | { problem: string } {
  if (cell.length > CSV_LIMITS.cell)
    return {
      problem: `sel lebih panjang dari batas ${formatDecimal(CSV_LIMITS.cell, "id", 0)} karakter (${formatDecimal(cell.length, "id", 0)} karakter)`,
    };
  if (!UNUSUAL.test(cell)) return { text: cleanText(cell) };
  const r = normaliseCell(cell);
  return "problem" in r ? r : { text: cleanText(r.text) };
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
  // Checked on the text first, so no arithmetic runs on a cell of a million digits.
  const form = /^[+-]?(\d+)(?:[.,](\d+))?$/.exec(text);
  if (!form) {
    tally.error("nilai-tidak-valid", "nilai bukan angka", at);
    return "nilai-tidak-valid";
  }
  const fraction = form[2] ?? "";
  let places = fraction.length;
  while (places > 0 && fraction.charCodeAt(places - 1) === 48) places--; // trailing zeros add no decimal
  if (places > opts.decimals) {
    const want = opts.decimals === 0 ? "harus bilangan bulat" : `paling banyak ${opts.decimals} desimal`;
    tally.error("nilai-tidak-valid", `nilai ${want}`, at);
    return "nilai-tidak-valid";
  }
  // The number rewritten short (no leading zeros, no trailing decimal zeros), so the exact value is built from a few digits.
  const whole = form[1]!.replace(/^0+(?=\d)/, "");
  const sign = text.charCodeAt(0) === 45 ? "-" : "";
  const value =
    whole.length > 15 ? undefined : parseDecimal(`${sign}${whole}${places ? `.${fraction.slice(0, places)}` : ""}`);
  if (!value) {
    tally.error("nilai-di-luar-rentang", `nilai di luar rentang ${opts.min}–${opts.max}`, at);
    return "nilai-di-luar-rentang";
  }
  const num = Number(value.n) / Number(value.d);
  if (num < opts.min || num > opts.max) {
    tally.error("nilai-di-luar-rentang", `nilai di luar rentang ${opts.min}–${opts.max}`, at);
    return "nilai-di-luar-rentang";
  }
  return value;
}

/** How a score column is read: the scale, the decimals allowed and the column name for messages. */
export interface ScoreSpec {
  readonly min: number;
  readonly max: number;
  readonly decimals: number;
  readonly column: string;
}

/**
 * readScore for the per-row hot path of f02.csv and f03.csv: the value times
 * 10^decimals, as an integer. A plain cell ("4", "3.5", "4,25") in range is
 * read with integer arithmetic, which gives the same number as the exact
 * rational without building BigInts for every row; anything else goes
 * through readScore, so every problem is reported with the same message.
 */
export function readScaledScore(raw: string, spec: ScoreSpec, row: number, tally: FileTally): number | IssueCode {
  const scaled = plainScaled(raw.trim(), spec.decimals);
  if (scaled !== undefined) {
    // Both sides are integers below 2^53, so this is the same double as readScore's n / d.
    const num = scaled / 10 ** spec.decimals;
    if (num >= spec.min && num <= spec.max) return scaled;
  }
  const value = readScore(raw, { ...spec, row }, tally);
  return typeof value === "string" ? value : Number((value.n * 10n ** BigInt(spec.decimals)) / value.d);
}

/**
 * Digits with at most one `.` or `,` followed by digits (what parseDecimal
 * accepts, less the sign), times 10^decimals when that is an integer;
 * undefined for anything else, left to the exact path.
 */
function plainScaled(text: string, decimals: number): number | undefined {
  const n = text.length;
  if (n === 0 || n > 12 || decimals > 6) return undefined; // keeps the value far below 2^53
  let value = 0;
  let i = 0;
  for (; i < n; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) break;
    value = value * 10 + digit;
  }
  if (i === 0) return undefined;
  let places = 0;
  if (i < n) {
    const sep = text.charCodeAt(i);
    if ((sep !== 46 && sep !== 44) || i === n - 1) return undefined; // "." or ",", then at least one digit
    for (i++; i < n; i++) {
      const digit = text.charCodeAt(i) - 48;
      if (digit < 0 || digit > 9) return undefined;
      if (places < decimals) {
        value = value * 10 + digit;
        places++;
      } else if (digit !== 0) return undefined; // more decimals than allowed: an error, reported by readScore
    }
  }
  for (; places < decimals; places++) value *= 10;
  return value;
}

/** Explains an unknown instansi code, with a hint when it is an undotted (BPS-style) code. */
export function unknownInstansiMessage(code: string): string {
  if (code === "") return "kode_instansi kosong";
  if (/^\d{4}$/.test(code))
    return `kode_instansi tidak dikenal; gunakan kode Kemendagri bertitik (mis. ${code.slice(0, 2)}.${code.slice(2)}), bukan kode BPS`;
  return "kode_instansi tidak dikenal (bukan kode provinsi, kabupaten/kota, atau K/L di data master)";
}

/**
 * The instansi code and the lokus name of a row, checked: the code must be
 * in the master and the lokus not empty. Reports the problem and returns
 * undefined otherwise (the caller rejects the row).
 */
export function readLokusCells(
  kodeCell: string,
  lokusCell: string,
  row: number,
  known: (kode: string) => boolean,
  tally: FileTally,
): { kode: string; lokus: string } | undefined {
  const kode = kodeCell.trim();
  if (!known(kode)) {
    tally.error("kode-instansi-tidak-dikenal", unknownInstansiMessage(kode), {
      row,
      column: "kode_instansi",
      value: kodeCell,
    });
    tally.reject("kode-instansi-tidak-dikenal");
    return undefined;
  }
  const name = readName(lokusCell);
  if ("problem" in name) {
    tally.error("sel-tidak-sah", name.problem, { row, column: "lokus", value: lokusCell });
    tally.reject("sel-tidak-sah");
    return undefined;
  }
  const lokus = name.text;
  if (lokus === "") {
    tally.error("lokus-kosong", "lokus kosong", { row, column: "lokus", value: lokusCell });
    tally.reject("lokus-kosong");
    return undefined;
  }
  return { kode, lokus };
}
