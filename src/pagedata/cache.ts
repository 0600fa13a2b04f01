/**
 * The one cache of build-time page data. A build renders thousands of pages
 * from a few models (one per year, language or instansi), so every model here
 * is computed once per key and kept for the whole build.
 */

/** A cache: `get(key, make)` returns the value kept for `key`, computing it with `make` the first time. */
export interface Cache<T> {
  get(key: string, make: () => T): T;
}

export function cache<T>(): Cache<T> {
  const values = new Map<string, T>();
  return {
    get(key, make) {
      if (values.has(key)) return values.get(key) as T;
      const value = make();
      values.set(key, value);
      return value;
    },
  };
}

/** A function of no arguments computed once (file readers). */
export function once<T>(make: () => T): () => T {
  const kept = cache<T>();
  return () => kept.get("", make);
}
