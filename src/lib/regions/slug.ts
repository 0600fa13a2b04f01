/** "Kota Bandung" → "kota-bandung"; accents and punctuation dropped, ASCII only. */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " dan ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/**
 * Gives every item a slug unique across the list. Items are visited in the
 * order given (callers sort by code, so the result is stable); on a clash the
 * item's qualifier is appended, then its code.
 */
export function uniqueSlugs<T>(items: readonly T[], base: (t: T) => string, qualifier: (t: T) => string, code: (t: T) => string): Map<T, string> {
  const counts = new Map<string, number>();
  for (const it of items) counts.set(slugify(base(it)), (counts.get(slugify(base(it))) ?? 0) + 1);
  const taken = new Set<string>();
  const out = new Map<T, string>();
  for (const it of items) {
    let s = slugify(base(it));
    if ((counts.get(s) ?? 0) > 1) s = slugify(`${base(it)} ${qualifier(it)}`);
    if (taken.has(s)) s = slugify(`${s} ${code(it)}`);
    taken.add(s);
    out.set(it, s);
  }
  return out;
}
