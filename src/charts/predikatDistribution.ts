import { pick } from "../lib/format/lang.ts";
import { formatInteger, formatPercent } from "../lib/format/number.ts";
import { hatchPattern, swatchOf } from "../lib/format/palette.ts";
import type { Tingkat } from "../lib/schema/master.ts";
import type { Summary } from "../lib/schema/output.ts";
import { bandText, stepLabel } from "./ladder.ts";
import { resolve } from "./options.ts";
import { frame } from "./render/frame.ts";
import { legend } from "./render/legend.ts";
import { Plot, plotSvg } from "./render/plot.ts";
import { fragment } from "./render/fragment.ts";
import { tagMarks } from "./render/tag.ts";
import { notEvaluatedText, predikatCounts, sourceLine, textWidth, tingkatLabel, tingkatNoun } from "./text.ts";
import type { ChartOptions, ChartResult } from "./types.ts";

export interface PredikatDistributionOptions extends ChartOptions {
  /** Add the not-evaluated part of the master list as a hatched segment; default true. */
  readonly includeNotEvaluated?: boolean;
}

interface Segment {
  readonly tingkat: Tingkat;
  readonly row: string;
  /** null for "not evaluated". */
  readonly kode: string | null;
  readonly n: number;
  readonly x1: number;
  readonly x2: number;
  readonly tip: string;
}

const ROW_HEIGHT = 34;
/** Compact: the tingkat's name on a line of its own above its bar, so the bar gets the full width. */
const ROW_HEIGHT_COMPACT = 52;

/**
 * Counts per predikat for each tingkat, as 100% stacked bars: the tingkat
 * differ tenfold in size, so shares compare better than counts; the counts
 * are printed on the segments and in the table.
 */
export function predikatDistribution(
  summary: Pick<Summary, "per_tingkat">,
  o: PredikatDistributionOptions,
): ChartResult {
  const { width, id, pretty, compact } = resolve("predikatDistribution", o);
  const { lang } = o;
  const withMissing = o.includeNotEvaluated ?? true;
  const patternId = `${id}-arsir`;

  const rows = summary.per_tingkat
    .map((t) => ({ ...t, total: t.jumlah_dievaluasi + (withMissing ? t.tidak_dievaluasi : 0) }))
    .filter((t) => t.total > 0);
  const rowLabel = (t: (typeof rows)[number]) => `${tingkatLabel(t.tingkat, lang)} (${formatInteger(t.total, lang)})`;

  const segments: Segment[] = [];
  for (const t of rows) {
    const parts = o.predikat.map((s) => ({ kode: s.kode as string | null, n: t.predikat[s.kode] ?? 0 }));
    if (withMissing) parts.push({ kode: null, n: t.tidak_dievaluasi });
    let cum = 0;
    for (const p of parts) {
      if (p.n === 0) continue;
      const name = p.kode === null ? notEvaluatedText(lang) : bandText(o.predikat, p.kode, lang);
      const tip = `${tingkatLabel(t.tingkat, lang)}: ${name}\n${formatInteger(p.n, lang)} (${formatPercent(p.n / t.total, lang, 1)})`;
      segments.push({
        tingkat: t.tingkat,
        row: rowLabel(t),
        kode: p.kode,
        n: p.n,
        x1: cum / t.total,
        x2: (cum + p.n) / t.total,
        tip,
      });
      cum += p.n;
    }
  }

  const marginLeft = compact ? 14 : Math.max(...rows.map((t) => textWidth(rowLabel(t))), 40) + 12;
  const marginRight = compact ? 18 : 20;
  const plotWidth = width - marginLeft - marginRight;
  const rowHeight = compact ? ROW_HEIGHT_COMPACT : ROW_HEIGHT;
  // Band scale: with padding p, a bar is (1 - p) of its row; compact rows keep room for the name above.
  const padding = compact ? 0.5 : 0.2;
  const barHeight = rowHeight * (1 - padding);
  // Letter and count when the segment has room, the count alone when it has less, nothing when tiny.
  const labels = segments.flatMap((s) => {
    const px = (s.x2 - s.x1) * plotWidth;
    const count = formatInteger(s.n, lang);
    const full = s.kode === null ? count : `${s.kode} ${count}`;
    const text = px >= textWidth(full) + 8 ? full : px >= textWidth(count) + 4 ? count : null;
    return text === null ? [] : [{ ...s, text, ink: swatchOf(s.kode).text }];
  });

  const plot = plotSvg({
    width,
    height: rows.length * rowHeight + 40,
    marginLeft,
    marginRight,
    marginTop: 6,
    marginBottom: 34,
    x: {
      domain: [0, 1],
      ticks: compact ? [0, 0.25, 0.5, 0.75, 1] : 5,
      tickFormat: (d: number) => formatPercent(d, lang),
      label: pick(lang, "Bagian dari jumlah instansi", "Share of institutions"),
    },
    y: { domain: rows.map(rowLabel), label: null, padding, tickSize: 0, axis: compact ? null : "left" },
    color: { type: "identity" },
    marks: [
      Plot.barX(segments, {
        x1: "x1",
        x2: "x2",
        y: "row",
        fill: (s: Segment) => (s.kode === null ? `url(#${patternId})` : swatchOf(s.kode).fill),
        stroke: "#ffffff",
        title: "tip",
        render: tagMarks(segments, (s) => ({
          "data-tingkat": s.tingkat,
          "data-predikat": s.kode ?? "-",
          "data-n": s.n,
        })),
      }),
      Plot.text(labels, { x: (s: Segment) => (s.x1 + s.x2) / 2, y: "row", text: "text", fill: "ink", fontSize: 11 }),
      ...(compact
        ? [
            Plot.text(rows.map(rowLabel), {
              x: 0,
              y: (d: string) => d,
              dy: -(barHeight / 2 + 8),
              text: (d: string) => d,
              textAnchor: "start",
              fontWeight: "bold",
            }),
          ]
        : []),
    ],
  });

  const items = [
    ...o.predikat.map((s) => ({ kind: "predikat" as const, kode: s.kode, title: bandText(o.predikat, s.kode, lang) })),
    ...(withMissing ? [{ kind: "notEvaluated" as const, label: notEvaluatedText(lang), patternId }] : []),
  ];

  const title = pick(lang, `Sebaran predikat per tingkat, ${o.year}`, `Grades by level of government, ${o.year}`);
  const description = [
    pick(
      lang,
      `Predikat PEKPPP ${o.year} per tingkat pemerintahan.`,
      `PEKPPP ${o.year} grades by level of government.`,
    ),
    ...rows.map((t) => {
      const noun = tingkatNoun(t.tingkat, lang);
      const counts = predikatCounts(
        o.predikat.map((s) => ({ kode: s.kode, n: t.predikat[s.kode] ?? 0 })),
        lang,
      );
      const n = formatInteger(t.jumlah_dievaluasi, lang);
      const head = pick(lang, `Dari ${n} ${noun} yang dievaluasi`, `Of ${n} ${noun} evaluated`);
      const missing =
        withMissing && t.tidak_dievaluasi > 0
          ? pick(
              lang,
              ` ${formatInteger(t.tidak_dievaluasi, lang)} ${noun} tidak dievaluasi.`,
              ` ${formatInteger(t.tidak_dievaluasi, lang)} not evaluated.`,
            )
          : "";
      return `${head}${counts ? `, ${counts}` : ""}.${missing}`;
    }),
  ].join(" ");

  const framed = frame({
    kind: "predikatDistribution",
    id,
    lang,
    title,
    description,
    width,
    plot,
    legend: legend(items, width, pick(lang, "Predikat", "Grade")),
    defs: withMissing ? [fragment(hatchPattern(patternId))] : [],
    pretty,
  });

  const columns = [
    { key: "tingkat", label: pick(lang, "Tingkat", "Level"), align: "left" as const },
    ...o.predikat.map((s) => ({ key: s.kode, label: `${s.kode}: ${stepLabel(s, lang)}`, align: "right" as const })),
    ...(withMissing ? [{ key: "tidak_dievaluasi", label: notEvaluatedText(lang), align: "right" as const }] : []),
    { key: "jumlah", label: pick(lang, "Jumlah", "Total"), align: "right" as const },
  ];
  const tableRows = rows.map((t) => [
    tingkatLabel(t.tingkat, lang),
    ...o.predikat.map((s) => formatInteger(t.predikat[s.kode] ?? 0, lang)),
    ...(withMissing ? [formatInteger(t.tidak_dievaluasi, lang)] : []),
    formatInteger(t.total, lang),
  ]);

  return {
    ...framed,
    source: sourceLine(o),
    table: { caption: title, columns, rows: tableRows },
  };
}
