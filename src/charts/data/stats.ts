import { competitionRanks } from "../../lib/rank/rank.ts";
import { tiedRanks } from "../../lib/format/number.ts";

/** Mean of the non-null values, unrounded; null when there are none. */
export function mean(values: readonly (number | null)[]): number | null {
  const v = values.filter((x): x is number => x !== null);
  return v.length ? v.reduce((a, b) => a + b, 0) / v.length : null;
}

export function median(values: readonly number[]): number | null {
  if (!values.length) return null;
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Competition ranks (highest value first) and whether each rank is shared. */
export function ranked<T>(items: readonly T[], value: (t: T) => number): Map<T, { rank: number; tied: boolean }> {
  const ranks = competitionRanks(items, value);
  const tied = tiedRanks(ranks.values());
  return new Map([...ranks].map(([t, r]) => [t, { rank: r, tied: tied.has(r) }]));
}

/** Sorts by value, highest first, then by name in code-point order (not locale order, which depends on ICU). */
export function byValueThenName<T>(value: (t: T) => number | null, name: (t: T) => string): (a: T, b: T) => number {
  return (a, b) => {
    const va = value(a);
    const vb = value(b);
    if (va !== vb) return va === null ? 1 : vb === null ? -1 : vb - va;
    const na = name(a);
    const nb = name(b);
    return na < nb ? -1 : na > nb ? 1 : 0;
  };
}
