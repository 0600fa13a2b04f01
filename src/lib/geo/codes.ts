/**
 * Region codes in the dotted Kemendagri form the whole project keys on:
 * "32" for a province, "32.73" for a kab/kota.
 */

export type CodeLevel = "provinsi" | "kabkota";

/**
 * Brings a code from any boundary source to the dotted form: "3273",
 * " 32.73 ", "32-73" and the number 3273 all give "32.73"; "32" stays "32".
 * A non-integer number is read with two decimals (11.1 → "11.10"), since a
 * spreadsheet may have turned "11.10" into 11.1. Returns null for anything
 * that is not a province or kab/kota code (a kecamatan code, a BPS name…).
 */
export function normaliseCode(raw: unknown): string | null {
  let text: string;
  if (typeof raw === "number") {
    if (!Number.isFinite(raw) || raw < 0) return null;
    text = Number.isInteger(raw) ? String(raw) : raw.toFixed(2);
  } else if (typeof raw === "string") {
    text = raw.trim();
  } else {
    return null;
  }
  if (!/^\d[\d.\s_-]*$/.test(text)) return null;
  const digits = text.replace(/\D/g, "");
  if (digits.length === 2) return digits;
  if (digits.length === 4) return `${digits.slice(0, 2)}.${digits.slice(2)}`;
  return null;
}

export function levelOf(code: string): CodeLevel | null {
  if (/^\d{2}$/.test(code)) return "provinsi";
  if (/^\d{2}\.\d{2}$/.test(code)) return "kabkota";
  return null;
}

/** Plain code order, so outputs do not depend on the order of the source. */
export const byCode = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
