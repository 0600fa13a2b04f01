import { pick, type Lang } from "../lib/format/lang.ts";
import { formatInteger } from "../lib/format/number.ts";
import type { Tingkat } from "../lib/schema/master.ts";
import type { DataStatus } from "../lib/schema/output.ts";
import { FONT } from "./layout/sizes.ts";

/** Names of the tingkat, singular and plural (Indonesian nouns do not inflect). */
const TINGKAT: Record<Tingkat, { id: string; en: string; enPlural: string }> = {
  provinsi: { id: "provinsi", en: "province", enPlural: "provinces" },
  kabupaten: { id: "kabupaten", en: "regency", enPlural: "regencies" },
  kota: { id: "kota", en: "city", enPlural: "cities" },
  kl: { id: "kementerian/lembaga", en: "ministry or agency", enPlural: "ministries and agencies" },
};

export function tingkatNoun(t: Tingkat, lang: Lang, plural = true): string {
  const n = TINGKAT[t];
  return lang === "id" ? n.id : plural ? n.enPlural : n.en;
}

/** The tingkat as a row or axis label: "Kabupaten" / "Regencies". */
export function tingkatLabel(t: Tingkat, lang: Lang): string {
  const s = t === "kl" && lang === "id" ? "Kementerian/Lembaga" : tingkatNoun(t, lang);
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** The noun for a mixed set: kabupaten + kota read "kabupaten/kota", anything else "instansi". */
export function groupNoun(tingkat: ReadonlySet<Tingkat>, lang: Lang): string {
  if (tingkat.size === 1) return tingkatNoun([...tingkat][0]!, lang);
  if (tingkat.size === 2 && tingkat.has("kabupaten") && tingkat.has("kota"))
    return pick(lang, "kabupaten/kota", "regencies and cities");
  return pick(lang, "instansi", "institutions");
}

/** "a, b dan c" / "a, b and c" */
export function joinList(items: readonly string[], lang: Lang): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${pick(lang, "dan", "and")} ${items.at(-1)}`;
}

/** "120 berpredikat A, 80 A- dan 3 F" / "120 rated A, 80 A- and 3 F"; zero counts left out. */
export function predikatCounts(counts: readonly { kode: string; n: number }[], lang: Lang): string {
  const parts = counts.filter((c) => c.n > 0).map((c) => `${formatInteger(c.n, lang)} ${c.kode}`);
  if (parts.length === 0) return "";
  parts[0] = parts[0]!.replace(" ", pick(lang, " berpredikat ", " rated "));
  return joinList(parts, lang);
}

export function notEvaluatedText(lang: Lang): string {
  return pick(lang, "Tidak dievaluasi", "Not evaluated");
}

/**
 * The source line. Sample data says so loudly: it must never be mistaken
 * for official PEKPPP results.
 */
export function sourceLine(o: {
  lang: Lang;
  year: number;
  status: DataStatus;
  sumber?: string | null | undefined;
}): string {
  if (o.status === "sample")
    return pick(
      o.lang,
      `Sumber: data sampel buatan untuk demonstrasi, bukan hasil resmi PEKPPP ${o.year}.`,
      `Source: made-up sample data for demonstration, not official PEKPPP ${o.year} results.`,
    );
  const from = o.sumber ? ` (${o.sumber})` : "";
  return pick(
    o.lang,
    `Sumber: Kementerian PANRB, PEKPPP ${o.year}${from}; diolah Dasbor IPP.`,
    `Source: Ministry of Administrative and Bureaucratic Reform (PANRB), PEKPPP ${o.year}${from}; processed by Dasbor IPP.`,
  );
}

/**
 * A rough text width for layout (no font metrics in Node): 0.6 em per glyph
 * covers wide fallback fonts such as DejaVu Sans; narrower fonts only leave
 * a little more room.
 */
export function textWidth(s: string, fontSize: number = FONT.min): number {
  return Math.ceil(s.length * fontSize * 0.6);
}
