import { pick } from "../lib/format/lang.ts";
import { formatDecimal, formatInteger, formatIpp, formatRankOf } from "../lib/format/number.ts";
import { MARK_OUTLINE, swatchOf } from "../lib/format/palette.ts";
import type { InstansiResult } from "../lib/schema/output.ts";
import { byValueThenName, median, ranked } from "./data/stats.ts";
import { bands, stepLabel, stepOf } from "./ladder.ts";
import { dodge } from "./layout/dodge.ts";
import { resolve } from "./options.ts";
import { FONT } from "./layout/sizes.ts";
import { frame } from "./render/frame.ts";
import { Plot, plotSvg } from "./render/plot.ts";
import { tagMarks } from "./render/tag.ts";
import { groupNoun, predikatCounts, sourceLine, tingkatLabel } from "./text.ts";
import type { ChartOptions, ChartResult, Lang } from "./types.ts";

export type IppRow = Pick<InstansiResult, "kode_instansi" | "nama" | "tingkat" | "ipp" | "predikat">;

export interface IppDistributionOptions extends ChartOptions {
  /** kode_instansi to emphasise (its own page): larger ring, labelled. */
  readonly highlight?: string | null;
  /** Dot radius; by default the largest (up to 5) whose pile fits `maxPile`, down to 1.5. */
  readonly radius?: number;
  /** Height the beeswarm may take before dots shrink; default 320. */
  readonly maxPile?: number;
}

interface Dot extends IppRow {
  readonly px: number;
  readonly py: number;
  readonly tip: string;
}

const MARGIN = { left: 16, right: 16, bottom: 36 };
const CHIP_ROW = 28;
const LABEL_ROW = 30;
/** Compact: the highlighted instansi's label may wrap to three lines. */
const LABEL_ROW_COMPACT = 50;
const SCALE_MAX = 5;

/**
 * The axis starts at the half point below the lowest IPP (never below 0),
 * so an empty 0–2 range does not take 40 % of the width; the predikat bands
 * below it are left out, and the axis title says where it starts.
 */
export function axisFloor(values: readonly number[]): number {
  if (!values.length) return 0;
  return Math.max(0, Math.floor((Math.min(...values) - 0.1) * 2) / 2);
}

/** The largest radius (from 5 down in half steps, or the one asked for) whose pile fits. */
function fit(xs: readonly number[], asked: number | undefined, maxPile: number): { r: number; heights: number[] } {
  let r = asked ?? 5;
  let heights = dodge(xs, r);
  while (asked === undefined && r > 1.5 && Math.max(0, ...heights) + 2 * r > maxPile) {
    r -= 0.5;
    heights = dodge(xs, r);
  }
  return { r, heights };
}

/**
 * Where everything goes. It does not depend on which instansi is
 * highlighted, only on whether one is (a label row is reserved above the
 * bands), so a page that highlights each instansi in turn can compute it
 * once (see ippHighlight.ts).
 */
export interface IppLayout {
  readonly width: number;
  readonly height: number;
  /** Rows sorted lowest IPP first (ties by code), the order the dots are drawn in. */
  readonly sorted: readonly IppRow[];
  readonly dots: readonly Dot[];
  readonly byCode: ReadonlyMap<string, Dot>;
  readonly r: number;
  readonly x0: number;
  readonly x1: number;
  /** The IPP at the left end of the axis (axisFloor). */
  readonly lo: number;
  readonly compact: boolean;
  readonly labelY: number;
  readonly chipY: number;
  readonly baseline: number;
}

export function ippLayout(rows: readonly IppRow[], o: IppDistributionOptions, withLabel: boolean): IppLayout {
  const { width, compact } = resolve("ippDistribution", o);
  const sorted = [...rows]
    .sort(
      byValueThenName(
        (r) => r.ipp,
        (r) => r.kode_instansi,
      ),
    )
    .reverse();
  const x0 = MARGIN.left;
  const x1 = width - MARGIN.right;
  const lo = axisFloor(rows.map((d) => d.ipp));
  const toPx = (v: number) => x0 + ((v - lo) / (SCALE_MAX - lo)) * (x1 - x0);
  const { r, heights } = fit(
    sorted.map((d) => toPx(d.ipp)),
    o.radius,
    o.maxPile ?? 320,
  );
  const pile = Math.max(0, ...heights) + 2 * r;
  const labelRow = compact ? LABEL_ROW_COMPACT : LABEL_ROW;
  const top = CHIP_ROW + (withLabel ? labelRow : 0) + 8;
  const height = Math.ceil(top + pile + MARGIN.bottom);
  const baseline = height - MARGIN.bottom - 3 - r;
  const tipOf = (d: IppRow) => {
    const step = stepOf(o.predikat, d.predikat);
    return `${d.nama}\nIPP ${formatIpp(d.ipp, o.lang)} · ${d.predikat}${step ? ` (${stepLabel(step, o.lang)})` : ""}`;
  };
  const dots: Dot[] = sorted.map((d, i) => ({ ...d, px: d.ipp, py: baseline - heights[i]!, tip: tipOf(d) }));
  return {
    width,
    height,
    sorted,
    dots,
    byCode: new Map(dots.map((d) => [d.kode_instansi, d])),
    r,
    x0,
    x1,
    lo,
    compact,
    // The label's last line sits just above the leader line.
    labelY: CHIP_ROW + labelRow - 6,
    chipY: CHIP_ROW / 2,
    baseline,
  };
}

/** The Plot options shared by the whole chart and by a highlight drawn on its own (same scales, same frame). */
export function ippPlotFrame(l: IppLayout, lang: Lang) {
  return {
    width: l.width,
    height: l.height,
    marginLeft: MARGIN.left,
    marginRight: MARGIN.right,
    marginTop: 0,
    marginBottom: MARGIN.bottom,
    x: {
      domain: [l.lo, SCALE_MAX],
      range: [l.x0, l.x1],
      ticks: l.compact ? 5 : 10,
      tickFormat: (v: number) => formatDecimal(v, lang, 1),
      label:
        l.lo > 0
          ? pick(
              lang,
              `IPP (skala 0–5; sumbu mulai ${formatDecimal(l.lo, lang, 1)})`,
              `IPP (0–5 scale; axis starts at ${formatDecimal(l.lo, lang, 1)})`,
            )
          : pick(lang, "Indeks Pelayanan Publik (0–5)", "Public Service Index (0–5)"),
    },
    y: { domain: [0, l.height], range: [0, l.height], axis: null },
    color: { type: "identity" as const },
  };
}

/** The ring, the leader line and the label of the highlighted dot, drawn last so they sit on top. */
export function highlightMarks(l: IppLayout, kode: string, lang: Lang) {
  const h = l.byCode.get(kode);
  if (!h) throw new Error(`instansi yang disorot tidak ada dalam data: ${kode}`);
  const at = l.x0 + ((h.ipp - l.lo) / (SCALE_MAX - l.lo)) * (l.x1 - l.x0);
  const anchor = at < l.width * 0.25 ? "start" : at > l.width * 0.75 ? "end" : "middle";
  const label = `${h.nama}: ${formatIpp(h.ipp, lang)} (${h.predikat})`;
  // Wrap (in ems) so the label stays inside the chart on its side of the leader line.
  const room = anchor === "middle" ? Math.min(at, l.width - at) * 2 : anchor === "start" ? l.width - at : at;
  const lineWidth = Math.max(8, Math.floor((room - 8) / (FONT.label * 0.6)));
  return [
    Plot.ruleX([h], { x: "px", y1: l.labelY + 4, y2: h.py - l.r - 3, stroke: "#1a1a1a" }),
    Plot.dot([h], {
      x: "px",
      y: "py",
      r: l.r + 3,
      stroke: "#1a1a1a",
      strokeWidth: 2,
      fill: "none",
      className: "highlight",
    }),
    Plot.text([h], {
      x: "px",
      y: l.labelY,
      text: () => label,
      textAnchor: anchor,
      lineAnchor: "bottom",
      lineWidth: l.compact ? lineWidth : Infinity,
      fontWeight: "bold",
      fontSize: FONT.label,
      className: "highlight-label",
    }),
  ];
}

/** The description without any highlight: how many, the spread, the predikat counts. */
export function distributionSentences(rows: readonly IppRow[], o: ChartOptions): string[] {
  const { lang } = o;
  const noun = groupNoun(new Set(rows.map((d) => d.tingkat)), lang);
  const n = formatInteger(rows.length, lang);
  const values = rows.map((d) => d.ipp);
  const sentences = [
    pick(
      lang,
      `Sebaran IPP ${n} ${noun} pada ${o.year}; setiap titik adalah satu instansi.`,
      `IPP scores of ${n} ${noun} in ${o.year}; each dot is one institution.`,
    ),
  ];
  if (rows.length) {
    const [lo, hi, mid] = [Math.min(...values), Math.max(...values), median(values)!].map((v) => formatIpp(v, lang));
    sentences.push(
      pick(lang, `Median ${mid}, terendah ${lo}, tertinggi ${hi}.`, `Median ${mid}, lowest ${lo}, highest ${hi}.`),
    );
    const counts = predikatCounts(
      o.predikat.map((s) => ({ kode: s.kode, n: rows.filter((d) => d.predikat === s.kode).length })),
      lang,
    );
    sentences.push(`${counts.charAt(0).toUpperCase()}${counts.slice(1)}.`);
  }
  return sentences;
}

/** The sentence placing the highlighted instansi: "… berada di peringkat =4 dari 30." */
export function highlightSentence(h: IppRow, rank: { rank: number; tied: boolean }, total: number, lang: Lang): string {
  const place = formatRankOf(rank.rank, total, rank.tied, lang);
  return pick(
    lang,
    `${h.nama} (IPP ${formatIpp(h.ipp, lang)}, predikat ${h.predikat}) berada di peringkat ${place}.`,
    `${h.nama} (IPP ${formatIpp(h.ipp, lang)}, grade ${h.predikat}) ranks ${place}.`,
  );
}

/**
 * Every instansi as a dot on the 0–5 IPP axis, piled as a beeswarm and
 * coloured by predikat, with the predikat thresholds drawn and the letter of
 * each band printed on its colour above it.
 */
export function ippDistribution(rows: readonly IppRow[], o: IppDistributionOptions): ChartResult {
  const { width, id, pretty } = resolve("ippDistribution", o);
  const { lang } = o;
  const highlight = o.highlight ? rows.find((d) => d.kode_instansi === o.highlight) : undefined;
  if (o.highlight && !highlight) throw new Error(`instansi yang disorot tidak ada dalam data: ${o.highlight}`);
  const l = ippLayout(rows, o, highlight !== undefined);
  const { sorted, dots, r, x0, x1, chipY, baseline, height, lo } = l;

  // Only the bands the axis shows, cut at its floor.
  const bandList = bands(o.predikat, SCALE_MAX).filter((b) => b.hi > lo);
  const chipHalf = (12 / (x1 - x0)) * (SCALE_MAX - lo); // 24px wide chip, in IPP units
  const chips = bandList.map((b) => ({ ...b, mid: (Math.max(lo, b.lo) + b.hi) / 2, ...swatchOf(b.kode) }));
  // Thresholds between x.x0 and x.x1, so 4.50 and 4.51 fall on either side of the line.
  const thresholds = bandList.map((b) => b.lo - 0.005).filter((t) => t > lo + 0.05);

  const marks = [
    Plot.ruleX(thresholds, { y1: chipY + 9, y2: baseline + r + 2, stroke: "#8c8c8c", strokeDasharray: "3 3" }),
    Plot.rect(chips, {
      x1: (c) => c.mid - chipHalf,
      x2: (c) => c.mid + chipHalf,
      y1: chipY - 8,
      y2: chipY + 8,
      fill: "fill",
      rx: 2,
    }),
    Plot.text(chips, { x: "mid", y: chipY, text: "kode", fill: "text", fontWeight: "bold", fontSize: 11 }),
    Plot.dot(dots, {
      x: "px",
      y: "py",
      r,
      fill: (d: Dot) => swatchOf(d.predikat).fill,
      stroke: MARK_OUTLINE,
      strokeWidth: 0.75,
      title: "tip",
      render: tagMarks(dots, (d) => ({
        "data-kode": d.kode_instansi,
        "data-label": d.nama,
        "data-ipp": d.ipp.toFixed(2),
        "data-predikat": d.predikat,
        "data-highlight": d.kode_instansi === highlight?.kode_instansi ? "true" : null,
      })),
    }),
    ...(highlight ? highlightMarks(l, highlight.kode_instansi, lang) : []),
  ];

  const plot = plotSvg({ ...ippPlotFrame(l, lang), marks });

  const noun = groupNoun(new Set(rows.map((d) => d.tingkat)), lang);
  const ranks = ranked(sorted, (d) => d.ipp);
  const title = pick(lang, `Sebaran IPP ${noun}, ${o.year}`, `Distribution of IPP scores, ${noun}, ${o.year}`);
  const sentences = distributionSentences(rows, o);
  if (highlight) {
    const h = sorted.find((d) => d.kode_instansi === highlight.kode_instansi)!;
    sentences.push(highlightSentence(h, ranks.get(h)!, rows.length, lang));
  }
  const description = sentences.join(" ");

  const framed = frame({ kind: "ippDistribution", id, lang, title, description, width, plot, pretty });
  return { ...framed, height, source: sourceLine(o), table: distributionTable(sorted, ranks, title, lang) };
}

function distributionTable(
  sorted: readonly IppRow[],
  ranks: Map<IppRow, { rank: number; tied: boolean }>,
  title: string,
  lang: Lang,
): ChartResult["table"] {
  const byRank = [...sorted].reverse().sort(
    byValueThenName(
      (d) => d.ipp,
      (d) => d.nama,
    ),
  );
  return {
    caption: title,
    columns: [
      { key: "peringkat", label: pick(lang, "Peringkat", "Rank"), align: "right" },
      { key: "nama", label: pick(lang, "Instansi", "Institution"), align: "left" },
      { key: "tingkat", label: pick(lang, "Tingkat", "Level"), align: "left" },
      { key: "ipp", label: "IPP", align: "right" },
      { key: "predikat", label: pick(lang, "Predikat", "Grade"), align: "center" },
    ],
    rows: byRank.map((d) => {
      const { rank, tied } = ranks.get(d)!;
      return [
        `${tied ? "=" : ""}${formatInteger(rank, lang)}`,
        d.nama,
        tingkatLabel(d.tingkat, lang),
        formatIpp(d.ipp, lang),
        d.predikat,
      ];
    }),
  };
}
