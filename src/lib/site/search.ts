/**
 * Name search that forgives what people type: case, accents, punctuation,
 * and the words "kabupaten", "kota", "provinsi" and their short forms, which
 * every name has and nobody searches for. Shared by the build (to write each
 * entry's search text) and the browser (to normalise the query).
 */
const NOISE = new Set(["kabupaten", "kab", "kota", "provinsi", "prov", "administrasi", "adm"]);

export function searchText(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** The words of a query that carry meaning. */
export function queryWords(query: string): string[] {
  const words = searchText(query).split(" ").filter(Boolean);
  const meaningful = words.filter((w) => !NOISE.has(w));
  return meaningful.length ? meaningful : words;
}

/** True when every query word starts a word of the entry ("band" finds "Kota Bandung"). */
export function matches(entryText: string, words: readonly string[]): boolean {
  const entryWords = entryText.split(" ");
  return words.every((w) => entryWords.some((e) => e.startsWith(w)));
}

/**
 * How well an entry answers a query, for putting the best answers first:
 * 4 the whole name as typed ("kota bandung" → Kota Bandung), 3 the name
 * starts with it, 2 every typed word (the noise words too) starts a word of
 * the name, 1 a match by the meaningful words only, 0 no match.
 */
export function matchScore(name: string, entryText: string, query: string): number {
  const words = queryWords(query);
  if (!words.length || !matches(entryText, words)) return 0;
  const full = searchText(query);
  const n = searchText(name);
  if (n === full) return 4;
  if (n.startsWith(full)) return 3;
  const all = full.split(" ").filter(Boolean);
  return matches(n, all) ? 2 : 1;
}
