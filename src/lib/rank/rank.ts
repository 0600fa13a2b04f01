/**
 * Standard competition ranking ("1224"): higher values rank first and equal
 * values share a rank, the next rank skipping the shared places.
 * Returns a map from item to rank; items keep their identity.
 */
export function competitionRanks<T>(items: readonly T[], value: (t: T) => number): Map<T, number> {
  const sorted = [...items].sort((a, b) => value(b) - value(a));
  const ranks = new Map<T, number>();
  sorted.forEach((item, i) => {
    const prev = sorted[i - 1];
    ranks.set(item, prev !== undefined && value(prev) === value(item) ? ranks.get(prev)! : i + 1);
  });
  return ranks;
}

/** Ranks within groups: items with a null group get no rank. */
export function groupedRanks<T>(
  items: readonly T[],
  group: (t: T) => string | null,
  value: (t: T) => number,
): Map<T, number> {
  const groups = new Map<string, T[]>();
  for (const it of items) {
    const g = group(it);
    if (g === null) continue;
    const members = groups.get(g);
    if (members) members.push(it);
    else groups.set(g, [it]);
  }
  const out = new Map<T, number>();
  for (const members of groups.values()) for (const [it, r] of competitionRanks(members, value)) out.set(it, r);
  return out;
}

/**
 * Competition ranks with a comparator: `better(a, b)` is negative when a
 * ranks ahead of b, zero when they tie. For values that are not plain
 * numbers (exact fractions: ranking on unrounded values).
 */
export function groupedRanksBy<T>(
  items: readonly T[],
  group: (t: T) => string | null,
  better: (a: T, b: T) => number,
): Map<T, number> {
  const groups = new Map<string, T[]>();
  for (const it of items) {
    const g = group(it);
    if (g === null) continue;
    const members = groups.get(g);
    if (members) members.push(it);
    else groups.set(g, [it]);
  }
  const out = new Map<T, number>();
  for (const members of groups.values()) {
    const sorted = [...members].sort(better);
    sorted.forEach((item, i) => {
      const prev = sorted[i - 1];
      out.set(item, prev !== undefined && better(prev, item) === 0 ? out.get(prev)! : i + 1);
    });
  }
  return out;
}
