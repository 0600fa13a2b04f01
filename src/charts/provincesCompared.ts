import { pick } from "../lib/format/lang.ts";
import { formatDecimal, formatInteger, formatIpp, formatIppOrDash, formatRankOf } from "../lib/format/number.ts";
import { hatchPattern, NOT_EVALUATED, swatchOf } from "../lib/format/palette.ts";
import type { Summary } from "../lib/schema/output.ts";
import { byValueThenName, ranked } from "./data/stats.ts";
import { bandText, predikatFor } from "./ladder.ts";
import { resolve } from "./options.ts";
import { fragment } from "./render/fragment.ts";
import { frame } from "./render/frame.ts";
import { legend, type LegendItem } from "./render/legend.ts";
import { Plot, plotSvg } from "./render/plot.ts";
import { tagMarks } from "./render/tag.ts";
import { notEvaluatedText, predikatCounts, sourceLine, textWidth } from "./text.ts";
import type { ChartOptions, ChartResult } from "./types.ts";

type Provinsi = Summary["per_provinsi"][number];

export interface ProvincesComparedOptions extends ChartOptions {
  /**
   * "provinsi": the provincial government's own IPP and predikat (default).
   * "kabkota": the mean IPP of the province's kabupaten/kota, banded on the
   * same ladder (a computed mean, not an official predikat).
   */
  readonly measure?: "provinsi" | "kabkota";
  /** kode_provinsi to emphasise. */
  readonly highlight?: string | null;
}

interface Bar {
  readonly kode: string;
  readonly nama: string;
  readonly value: number | null;
  readonly predikat: string | null;
  readonly tip: string;
}

const ROW = 20;
/** Compact: the province's name on a line of its own above its bar. */
const ROW_COMPACT = 36;

/** The provinces sorted by IPP as horizontal bars, letter on the bar, value after it; provinces without a value last, hatched. */
export function provincesCompared(provinces: readonly Provinsi[], o: ProvincesComparedOptions): ChartResult {
  const { width, id, pretty, compact } = resolve("provincesCompared", o);
  const { lang } = o;
  const measure = o.measure ?? "provinsi";
  const patternId = `${id}-arsir`;
  const emptyText =
    measure === "provinsi"
      ? notEvaluatedText(lang)
      : pick(lang, "Tidak ada kabupaten/kota yang dievaluasi", "No regency or city evaluated");
  const bars: Bar[] = provinces
    .map((p) => {
      const value = measure === "provinsi" ? p.ipp_provinsi : p.rata_rata_kabkota;
      const predikat =
        value === null ? null : measure === "provinsi" ? p.predikat_provinsi : predikatFor(o.predikat, value).kode;
      const what =
        value === null ? emptyText : `IPP ${formatIpp(value, lang)} · ${bandText(o.predikat, predikat!, lang)}`;
      return { kode: p.kode_provinsi, nama: p.nama, value, predikat, tip: `${p.nama}\n${what}` };
    })
    .sort(
      byValueThenName(
        (b) => b.value,
        (b) => b.nama,
      ),
    );
  const highlight = o.highlight ? bars.find((b) => b.kode === o.highlight) : undefined;
  if (o.highlight && !highlight) throw new Error(`provinsi yang disorot tidak ada dalam data: ${o.highlight}`);
  const valued = bars.filter((b): b is Bar & { value: number; predikat: string } => b.value !== null);
  const empty = bars.filter((b) => b.value === null);
  const ranks = ranked(valued, (b) => b.value);

  // Room for the longest name in bold (the highlight), about a tenth wider than regular.
  const marginLeft = compact
    ? 14
    : Math.min(Math.ceil(Math.max(40, ...bars.map((b) => textWidth(b.nama, 11))) * 1.1) + 12, Math.round(width * 0.4));
  const row = compact ? ROW_COMPACT : ROW;
  const padding = compact ? 0.5 : 0.18;
  const names = bars.map((b) => b.nama);
  const nameMark = (data: readonly Bar[], bold: boolean) =>
    Plot.text(data, {
      x: 0,
      y: "nama",
      // Compact: above the bar, from its start; otherwise in the left margin.
      ...(compact ? { dy: -(row * (1 - padding)) / 2 - 6, textAnchor: "start" } : { dx: -8, textAnchor: "end" }),
      text: "nama",
      fontSize: 11,
      fontWeight: bold ? "bold" : "normal",
    });
  const marks = [
    Plot.barX(valued, {
      x: "value",
      y: "nama",
      fill: (b: Bar) => swatchOf(b.predikat).fill,
      title: "tip",
      render: tagMarks(valued, (b) => ({
        "data-kode": b.kode,
        "data-label": b.nama,
        "data-ipp": b.value.toFixed(2),
        "data-predikat": b.predikat,
        "data-highlight": b === highlight ? "true" : null,
      })),
    }),
    Plot.barX(empty, {
      x: 5,
      y: "nama",
      fill: `url(#${patternId})`,
      fillOpacity: 0.6,
      title: "tip",
      render: tagMarks(empty, (b) => ({
        "data-kode": b.kode,
        "data-label": b.nama,
        "data-predikat": "-",
        "data-highlight": b === highlight ? "true" : null,
      })),
    }),
    Plot.text(valued, {
      x: "value",
      y: "nama",
      dx: -4,
      text: "predikat",
      textAnchor: "end",
      fill: (b: Bar) => swatchOf(b.predikat).text,
      fontWeight: "bold",
    }),
    Plot.text(valued, {
      x: "value",
      y: "nama",
      dx: 4,
      text: (b: Bar) => formatIpp(b.value!, lang),
      textAnchor: "start",
    }),
    Plot.text(empty, { x: 0, y: "nama", dx: 4, text: () => emptyText, textAnchor: "start", fill: NOT_EVALUATED.text }),
    nameMark(
      bars.filter((b) => b !== highlight),
      false,
    ),
    ...(highlight
      ? [
          nameMark([highlight], true),
          Plot.barX([highlight], {
            x: (b: Bar) => b.value ?? 5,
            y: "nama",
            fill: "none",
            stroke: "#1a1a1a",
            strokeWidth: 2,
            className: "highlight",
          }),
        ]
      : []),
  ];

  const plot = plotSvg({
    width,
    height: bars.length * row + 40,
    marginLeft,
    marginRight: 40,
    marginTop: compact ? 10 : 4,
    marginBottom: 36,
    x: {
      domain: [0, 5],
      ticks: compact ? 5 : 10,
      grid: true,
      tickFormat: (v: number) => formatDecimal(v, lang, 1),
      label:
        measure === "provinsi"
          ? pick(lang, "IPP pemerintah provinsi", "IPP of the provincial government")
          : pick(lang, "Rata-rata IPP kabupaten/kota", "Mean IPP of regencies and cities"),
    },
    y: { domain: names, axis: null, padding },
    color: { type: "identity" },
    marks,
  });

  const items: LegendItem[] = [
    ...o.predikat.map((s) => ({ kind: "predikat" as const, kode: s.kode, title: bandText(o.predikat, s.kode, lang) })),
    ...(empty.length ? [{ kind: "notEvaluated" as const, label: emptyText, patternId }] : []),
  ];

  const title =
    measure === "provinsi"
      ? pick(
          lang,
          `IPP ${formatInteger(bars.length, lang)} provinsi, ${o.year}`,
          `IPP of ${formatInteger(bars.length, lang)} provinces, ${o.year}`,
        )
      : pick(
          lang,
          `Rata-rata IPP kabupaten/kota per provinsi, ${o.year}`,
          `Mean IPP of regencies and cities by province, ${o.year}`,
        );
  const sentences = [
    measure === "provinsi"
      ? pick(
          lang,
          `IPP pemerintah provinsi pada ${o.year}, diurutkan dari yang tertinggi.`,
          `IPP of the provincial governments in ${o.year}, highest first.`,
        )
      : pick(
          lang,
          `Rata-rata IPP kabupaten/kota di tiap provinsi pada ${o.year}, diurutkan dari yang tertinggi.`,
          `Mean IPP of the regencies and cities in each province in ${o.year}, highest first.`,
        ),
  ];
  if (valued.length) {
    const top = valued[0]!;
    const bottom = valued.at(-1)!;
    sentences.push(
      pick(
        lang,
        `Tertinggi ${top.nama} (${formatIpp(top.value, lang)}), terendah ${bottom.nama} (${formatIpp(bottom.value, lang)}).`,
        `Highest: ${top.nama} (${formatIpp(top.value, lang)}); lowest: ${bottom.nama} (${formatIpp(bottom.value, lang)}).`,
      ),
    );
    const counts = predikatCounts(
      o.predikat.map((s) => ({ kode: s.kode, n: valued.filter((b) => b.predikat === s.kode).length })),
      lang,
    );
    sentences.push(
      `${pick(lang, "Dari", "Of")} ${formatInteger(valued.length, lang)} ${pick(lang, "provinsi", "provinces")}, ${counts}.`,
    );
  }
  if (empty.length)
    sentences.push(
      pick(
        lang,
        `${formatInteger(empty.length, lang)} provinsi tanpa nilai.`,
        `${formatInteger(empty.length, lang)} without a value.`,
      ),
    );
  if (highlight && highlight.value !== null) {
    const { rank, tied } = ranks.get(highlight as (typeof valued)[number])!;
    const place = formatRankOf(rank, valued.length, tied, lang);
    sentences.push(pick(lang, `${highlight.nama} berada di peringkat ${place}.`, `${highlight.nama} ranks ${place}.`));
  }
  const description = sentences.join(" ");

  const framed = frame({
    kind: "provincesCompared",
    id,
    lang,
    title,
    description,
    width,
    plot,
    legend: legend(items, width, pick(lang, "Predikat", "Grade")),
    defs: empty.length ? [fragment(hatchPattern(patternId))] : [],
    pretty,
  });

  return {
    ...framed,
    source: sourceLine(o),
    table: {
      caption: title,
      columns: [
        { key: "peringkat", label: pick(lang, "Peringkat", "Rank"), align: "right" },
        { key: "provinsi", label: pick(lang, "Provinsi", "Province"), align: "left" },
        { key: "ipp", label: measure === "provinsi" ? "IPP" : pick(lang, "Rata-rata IPP", "Mean IPP"), align: "right" },
        { key: "predikat", label: pick(lang, "Predikat", "Grade"), align: "center" },
      ],
      rows: bars.map((b) => {
        const r = b.value === null ? null : ranks.get(b as (typeof valued)[number])!;
        return [
          r ? `${r.tied ? "=" : ""}${formatInteger(r.rank, lang)}` : "–",
          b.nama,
          formatIppOrDash(b.value, lang),
          b.predikat ?? emptyText,
        ];
      }),
    },
  };
}
