import type { PredikatStep } from "../schema/methodology.ts";

/**
 * The predikat ladder works on the value already rounded to the profile's
 * decimals, expressed as a scaled integer (4.63 → 463 at 2 decimals), so the
 * comparison with the lower bounds is exact.
 */
export interface Ladder {
  readonly steps: readonly PredikatStep[];
  readonly scale: number;
  /** Lower bounds as scaled integers, top step first. */
  readonly bounds: readonly number[];
}

export function ladder(steps: readonly PredikatStep[], decimals: number): Ladder {
  const scale = 10 ** decimals;
  return { steps, scale, bounds: steps.map((s) => Math.round(s.batas_bawah * scale)) };
}

/** Index into the ladder (0 = best) for a rounded, scaled value. */
export function stepIndex(l: Ladder, scaled: number): number {
  const i = l.bounds.findIndex((b) => scaled >= b);
  return i === -1 ? l.bounds.length - 1 : i;
}

export function predikatOf(l: Ladder, scaled: number): PredikatStep {
  return l.steps[stepIndex(l, scaled)]!;
}

/**
 * How far a rounded value is from the neighbouring predikat: `naik` is the
 * gain needed to reach the next step up (null at the top), `turun` the loss
 * that would drop it a step (null at the bottom). Both are scaled integers.
 */
export function distances(l: Ladder, scaled: number): { naik: number | null; turun: number | null } {
  const i = stepIndex(l, scaled);
  const up = i > 0 ? l.bounds[i - 1]! - scaled : null;
  const down = i < l.bounds.length - 1 ? scaled - l.bounds[i]! + 1 : null;
  return { naik: up, turun: down };
}
