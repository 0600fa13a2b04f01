import { pick } from "../lib/format/lang.ts";
import { formatChange, formatDecimal, formatIpp, formatIppOrDash, formatYear } from "../lib/format/number.ts";
import { MARK_OUTLINE, swatchOf } from "../lib/format/palette.ts";
import { fillYears, yearSpan, type TrendPoint } from "./data/trend.ts";
import { bands, stepLabel, stepOf } from "./ladder.ts";
import { resolve } from "./options.ts";
import { FONT } from "./layout/sizes.ts";
import { fluidFrame, NARROWEST } from "./render/fluid.ts";
import type { LegendItem } from "./render/legend.ts";
import { el, pct, type Child } from "./render/markup.ts";
import { joinList, sourceLine } from "./text.ts";
import type { ChartOptions, ChartResult } from "./types.ts";

export interface TrendInput {
  readonly kode: string;
  readonly nama: string;
  readonly series: readonly TrendPoint[];
  /** A comparison line, e.g. the tingkat mean from each year's summary. */
  readonly average?: { readonly label: string; readonly series: readonly TrendPoint[] } | null;
}

type Present = TrendPoint & { readonly ipp: number; readonly predikat: string; readonly tip: string };

const INK = "#1a1a1a";
const PEER = "#595959";
/** The plot's top (room for the labels over the highest values) and height, in px. */
const PLOT_TOP = 22;
const PLOT_H = 230;
/** The first and the last year, as shares of the width: room for a value label beside the tick labels and the band letters. */
const X0 = 0.14;
const X1 = 0.86;
/** The widths, in px, a year label and a value label ("4,63 A-") take with room around them. */
const YEAR_LABEL = 34;
const VALUE_LABEL = 46;

/**
 * IPP across the years for one instansi over tinted predikat bands (letters
 * at the right). The x axis holds every calendar year in the span, and the
 * line breaks where a year has no value instead of bridging it. A fluid
 * chart (render/fluid.ts): one drawing for every width.
 */
export function trend(input: TrendInput, o: ChartOptions): ChartResult {
  const { id, pretty } = resolve("trend", o);
  const { lang } = o;
  const avgIn = input.average ?? null;
  const years = yearSpan(input.series, avgIn?.series ?? []);
  const series = fillYears(input.series, years);
  const average = avgIn ? fillYears(avgIn.series, years) : null;
  const present: Present[] = series.flatMap((p) => {
    if (p.ipp === null || p.predikat === null) return [];
    const step = stepOf(o.predikat, p.predikat);
    return [
      {
        ...p,
        ipp: p.ipp,
        predikat: p.predikat,
        tip: `${input.nama}, ${formatYear(p.year)}\nIPP ${formatIpp(p.ipp, lang)} · ${p.predikat}${step ? ` (${stepLabel(step, lang)})` : ""}`,
      },
    ];
  });
  const missing = series.filter((p) => p.ipp === null);

  // Start the axis at a half-point below the lowest value: the bands that matter stay visible without the empty 0–2 range.
  const values = [...series, ...(average ?? [])].flatMap((p) => (p.ipp === null ? [] : [p.ipp]));
  const lo = Math.max(0, Math.floor((Math.min(5, ...values) - 0.3) * 2) / 2);
  const visible = bands(o.predikat)
    .filter((b) => b.hi >= lo)
    .map((b) => ({ ...b, y1: Math.max(lo, b.lo - 0.005), y2: Math.min(5, b.hi + 0.005), fill: swatchOf(b.kode).fill }))
    .filter((b) => b.y2 - b.y1 >= 0.1); // a sliver at the axis floor would only print a stray letter

  // y in px below the legend; x a share of the width (render/fluid.ts), the years evenly from X0 to X1.
  const y = (v: number) => PLOT_TOP + ((5 - v) / (5 - lo)) * PLOT_H;
  const n = years.length;
  const xAt = (year: number) => {
    const i = years.indexOf(year);
    return pct(n > 1 ? X0 + (i * (X1 - X0)) / (n - 1) : 0.5);
  };
  // One drawing serves 300 px too: label only every k-th year so labels never overlap there (the last always).
  const gap = n > 1 ? (NARROWEST * (X1 - X0)) / (n - 1) : NARROWEST;
  const every = (width: number) => Math.max(1, Math.ceil(width / gap));
  const shown = (k: number) => (year: number) => (n - 1 - years.indexOf(year)) % k === 0;
  const yearShown = shown(every(YEAR_LABEL));
  const valueShown = shown(every(VALUE_LABEL));
  const ticks = Array.from({ length: Math.round((5 - lo) * 2) + 1 }, (_, i) => lo + i / 2);
  /** Segments between neighbouring years that both have a value (and, for the instansi, the same profile). */
  const joins = (pts: readonly TrendPoint[], same: (a: TrendPoint, b: TrendPoint) => boolean) =>
    pts.slice(1).flatMap((b, i) => {
      const a = pts[i]!;
      return a.ipp !== null && b.ipp !== null && same(a, b)
        ? [el("line", { x1: xAt(a.year), x2: xAt(b.year), y1: y(a.ipp), y2: y(b.ipp) })]
        : [];
    });

  const body: Child[] = [
    el(
      "g",
      { "data-plot": "rect", "fill-opacity": 0.16 },
      visible.map((b) => el("rect", { x: 0, width: "100%", y: y(b.y2), height: y(b.y1) - y(b.y2), fill: b.fill })),
    ),
    el(
      "g",
      { "data-plot": "text", fill: PEER, "font-weight": "bold", "text-anchor": "end" },
      visible.map((b) => el("text", { x: "100%", dx: -4, y: y((b.y1 + b.y2) / 2), dy: "0.32em" }, [b.kode])),
    ),
    el(
      "g",
      { "data-plot": "y-axis tick label", fill: PEER, "font-variant": "tabular-nums", "text-anchor": "start" },
      ticks.map((v) => el("text", { x: 2, y: y(v) - 3 }, [formatDecimal(v, lang, 1)])),
    ),
    ...(average
      ? [
          el(
            "g",
            { "data-plot": "line", stroke: PEER, "stroke-width": 1.5, "stroke-dasharray": "4 3" },
            joins(average, () => true),
          ),
          el(
            "g",
            // Marks too (the CSV download reads the plotted data from them), told apart by data-seri on their group.
            { "data-plot": "dot", "data-seri": "rata-rata", "data-label": avgIn!.label, fill: PEER },
            average.flatMap((p) =>
              p.ipp === null
                ? []
                : [
                    el(
                      "circle",
                      {
                        class: "mark",
                        "data-tahun": p.year,
                        "data-ipp": p.ipp.toFixed(2),
                        cx: xAt(p.year),
                        cy: y(p.ipp),
                        r: 2.5,
                      },
                      [el("title", {}, [`${avgIn!.label}, ${formatYear(p.year)}: ${formatIpp(p.ipp, lang)}`])],
                    ),
                  ],
            ),
          ),
        ]
      : []),
    // Years scored with different profiles are not comparable: no line across the break.
    el(
      "g",
      { "data-plot": "line", stroke: INK, "stroke-width": 2 },
      joins(series, (a, b) => (a.segment ?? 0) === (b.segment ?? 0)),
    ),
    el(
      "g",
      {
        "data-plot": "dot",
        "data-kode": input.kode,
        "data-label": input.nama,
        stroke: MARK_OUTLINE,
        "stroke-width": 1,
      },
      present.map((p) =>
        el(
          "circle",
          {
            class: "mark",
            "data-tahun": p.year,
            "data-ipp": p.ipp.toFixed(2),
            "data-predikat": p.predikat,
            cx: xAt(p.year),
            cy: y(p.ipp),
            r: 5.5,
            fill: swatchOf(p.predikat).fill,
          },
          [el("title", {}, [p.tip])],
        ),
      ),
    ),
    el(
      "g",
      { "data-plot": "text", "font-size": FONT.label, "font-weight": "bold", "text-anchor": "middle" },
      present
        .filter((p) => valueShown(p.year))
        .map((p) => el("text", { x: xAt(p.year), y: y(p.ipp) - 10 }, [`${formatIpp(p.ipp, lang)} ${p.predikat}`])),
    ),
    el(
      "g",
      { "data-plot": "text", fill: PEER, "font-style": "italic", "text-anchor": "middle" },
      missing.map((p) => el("text", { x: xAt(p.year), y: y(lo) - 8 }, [pick(lang, "tidak ada data", "no data")])),
    ),
    el(
      "g",
      { "data-plot": "x-axis tick label", "text-anchor": "middle" },
      years
        .filter(yearShown)
        .map((year) => el("text", { x: xAt(year), y: PLOT_TOP + PLOT_H + 16 }, [formatYear(year)])),
    ),
  ];

  const items: LegendItem[] = [
    { kind: "symbol", symbol: "line", label: input.nama },
    ...(avgIn ? [{ kind: "symbol" as const, symbol: "dash" as const, label: avgIn.label }] : []),
  ];
  const span =
    years.length > 1
      ? `${formatYear(years[0]!)}–${formatYear(years.at(-1)!)}`
      : years.length
        ? formatYear(years[0]!)
        : "";
  const title = pick(lang, `IPP ${input.nama}, ${span}`, `IPP of ${input.nama}, ${span}`);
  const description = describe(input.nama, present, missing, average, avgIn?.label ?? "", o);
  const framed = fluidFrame({
    kind: "trend",
    id,
    lang,
    title,
    description,
    legend: items,
    body,
    bodyHeight: PLOT_TOP + PLOT_H + 24,
    pretty,
  });

  const cell = (v: number | null) => formatIppOrDash(v, lang);
  return {
    ...framed,
    source: sourceLine(o),
    table: {
      caption: title,
      columns: [
        { key: "tahun", label: pick(lang, "Tahun", "Year"), align: "left" },
        { key: "ipp", label: "IPP", align: "right" },
        { key: "predikat", label: pick(lang, "Predikat", "Grade"), align: "center" },
        ...(avgIn
          ? [
              { key: "rata_rata", label: avgIn.label, align: "right" as const },
              {
                key: "selisih",
                label: pick(lang, "Selisih dari rata-rata", "Difference from average"),
                align: "right" as const,
              },
            ]
          : []),
      ],
      rows: series.map((p, i) => {
        const avg = average?.[i]?.ipp ?? null;
        return [
          formatYear(p.year),
          cell(p.ipp),
          p.predikat ?? "–",
          ...(avgIn ? [cell(avg), p.ipp === null || avg === null ? "–" : formatChange(p.ipp - avg, lang)] : []),
        ];
      }),
    },
  };
}

function describe(
  nama: string,
  present: readonly Present[],
  missing: readonly TrendPoint[],
  average: readonly TrendPoint[] | null,
  avgLabel: string,
  o: ChartOptions,
): string {
  const { lang } = o;
  if (!present.length) return pick(lang, `Belum ada nilai IPP untuk ${nama}.`, `No IPP values for ${nama} yet.`);
  const points = present.map((p) =>
    pick(
      lang,
      `${formatIpp(p.ipp, lang)} (${p.predikat}) pada ${formatYear(p.year)}`,
      `${formatIpp(p.ipp, lang)} (${p.predikat}) in ${formatYear(p.year)}`,
    ),
  );
  const out = [pick(lang, `IPP ${nama}: ${joinList(points, lang)}.`, `IPP of ${nama}: ${joinList(points, lang)}.`)];
  const first = present[0]!;
  const last = present.at(-1)!;
  if (present.length > 1) {
    const d = Math.round((last.ipp - first.ipp) * 100) / 100;
    const [y0, y1] = [formatYear(first.year), formatYear(last.year)];
    out.push(
      d === 0
        ? pick(lang, `Tidak berubah dari ${y0} ke ${y1}.`, `Unchanged from ${y0} to ${y1}.`)
        : pick(
            lang,
            `${d > 0 ? "Naik" : "Turun"} ${formatChange(d, lang)} dari ${y0} ke ${y1}.`,
            `${d > 0 ? "Up" : "Down"} ${formatChange(d, lang)} from ${y0} to ${y1}.`,
          ),
    );
  }
  if (missing.length) {
    const ys = joinList(
      missing.map((p) => formatYear(p.year)),
      lang,
    );
    out.push(pick(lang, `Tidak ada data untuk ${ys}.`, `No data for ${ys}.`));
  }
  const lastAvg = average?.find((p) => p.year === last.year)?.ipp ?? null;
  if (lastAvg !== null)
    out.push(
      pick(
        lang,
        `${avgLabel} pada ${formatYear(last.year)}: ${formatIpp(lastAvg, lang)}.`,
        `${avgLabel} in ${formatYear(last.year)}: ${formatIpp(lastAvg, lang)}.`,
      ),
    );
  return out.join(" ");
}
