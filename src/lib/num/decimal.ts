import { fromDecimal, type Rational } from "./rational.ts";

/**
 * Reads a number the way Indonesian spreadsheets write it: "4,63" and "4.63"
 * are the same; surrounding spaces are ignored. Thousands separators are not
 * accepted (scores never need them), so "1.234,5" is rejected rather than guessed.
 * Returns undefined for anything that is not a plain decimal number.
 */
export function parseDecimal(text: string): Rational | undefined {
  const s = text.trim();
  if (!/^[+-]?\d+(?:[.,]\d+)?$/.test(s)) return undefined;
  return fromDecimal(s.replace(",", "."));
}
