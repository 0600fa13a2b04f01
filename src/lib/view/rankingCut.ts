/**
 * Cutting a ranked list at N without splitting a tie: a "top 5" where the
 * 5th and 6th share a value shows both, because leaving one out would say
 * something the data does not. A long tie at the cut is capped so a list
 * stays short, and the number left out is returned for the page to say so.
 */

export interface Cut<T> {
  readonly items: readonly T[];
  /** Items tied with the last one shown but left out by the cap. */
  readonly omitted: number;
}

/**
 * The first `n` of `sorted`, plus the following items that tie with the
 * n-th (`same`), at most `maxExtra` of them.
 */
export function cutWithTies<T>(sorted: readonly T[], n: number, same: (a: T, b: T) => boolean, maxExtra = 5): Cut<T> {
  if (n <= 0) return { items: [], omitted: 0 };
  const items = sorted.slice(0, n);
  const last = items[items.length - 1];
  if (last === undefined) return { items, omitted: 0 };
  let i = items.length;
  let omitted = 0;
  while (i < sorted.length && same(sorted[i]!, last)) {
    if (items.length < n + maxExtra) items.push(sorted[i]!);
    else omitted++;
    i++;
  }
  return { items, omitted };
}

/** Code-point order, so the output never depends on the ICU data Node was built with. */
export function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Published values have two decimals; compare and subtract them as whole hundredths so 4.63 − 4.55 is exactly 0.08. */
export function hundredths(x: number): number {
  return Math.round(x * 100);
}
