/**
 * Checks a published figure against the method, honestly: published values
 * are rounded, so every number stands for an interval, and a recomputation
 * from rounded parts gives an interval too. "Tidak konsisten" is said only
 * when no unrounded values could give what was published.
 *
 * Values are integers in units of 10⁻⁴ (published figures have at most
 * three decimals), so every bound is exact.
 */

/** A published decimal as written: its value in 10⁻⁴ units and how many decimals it was given with. */
export interface Written {
  readonly units: number;
  readonly decimals: number;
}

export const UNIT = 10_000;

/** Parses "4.63", "4,63", "4.633" or "4" (at most three decimals); undefined when it is not such a number. */
export function parseWritten(text: string): Written | undefined {
  const m = /^(\d+)(?:[.,](\d{1,3}))?$/.exec(text.trim());
  if (!m) return undefined;
  const frac = m[2] ?? "";
  return { units: Number(m[1]) * UNIT + Number(frac.padEnd(4, "0")), decimals: frac.length };
}

/** Half of the last written digit, in 10⁻⁴ units: a value written with d decimals stands for [v − h, v + h). */
export function halfStep(decimals: number): number {
  return UNIT / 10 ** decimals / 2;
}

/** The interval of unrounded values that round half-up to `w`: [lo, hi). */
export function roundingInterval(w: Written): { lo: number; hi: number } {
  const h = halfStep(w.decimals);
  return { lo: w.units - h, hi: w.units + h };
}

/** Whether two written values can be the same number rounded differently (their intervals overlap). */
export function canAgree(a: Written, b: Written): boolean {
  const x = roundingInterval(a);
  const y = roundingInterval(b);
  return Math.max(x.lo, y.lo) < Math.min(x.hi, y.hi);
}

/**
 * Can the instansi IPP `ipp` arise as the mean of lokus whose rounded values
 * are `lokus`? Each lokus lies in [v − h, v + h), so their mean lies in
 * [Σlo/n, Σhi/n); the published IPP is consistent when that interval meets
 * the IPP's own rounding interval. Compared after multiplying by n, in integers.
 */
export function lokusMeanCheck(
  lokus: readonly Written[],
  ipp: Written,
): { consistent: boolean; meanLo: number; meanHi: number } {
  const n = lokus.length;
  const lo = lokus.reduce((t, w) => t + roundingInterval(w).lo, 0);
  const hi = lokus.reduce((t, w) => t + roundingInterval(w).hi, 0);
  const target = roundingInterval(ipp);
  const consistent = Math.max(lo, n * target.lo) < Math.min(hi, n * target.hi);
  return { consistent, meanLo: lo / n, meanHi: hi / n };
}

/** A value in 10⁻⁴ units as a decimal with `digits` decimals, cut (not rounded) so bounds read truthfully. */
export function unitsText(units: number, digits: number): string {
  const factor = 10 ** (4 - digits);
  const cut = Math.floor(units / factor);
  return `${Math.floor(cut / 10 ** digits)}.${String(cut % 10 ** digits).padStart(digits, "0")}`;
}
