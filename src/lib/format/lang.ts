/** The two languages of the dashboard: Bahasa Indonesia first, English second. */
export const LANGS = ["id", "en"] as const;
export type Lang = (typeof LANGS)[number];

/** Picks the text for `lang` from a pair written Indonesian first. */
export function pick<T>(lang: Lang, id: T, en: T): T {
  return lang === "id" ? id : en;
}
