import { formatInteger, formatIpp } from "../../lib/format/number.ts";
import { swatchOf } from "../../lib/format/palette.ts";
import type { DataStatus } from "../../lib/schema/output.ts";
import { NOTICE_FILL, NOTICE_INK, NOTICE_STROKE } from "./notice.ts";
import { escapeXml, FONT_STACK, INK, MUTED, textLines, wrapText } from "./xml.ts";

/**
 * A social card (Open Graph / Twitter, 1200 × 630) as SVG: the name, its
 * IPP in the Indonesian format, its predikat on its colour, the year, and
 * for sample data a notice band no crop of the picture loses. One card
 * serves both languages (the site's words for the data are Indonesian
 * terms: IPP, predikat), so the fixed words are given in both. Rendered to
 * PNG at build time (src/pagedata/cards.ts); shares the text helpers and
 * the notice colours with the chart downloads (standalone.ts).
 */
export interface CardInput {
  readonly year: number;
  readonly status: DataStatus;
  /** The line above the name: "Kabupaten · Jawa Tengah", "Peta predikat / Grade map". */
  readonly kicker: string;
  readonly name: string;
  /** The figure shown big; null: not evaluated that year. */
  readonly ipp: number | null;
  /** What the figure is: "IPP", "Rata-rata IPP pemda / Mean IPP of local governments". */
  readonly ippLabel: string;
  /** The predikat shown beside it, with its name; null: none. */
  readonly predikat: { readonly kode: string; readonly label: string } | null;
  /** Shown instead of the figure when `ipp` is null. */
  readonly missing?: string;
  /** A bar of how many instansi got each predikat (home, map, province). */
  readonly counts?: readonly { readonly kode: string; readonly n: number }[];
  /** The publication the figures come from, when official. */
  readonly source?: string | null;
}

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
const X = 60;
const INSIDE = CARD_WIDTH - 2 * X;
const BRAND = "#004685";
const chars = (size: number) => INSIDE / (size * 0.6);

/** The notice on a card of sample data, one line per language. */
export function cardNotice(year: number): readonly [string, string] {
  return [
    `DATA SAMPEL: angka buatan untuk demonstrasi, bukan hasil resmi PEKPPP ${year}`,
    `SAMPLE DATA: made-up figures, not official PEKPPP ${year} results`,
  ];
}

function countsBar(counts: readonly { kode: string; n: number }[], y: number): string {
  const total = counts.reduce((s, c) => s + c.n, 0);
  if (total === 0) return "";
  const h = 44;
  let x = X;
  const parts: string[] = [];
  for (const c of counts) {
    if (c.n <= 0) continue;
    const w = (c.n / total) * INSIDE;
    const sw = swatchOf(c.kode);
    parts.push(`<rect x="${x.toFixed(2)}" y="${y}" width="${w.toFixed(2)}" height="${h}" fill="${sw.fill}"/>`);
    const label = `${c.kode} ${formatInteger(c.n, "id")}`;
    if (w > label.length * 22 * 0.6 + 12)
      parts.push(
        `<text x="${(x + w / 2).toFixed(2)}" y="${y + 30}" font-size="22" font-weight="bold" text-anchor="middle" fill="${sw.text}">${escapeXml(label)}</text>`,
      );
    x += w;
  }
  return `<g>${parts.join("")}<rect x="${X}" y="${y}" width="${INSIDE}" height="${h}" fill="none" stroke="#4d4d4d"/></g>`;
}

export function socialCard(c: CardInput): string {
  const parts: string[] = [
    `<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="#ffffff"/>`,
    `<rect width="${CARD_WIDTH}" height="84" fill="${BRAND}"/>`,
    `<text x="${X}" y="54" font-size="30" font-weight="bold" fill="#ffffff">Dasbor IPP · Indeks Pelayanan Publik</text>`,
    `<text x="${CARD_WIDTH - X}" y="54" font-size="30" font-weight="bold" fill="#ffffff" text-anchor="end">PEKPPP ${c.year}</text>`,
    textLines(wrapText(c.kicker, chars(26), 1), { x: X, y: 140, size: 26, fill: MUTED }),
  ];
  const nameLines = wrapText(c.name, chars(54), 2);
  parts.push(textLines(nameLines, { x: X, y: 206, size: 54, lineHeight: 64, weight: "bold" }));
  const top = 206 + (nameLines.length - 1) * 64 + 56;

  parts.push(textLines(wrapText(c.ippLabel, chars(24), 1), { x: X, y: top + 24, size: 24, fill: MUTED }));
  if (c.ipp === null) {
    parts.push(
      textLines([c.missing ?? "Tidak dievaluasi / Not evaluated"], { x: X, y: top + 100, size: 56, weight: "bold" }),
    );
  } else {
    const value = formatIpp(c.ipp, "id");
    parts.push(
      `<text x="${X}" y="${top + 124}" font-size="112" font-weight="bold" fill="${INK}">${escapeXml(value)}</text>`,
    );
    if (c.predikat) {
      const sw = swatchOf(c.predikat.kode);
      const chipX = X + Math.ceil(value.length * 112 * 0.62) + 40;
      parts.push(
        `<rect x="${chipX}" y="${top + 32}" width="120" height="100" rx="10" fill="${sw.fill}" stroke="#4d4d4d"/>`,
        `<text x="${chipX + 60}" y="${top + 104}" font-size="64" font-weight="bold" text-anchor="middle" fill="${sw.text}">${escapeXml(c.predikat.kode)}</text>`,
        textLines(wrapText(`Predikat: ${c.predikat.label}`, (CARD_WIDTH - X - chipX - 140) / (30 * 0.6), 2), {
          x: chipX + 140,
          y: top + 74,
          size: 30,
          lineHeight: 38,
        }),
      );
    }
  }
  if (c.counts?.length) parts.push(countsBar(c.counts, 486));

  if (c.status === "sample") {
    parts.push(
      `<rect x="0" y="552" width="${CARD_WIDTH}" height="78" fill="${NOTICE_FILL}"/>`,
      `<rect x="0" y="552" width="${CARD_WIDTH}" height="4" fill="${NOTICE_STROKE}"/>`,
      textLines(
        cardNotice(c.year).map((l) => wrapText(l, chars(22), 1)[0]!),
        { x: X, y: 584, size: 22, lineHeight: 30, weight: "bold", fill: NOTICE_INK },
      ),
    );
  } else {
    const from = c.source ? ` (${c.source})` : "";
    parts.push(
      textLines(wrapText(`Sumber: Kementerian PANRB, PEKPPP ${c.year}${from}`, chars(22), 1), {
        x: X,
        y: 596,
        size: 22,
        fill: MUTED,
      }),
    );
  }
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}" ` +
    `font-family="${FONT_STACK}" fill="${INK}">` +
    parts.join("") +
    `</svg>`
  );
}
