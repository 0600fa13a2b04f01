/**
 * What the share panel and the embeds say (issue 15): the source line, the
 * citation in Indonesian and English, and the embed codes. Pure: the page
 * passes addresses already made absolute where SITE_URL is set, and the
 * browser completes the rest (src/client/share.ts).
 */
import { formatDate } from "../format/date.ts";
import type { Lang } from "../format/lang.ts";
import type { DataStatus } from "../schema/output.ts";

/** Who made the figures: the ministry for official data, the dashboard for what it computed. */
export const AUTHOR = {
  official: "Kementerian PANRB",
  id: "Dasbor Indeks Pelayanan Publik",
  en: "Public Service Index Dashboard",
} as const;

export interface Citable {
  readonly year: number;
  /** The chart's or page's title, as shown. */
  readonly title: string;
  readonly status: DataStatus;
  /** The decree that published the year's results, where the published figures name one. */
  readonly decree: string | null;
  /** The full address (or, without SITE_URL, the site path the browser completes). */
  readonly url: string;
}

/** Placeholder for the access date, replaced by today's date in the browser (src/client/share.ts). */
export const ACCESSED_SLOT = { id: "[tanggal akses]", en: "[date accessed]" } as const;

/** A date as a citation writes it: "4 Desember 2026", "4 December 2026". */
export function citationDate(d: { year: number; month: number; day: number }, lang: Lang): string {
  const two = (n: number) => String(n).padStart(2, "0");
  return formatDate(`${d.year}-${two(d.month)}-${two(d.day)}`, lang);
}

/**
 * A citation: author (year). Title [data sampel]. Dashboard. Decree. Address. Accessed date.
 * `accessed` is a date already written (citationDate) or the slot the browser fills.
 */
export function citation(c: Citable, lang: Lang, accessed: string = ACCESSED_SLOT[lang]): string {
  const official = c.status === "official";
  const author = official ? AUTHOR.official : AUTHOR[lang];
  const sample = c.status === "sample" ? (lang === "id" ? " [data sampel]" : " [sample data, data sampel]") : "";
  const publisher = official ? ` ${AUTHOR[lang]}.` : "";
  const computed = official ? "" : lang === "id" ? " Dihitung oleh dasbor." : " Computed by the dashboard.";
  // A real decree published real figures: it is cited only for them, never beside sample numbers.
  const decree = official && c.decree ? ` ${c.decree}.` : "";
  const at = lang === "id" ? `Diakses ${accessed}.` : `Accessed ${accessed}.`;
  return `${author}. (${c.year}). ${c.title}${sample}.${publisher}${computed}${decree} ${c.url}. ${at}`;
}

/** The one-line source an embed prints under its chart. */
export function sourceLine(
  o: { year: number; status: DataStatus; decree: string | null; sumber: string | null },
  lang: Lang,
): string {
  if (o.status === "sample")
    return lang === "id"
      ? `Sumber: dihitung oleh ${AUTHOR.id} dari data sampel rekaan ${o.year} (bukan hasil resmi).`
      : `Source: computed by the ${AUTHOR.en} from invented sample data for ${o.year} (not official results).`;
  const from = [AUTHOR.official, o.decree ?? o.sumber].filter(Boolean).join(", ");
  return lang === "id"
    ? `Sumber: ${from}; dihitung oleh ${AUTHOR.id}.`
    : `Source: ${from}; computed by the ${AUTHOR.en}.`;
}

const attr = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

export interface EmbedCode {
  /** Full address of the embed (page, or instansi page with #sematkan-…). */
  readonly src: string;
  /** Full address of /embed.js. */
  readonly script: string;
  readonly title: string;
  /** A height that shows the whole chart at a column's width, for hosts that strip scripts. */
  readonly height: number;
  /** The id the embed names in its height message. */
  readonly chartId: string;
}

/** The plain iframe: works where a CMS strips scripts, at a fixed height. */
export function iframeCode(e: EmbedCode): string {
  return `<iframe src="${attr(e.src)}" title="${attr(e.title)}" width="100%" height="${e.height}" frameborder="0" scrolling="no" loading="lazy"></iframe>`;
}

/** The responsive code: the iframe plus /embed.js, which sets its height from the embed's messages. */
export function responsiveCode(e: EmbedCode): string {
  return `<iframe src="${attr(e.src)}" title="${attr(e.title)}" width="100%" height="${e.height}" frameborder="0" scrolling="no" loading="lazy" data-ipp-embed="${attr(e.chartId)}"></iframe>\n<script async src="${attr(e.script)}"></script>`;
}

/** The decree of a year's results, from the published figures (the first one that names it). */
export function decreeOf(figures: readonly { tahun: number; keputusan: string | null }[], year: number): string | null {
  return figures.find((f) => f.tahun === year && f.keputusan)?.keputusan ?? null;
}
