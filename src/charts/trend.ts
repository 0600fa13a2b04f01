import { pick } from "../lib/format/lang.ts";
import { formatChange, formatDecimal, formatIpp, formatIppOrDash, formatYear } from "../lib/format/number.ts";
import { MARK_OUTLINE, swatchOf } from "../lib/format/palette.ts";
import { fillYears, yearSpan, type TrendPoint } from "./data/trend.ts";
import { bands, stepLabel, stepOf } from "./ladder.ts";
import { resolve } from "./options.ts";
import { FONT } from "./layout/sizes.ts";
import { frame } from "./render/frame.ts";
import { legend, type LegendItem } from "./render/legend.ts";
import { Plot, plotSvg } from "./render/plot.ts";
import { tagMarks } from "./render/tag.ts";
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

/**
 * IPP across the years for one instansi over tinted predikat bands (letters
 * in the right margin). The x axis holds every calendar year in the span,
 * and the line breaks where a year has no value instead of bridging it.
 */
export function trend(input: TrendInput, o: ChartOptions): ChartResult {
  const { width, id, pretty, compact } = resolve("trend", o);
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

  const marks = [
    Plot.rect(visible, { y1: "y1", y2: "y2", fill: "fill", fillOpacity: 0.16 }),
    Plot.text(visible, {
      y: (b) => (b.y1 + b.y2) / 2,
      frameAnchor: "right",
      dx: 14,
      text: "kode",
      fill: PEER,
      fontWeight: "bold",
    }),
    ...(average
      ? [
          Plot.line(average, { x: "year", y: "ipp", stroke: PEER, strokeWidth: 1.5, strokeDasharray: "4 3" }),
          Plot.dot(
            average.filter((p) => p.ipp !== null),
            {
              x: "year",
              y: "ipp",
              r: 2.5,
              fill: PEER,
              title: (p: TrendPoint) => `${avgIn!.label}, ${formatYear(p.year)}: ${formatIpp(p.ipp!, lang)}`,
              // Marks too (the CSV download reads the plotted data from them), told apart by data-seri.
              render: tagMarks(
                average.filter((p) => p.ipp !== null),
                (p) => ({
                  "data-seri": "rata-rata",
                  "data-label": avgIn!.label,
                  "data-tahun": p.year,
                  "data-ipp": p.ipp!.toFixed(2),
                }),
              ),
            },
          ),
        ]
      : []),
    // Years scored with different profiles are not comparable: no line across the break.
    Plot.line(
      series,
      series.some((p) => (p.segment ?? 0) > 0)
        ? { x: "year", y: "ipp", z: (p: TrendPoint) => p.segment ?? 0, stroke: INK, strokeWidth: 2 }
        : { x: "year", y: "ipp", stroke: INK, strokeWidth: 2 },
    ),
    Plot.dot(present, {
      x: "year",
      y: "ipp",
      r: 5.5,
      fill: (p: Present) => swatchOf(p.predikat).fill,
      stroke: MARK_OUTLINE,
      strokeWidth: 1,
      title: "tip",
      render: tagMarks(present, (p) => ({
        "data-kode": input.kode,
        "data-label": input.nama,
        "data-tahun": p.year,
        "data-ipp": p.ipp.toFixed(2),
        "data-predikat": p.predikat,
      })),
    }),
    Plot.text(present, {
      x: "year",
      y: "ipp",
      dy: -13,
      text: (p: Present) => `${formatIpp(p.ipp, lang)} ${p.predikat}`,
      fontWeight: "bold",
      fontSize: FONT.label,
    }),
    Plot.text(missing, {
      x: "year",
      y: lo,
      dy: -10,
      text: () => pick(lang, "tidak ada data", "no data"),
      fill: PEER,
      fontStyle: "italic",
    }),
  ];

  const plot = plotSvg({
    width,
    // Taller than wide on a phone: the steps between predikat bands stay readable.
    height: compact ? 300 : 280,
    marginLeft: compact ? 32 : 40,
    marginRight: 36,
    marginTop: 24,
    marginBottom: 30,
    x: { type: "point", domain: years, label: null, tickFormat: formatYear, padding: compact ? 0.3 : 0.4 },
    y: {
      domain: [lo, 5],
      ticks: compact ? 5 - lo : (5 - lo) * 2,
      tickFormat: (v: number) => formatDecimal(v, lang, 1),
      label: "IPP",
      labelAnchor: "top",
      labelArrow: "none",
    },
    color: { type: "identity" },
    marks,
  });

  const items: LegendItem[] = [
    { kind: "symbol", symbol: "line", label: input.nama },
    ...(avgIn ? [{ kind: "symbol" as const, symbol: "dash" as const, label: avgIn.label }] : []),
  ];
  const span = years.length ? `${formatYear(years[0]!)}–${formatYear(years.at(-1)!)}` : "";
  const title = pick(lang, `IPP ${input.nama}, ${span}`, `IPP of ${input.nama}, ${span}`);
  const description = describe(input.nama, present, missing, average, avgIn?.label ?? "", o);
  const framed = frame({
    kind: "trend",
    id,
    lang,
    title,
    description,
    width,
    plot,
    legend: legend(items, width),
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
