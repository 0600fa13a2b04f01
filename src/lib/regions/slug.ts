/**
 * Longest slug, in characters: a URL path segment and a directory name in
 * dist/ (file systems refuse names over 255 bytes). Real names stay far below.
 */
export const SLUG_MAX = 80;

/** "Kota Bandung" → "kota-bandung"; accents and punctuation dropped, ASCII only, at most SLUG_MAX long (cut at a word). */
export function slugify(text: string): string {
  const full = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " dan ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (full.length <= SLUG_MAX) return full;
  const cut = full.slice(0, SLUG_MAX + 1);
  const end = cut.lastIndexOf("-");
  return (end > SLUG_MAX / 2 ? cut.slice(0, end) : full.slice(0, SLUG_MAX)).replace(/-+$/, "");
}

/** `stem` with `suffix` appended, the stem shortened so the whole stays within SLUG_MAX. */
function withSuffix(stem: string, suffix: string): string {
  const tail = slugify(suffix).slice(0, SLUG_MAX / 2);
  return `${stem.slice(0, SLUG_MAX - tail.length - 1).replace(/-+$/, "")}-${tail}`;
}

/**
 * Gives every item a slug unique across the list. Items are visited in the
 * order given (callers sort by code, so the result is stable); on a clash the
 * item's qualifier is appended, then its code.
 */
export function uniqueSlugs<T>(
  items: readonly T[],
  base: (t: T) => string,
  qualifier: (t: T) => string,
  code: (t: T) => string,
): Map<T, string> {
  const slugs = new Map(items.map((it) => [it, slugify(base(it))]));
  const counts = new Map<string, number>();
  for (const s of slugs.values()) counts.set(s, (counts.get(s) ?? 0) + 1);
  const taken = new Set<string>();
  const out = new Map<T, string>();
  for (const it of items) {
    let s = slugs.get(it)!;
    if ((counts.get(s) ?? 0) > 1) s = withSuffix(s, qualifier(it));
    if (taken.has(s)) s = withSuffix(s, code(it));
    taken.add(s);
    out.set(it, s);
  }
  return out;
}
