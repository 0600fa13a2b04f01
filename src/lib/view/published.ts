/**
 * Published figures (real, from public sources) as the pages show them:
 * always beside the dashboard's own results, never mixed with them, each
 * value with its source, conflicts shown with every value.
 */
import { pick, type Lang } from "../format/lang.ts";
import { formatDecimal } from "../format/number.ts";
import type { PublishedFigure } from "../schema/published.ts";

/** "4,72" / "4.633" as written by the source, in the page's number format (at least two decimals). */
export function publishedValue(f: Pick<PublishedFigure, "ipp" | "ipp_teks">, lang: Lang): string | null {
  if (f.ipp === null || f.ipp_teks === null) return null;
  const decimals = Math.max(2, (f.ipp_teks.split(/[.,]/)[1] ?? "").length);
  return formatDecimal(f.ipp, lang, decimals);
}

/** The host of a source address, for a short link text ("jatimpedia.io"). */
export function sourceHost(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return url;
  }
}

export function statusText(s: PublishedFigure["pemeriksaan"]["status"], lang: Lang): string {
  return s === "konsisten"
    ? pick(lang, "konsisten dengan metode", "consistent with the method")
    : s === "tidak-konsisten"
      ? pick(lang, "tidak konsisten dengan metode", "not consistent with the method")
      : pick(lang, "tidak dapat diperiksa", "cannot be checked");
}

export interface PublishedLine {
  readonly baris: number;
  /** "4,72, A, peringkat 1" (what the source says). */
  readonly figure: string;
  readonly decree: string | null;
  readonly source: { readonly href: string; readonly text: string };
  readonly status: PublishedFigure["pemeriksaan"]["status"];
  readonly statusText: string;
  readonly details: readonly string[];
  readonly note: string | null;
}

/** What one row says, in the page's language. */
export function publishedLine(f: PublishedFigure, lang: Lang): PublishedLine {
  const parts = [
    publishedValue(f, lang),
    f.predikat_disebut,
    f.peringkat_disebut ? pick(lang, `peringkat ${f.peringkat_disebut}`, `rank ${f.peringkat_disebut}`) : null,
  ].filter((x): x is string => x !== null);
  const lokus = f.lokus.length
    ? ` (${pick(lang, "lokus", "lokus")}: ${f.lokus.map((l) => `${l.nama} ${formatDecimal(l.ipp, lang, 2)}`).join("; ")})`
    : "";
  return {
    baris: f.baris,
    figure: parts.join(", ") + lokus,
    decree: f.keputusan,
    source: { href: f.sumber, text: sourceHost(f.sumber) },
    status: f.pemeriksaan.status,
    statusText: statusText(f.pemeriksaan.status, lang),
    details: lang === "id" ? f.pemeriksaan.rincian : f.pemeriksaan.rincian_en,
    note: f.catatan,
  };
}

export interface InstansiPublished {
  readonly lines: readonly PublishedLine[];
  /** The sources give values that cannot be the same rounded number. */
  readonly conflict: boolean;
  readonly heading: string;
  readonly conflictNote: string | null;
  readonly besideNote: string;
}

/** The published figures of one instansi in one year, for its page; null when there are none. */
export function instansiPublished(
  figures: readonly PublishedFigure[],
  year: number,
  lang: Lang,
): InstansiPublished | null {
  if (figures.length === 0) return null;
  const conflict = figures.some((f) => f.bertentangan_dengan.length > 0);
  return {
    lines: figures.map((f) => publishedLine(f, lang)),
    conflict,
    heading: pick(lang, `Angka resmi yang dipublikasikan (${year})`, `Official figures as published (${year})`),
    conflictNote: conflict
      ? pick(
          lang,
          "Sumber-sumber ini saling bertentangan: nilainya tidak mungkin berasal dari satu angka yang sama. Semua nilai ditampilkan dengan sumbernya.",
          "These sources conflict: their values cannot come from one and the same figure. Every value is shown with its source.",
        )
      : null,
    besideNote: pick(
      lang,
      "Angka ini nyata, dikutip dari sumber publik, dan ditampilkan di samping hasil dasbor; tidak dipakai dalam perhitungan dasbor.",
      "These figures are real, quoted from public sources, and shown beside the dashboard's results; the dashboard's calculations do not use them.",
    ),
  };
}

/** One short text for a map tooltip or a ranking mark: "Angka resmi: 4,72" or, with conflicts, "Angka resmi: 4,54 / 4,57 (bertentangan)". */
export function publishedShort(figures: readonly PublishedFigure[], lang: Lang): string | null {
  const values = [...new Set(figures.map((f) => publishedValue(f, lang)).filter((v): v is string => v !== null))];
  const ranks = [...new Set(figures.map((f) => f.peringkat_disebut).filter((v): v is string => v !== null))];
  if (values.length === 0 && ranks.length === 0) return null;
  const conflict = figures.some((f) => f.bertentangan_dengan.length > 0);
  const what = values.length
    ? values.join(" / ")
    : pick(lang, `peringkat ${ranks.join(" / ")}`, `rank ${ranks.join(" / ")}`);
  return `${pick(lang, "Angka resmi", "Official figure")}: ${what}${conflict ? pick(lang, " (sumber bertentangan)", " (sources conflict)") : ""}`;
}

export interface PublishedAverage {
  readonly baris: number;
  /** "kl", "nasional" or a tingkat. */
  readonly tingkat: string;
  readonly text: string;
}

/** The published averages of a year, each worded with its label ("Rata-rata K/L yang dipublikasikan: 4,39"). */
export function publishedAverages(figures: readonly PublishedFigure[], year: number, lang: Lang): PublishedAverage[] {
  const group = (t: string) =>
    t === "nasional" ? pick(lang, "nasional", "national") : t === "kl" ? pick(lang, "K/L", "ministries/agencies") : t;
  return figures
    .filter((f) => f.jenis === "rata-rata" && f.tahun === year && f.ipp !== null)
    .map((f) => ({
      baris: f.baris,
      tingkat: f.tingkat,
      text: pick(
        lang,
        `Rata-rata ${group(f.tingkat)} yang dipublikasikan: ${publishedValue(f, lang)}`,
        `Published ${group(f.tingkat)} average: ${publishedValue(f, lang)}`,
      ),
    }));
}
