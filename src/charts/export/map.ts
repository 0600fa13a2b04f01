import type { Lang } from "../../lib/format/lang.ts";
import { formatInteger } from "../../lib/format/number.ts";
import { MARK_OUTLINE, NOT_EVALUATED, hatchPattern, isPredikat, swatchOf } from "../../lib/format/palette.ts";
import type { ChartData } from "./csv.ts";
import { escapeXml, textLines, wrapText } from "./xml.ts";

/**
 * The predikat map as files (the map's download buttons, src/client/map/downloads.ts):
 * the picture the standalone SVG and the PNG are made of (the server-drawn
 * map's shapes, coloured for the level shown, with a predikat legend drawn
 * under it so a print reads without the page), and the CSV's rows (every
 * region the map colours). Pure: the browser reads the shapes and figures
 * from the page and hands them here.
 */

/** One region the map colours, as the CSV lists it. */
export interface MapRow {
  readonly kode: string;
  readonly nama: string;
  /** provinsi, kabupaten, kota; "" when the region list does not know the code. */
  readonly tingkat: string;
  readonly ipp: number | null;
  /** Null: not evaluated that year (drawn hatched). */
  readonly predikat: string | null;
}

export const MAP_CSV_COLUMNS = ["kode", "nama", "tingkat", "ipp", "predikat"] as const;

/** The CSV's data (chartCsv adds tahun and status): one row per region, sorted by code. */
export function mapCsvData(rows: readonly MapRow[]): ChartData {
  const seen = new Set<string>();
  for (const r of rows) {
    if (seen.has(r.kode)) throw new Error(`wilayah peta ganda: ${r.kode}`);
    seen.add(r.kode);
    if (r.predikat !== null && !isPredikat(r.predikat))
      throw new Error(`predikat tidak dikenal untuk ${r.kode}: "${r.predikat}"`);
    if ((r.ipp === null) !== (r.predikat === null))
      throw new Error(`wilayah ${r.kode}: IPP dan predikat harus sama-sama ada atau sama-sama kosong`);
  }
  const sorted = [...rows].sort((a, b) => (a.kode < b.kode ? -1 : a.kode > b.kode ? 1 : 0));
  return {
    columns: MAP_CSV_COLUMNS,
    rows: sorted.map((r) => [r.kode, r.nama, r.tingkat || null, r.ipp, r.predikat]),
  };
}

/** The level a map shows, as its downloads' names say it: ipp-2024-peta-kabupaten-kota.png. */
export const MAP_LEVEL_NAME = { kabkota: "kabupaten-kota", provinsi: "provinsi" } as const;

/** One shape of the server-drawn map (a path with data-kode). */
export interface MapShape {
  readonly kode: string;
  /** Path data in the map's viewBox units. */
  readonly d: string;
  /** Drawn as a small diamond (a region too small for the scale). */
  readonly marker: boolean;
  /** The predikat it is coloured with at the level shown; null: hatched. */
  readonly predikat: string | null;
}

/** One step of the legend, as the page's legend shows it. */
export interface MapLegendEntry {
  /** Predikat letter; null: not evaluated. */
  readonly code: string | null;
  readonly label: string;
  /** "4,51–5,00"; "" for not evaluated. */
  readonly range: string;
  /** Regions shown with it; null: no count. */
  readonly count: number | null;
}

export interface MapPictureInput {
  /** The map's viewBox size. */
  readonly width: number;
  readonly height: number;
  readonly shapes: readonly MapShape[];
  /** Path data of the borders drawn over the regions (province lines); "" for none. */
  readonly borders: string;
  /**
   * Each shape is part of a larger region coloured as one (provinces drawn
   * from their kab/kota): no white line between shapes of one colour.
   */
  readonly merged: boolean;
  readonly legendTitle: string;
  readonly legend: readonly MapLegendEntry[];
  readonly lang: Lang;
}

/** Width of the picture in CSS px (the map is scaled to it; the legend is laid out in it). */
export const MAP_PICTURE_WIDTH = 960;
const LEGEND_SIZE = 13;
const SWATCH_W = 34;
const SWATCH_H = 22;
const ROW_H = 30;
const GAP = 22;
/** Text width estimate (0.6 em per character, as the other exports). */
const textWidth = (s: string, size: number) => s.length * size * 0.6;

/** The counts of a legend from the rows the map colours (every step, zero included; null: not evaluated). */
export function legendCounts(rows: readonly Pick<MapRow, "predikat">[]): Map<string | null, number> {
  const counts = new Map<string | null, number>();
  for (const r of rows) counts.set(r.predikat, (counts.get(r.predikat) ?? 0) + 1);
  return counts;
}

/**
 * The legend drawn as SVG, `width` wide: the title, then each step (its
 * letter on its colour, its name, range and count) flowing in rows. Returns
 * the markup (origin at its top left) and its height.
 */
export function mapLegendSvg(
  entries: readonly MapLegendEntry[],
  o: { readonly title: string; readonly width: number; readonly lang: Lang; readonly hatchId: string },
): { svg: string; height: number } {
  const parts: string[] = [];
  const titleLines = wrapText(o.title, o.width / (LEGEND_SIZE * 0.6));
  parts.push(textLines(titleLines, { x: 0, y: LEGEND_SIZE, size: LEGEND_SIZE, weight: "bold", lineHeight: 17 }));
  let y = LEGEND_SIZE + (titleLines.length - 1) * 17 + 10;
  let x = 0;
  const maxText = o.width - SWATCH_W - 8;
  for (const e of entries) {
    const words = [e.label, e.range, e.count === null ? "" : `(${formatInteger(e.count, o.lang)})`]
      .filter(Boolean)
      .join(" ");
    const text = wrapText(words, maxText / (LEGEND_SIZE * 0.6), 1)[0] ?? "";
    const w = SWATCH_W + 8 + textWidth(text, LEGEND_SIZE);
    if (x > 0 && x + w > o.width) {
      x = 0;
      y += ROW_H;
    }
    const sw = e.code === null ? NOT_EVALUATED : swatchOf(e.code);
    const fill = e.code === null ? `url(#${o.hatchId})` : sw.fill;
    parts.push(
      `<rect x="${x}" y="${y}" width="${SWATCH_W}" height="${SWATCH_H}" rx="3" fill="${fill}" stroke="${MARK_OUTLINE}"/>`,
    );
    const letter = e.code ?? "–";
    // The letter on the hatch sits on a white chip, so it stays readable.
    if (e.code === null)
      parts.push(`<rect x="${x + 9}" y="${y + 4}" width="${SWATCH_W - 18}" height="${SWATCH_H - 8}" fill="#ffffff"/>`);
    parts.push(
      `<text x="${x + SWATCH_W / 2}" y="${y + 16}" font-size="${LEGEND_SIZE}" font-weight="bold" text-anchor="middle" fill="${sw.text}">${escapeXml(letter)}</text>`,
      textLines([text], { x: x + SWATCH_W + 8, y: y + 16, size: LEGEND_SIZE }),
    );
    x += w + GAP;
  }
  y += SWATCH_H;
  return { svg: `<g class="map-legend">${parts.join("")}</g>`, height: Math.ceil(y) };
}

/**
 * The map and its legend as one SVG (root with a viewBox in CSS px), ready
 * for standaloneSvg: the map scaled to MAP_PICTURE_WIDTH on its sea-blue
 * ground, each shape filled with its predikat's colour (hatched when not
 * evaluated), the borders over them, and the legend below.
 */
export function mapPictureSvg(i: MapPictureInput): string {
  if (!(i.width > 0) || !(i.height > 0)) throw new Error("ukuran peta tidak sah");
  const W = MAP_PICTURE_WIDTH;
  const mapH = Math.round((W * i.height) / i.width);
  const unit = i.width / W; // map units per CSS px
  const hatchId = "unduh-peta-hatch";
  const stroke = (0.6 * unit).toFixed(3);
  const shapes = i.shapes
    .map((s) => {
      if (s.predikat !== null && !isPredikat(s.predikat))
        throw new Error(`predikat tidak dikenal untuk ${s.kode}: "${s.predikat}"`);
      const fill = s.predikat === null ? `url(#${hatchId})` : swatchOf(s.predikat).fill;
      // Merged: a shape's edge takes its own colour (no line inside a province, no dark diamond of a small
      // kab/kota in it); hatched ones none. Otherwise white edges, and a dark one round a small region's diamond.
      const line = i.merged ? (s.predikat === null ? "none" : fill) : s.marker ? "#1a1a1a" : "#ffffff";
      return `<path d="${escapeXml(s.d)}" fill="${fill}" stroke="${line}" data-kode="${escapeXml(s.kode)}"/>`;
    })
    .join("");
  const borders = i.borders
    ? `<path d="${escapeXml(i.borders)}" fill="none" stroke="${MARK_OUTLINE}" stroke-width="${(1.1 * unit).toFixed(3)}" stroke-linejoin="round"/>`
    : "";
  const legend = mapLegendSvg(i.legend, { title: i.legendTitle, width: W, lang: i.lang, hatchId });
  const legendY = mapH + 14;
  const H = legendY + legend.height;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}">` +
    `<defs>${hatchPattern(hatchId)}</defs>` +
    `<rect width="${W}" height="${mapH}" fill="#eef2f5"/>` +
    `<svg x="0" y="0" width="${W}" height="${mapH}" viewBox="0 0 ${i.width} ${i.height}" fill-rule="evenodd">` +
    `<g stroke-width="${stroke}" stroke-linejoin="round">${shapes}</g>${borders}</svg>` +
    `<g transform="translate(0 ${legendY})">${legend.svg}</g>` +
    `</svg>`
  );
}
