import { pick } from "../lib/format/lang.ts";
import {
  formatChange,
  formatDecimal,
  formatInteger,
  formatIpp,
  formatIppOrDash,
  formatPercent,
} from "../lib/format/number.ts";
import type { InstansiResult } from "../lib/schema/output.ts";
import { compareAspects, peerGroups, type AspectComparison, type AspectDef } from "./data/aspects.ts";
import { resolve } from "./options.ts";
import { FONT } from "./layout/sizes.ts";
import { frame } from "./render/frame.ts";
import { legend, type LegendItem } from "./render/legend.ts";
import { Plot, plotSvg } from "./render/plot.ts";
import { tagMarks } from "./render/tag.ts";
import { sourceLine, textWidth, tingkatNoun } from "./text.ts";
import type { ChartOptions, ChartResult } from "./types.ts";

export interface AspectProfileInput {
  readonly instansi: InstansiResult;
  /** Every result of the year: the averages are taken from it. */
  readonly peers: readonly InstansiResult[];
}

export interface AspectProfileOptions extends ChartOptions {
  /** The methodology profile's aspects, in order. */
  readonly aspects: readonly AspectDef[];
  /** Province name for the legend when the provinsi itself is not among the peers. */
  readonly provinsiNama?: string;
}

interface Point {
  readonly label: string;
  readonly kode: string;
  readonly series: "own" | "tingkat" | "provinsi";
  readonly value: number;
  readonly tip: string;
}

const ROW = 30;
/** Compact: each aspect's name on its own line above its dots. */
const ROW_COMPACT = 46;
const INK = "#1a1a1a";
const PEER = "#595959";

/**
 * The six aspects of one instansi (filled dots, values printed on the
 * right) against the average of its tingkat (rings) and, for a
 * kabupaten/kota, of the kabupaten/kota in its province (diamonds). Shapes
 * differ, so the series never rely on colour.
 */
export function aspectProfile(input: AspectProfileInput, o: AspectProfileOptions): ChartResult {
  const { width, id, pretty, compact } = resolve("aspectProfile", o);
  const { lang } = o;
  const me = input.instansi;
  const rows = compareAspects(me, input.peers, o.aspects);
  const groups = peerGroups(me, input.peers, o.aspects);
  const provName = groups.provinsiNama ?? o.provinsiNama ?? me.kode_provinsi ?? "";
  const label = (a: AspectDef) => (lang === "id" ? a.nama : a.nama_en);
  const noun = tingkatNoun(me.tingkat, lang);
  const tingkatName = pick(
    lang,
    `Rata-rata ${noun} (${formatInteger(groups.tingkat.length, lang)})`,
    `Average of ${noun} (${formatInteger(groups.tingkat.length, lang)})`,
  );
  const provLabel = groups.provinsi
    ? pick(
        lang,
        `Rata-rata kabupaten/kota di ${provName} (${formatInteger(groups.provinsi.length, lang)})`,
        `Average of regencies and cities in ${provName} (${formatInteger(groups.provinsi.length, lang)})`,
      )
    : null;
  const seriesName = { own: me.nama, tingkat: tingkatName, provinsi: provLabel ?? "" };

  const points: Point[] = rows.flatMap((r) =>
    (["tingkat", "provinsi", "own"] as const).flatMap((series) => {
      const value = r[series];
      return value === null
        ? []
        : [
            {
              label: label(r.aspect),
              kode: r.aspect.kode,
              series,
              value,
              tip: `${label(r.aspect)}\n${seriesName[series]}: ${formatIpp(value, lang)}`,
            },
          ];
    }),
  );
  const of = (s: Point["series"]) => points.filter((p) => p.series === s);
  const tag = (data: readonly Point[]) =>
    tagMarks(data, (p) => ({
      "data-aspek": p.kode,
      "data-seri": p.series,
      "data-nilai": p.value.toFixed(2),
      "data-label": seriesName[p.series],
    }));
  const spans = rows.flatMap((r) => {
    const v = [r.own, r.tingkat, r.provinsi].filter((x): x is number => x !== null);
    return v.length > 1 ? [{ label: label(r.aspect), lo: Math.min(...v), hi: Math.max(...v) }] : [];
  });

  // The whole 0–5 scale on every page, so two instansi compare by eye.
  const marginLeft = compact
    ? 8
    : Math.min(Math.max(...o.aspects.map((a) => textWidth(label(a)))) + 12, Math.round(width * 0.45));
  const row = compact ? ROW_COMPACT : ROW;
  const own = of("own");
  const tingkatPts = of("tingkat");
  const provPts = of("provinsi");
  const plot = plotSvg({
    width,
    height: o.aspects.length * row + 44,
    marginLeft,
    marginRight: 44,
    marginTop: compact ? 8 : 6,
    marginBottom: 36,
    x: {
      domain: [0, 5],
      ticks: compact ? 5 : 10,
      grid: true,
      tickFormat: (v: number) => formatDecimal(v, lang, compact ? 0 : 1),
      label: pick(lang, "Nilai aspek (0–5)", "Aspect score (0–5)"),
    },
    y: { domain: o.aspects.map(label), label: null, tickSize: 0, axis: compact ? null : "left", padding: 0.1 },
    marks: [
      ...(compact
        ? [
            Plot.text(o.aspects.map(label), {
              x: 0,
              y: (d: string) => d,
              dy: -row / 2 + 8,
              text: (d: string) => d,
              textAnchor: "start",
              fontWeight: "bold",
            }),
          ]
        : []),
      Plot.ruleY(spans, { y: "label", x1: "lo", x2: "hi", stroke: "#bfbfbf", strokeWidth: 3 }),
      Plot.dot(tingkatPts, {
        x: "value",
        y: "label",
        r: 4.5,
        fill: "#ffffff",
        stroke: PEER,
        strokeWidth: 1.5,
        title: "tip",
        render: tag(tingkatPts),
      }),
      Plot.dot(provPts, {
        x: "value",
        y: "label",
        r: 6,
        symbol: "diamond2",
        fill: "#ffffff",
        stroke: PEER,
        strokeWidth: 1.5,
        title: "tip",
        render: tag(provPts),
      }),
      Plot.dot(own, { x: "value", y: "label", r: 5, fill: INK, title: "tip", render: tag(own) }),
      Plot.text(own, {
        x: 5,
        dx: 8,
        y: "label",
        text: (p: Point) => formatIpp(p.value, lang),
        textAnchor: "start",
        fontWeight: "bold",
        fontSize: FONT.label,
      }),
    ],
  });

  const ownLabel = own.length
    ? me.nama
    : `${me.nama}: ${pick(lang, "nilai aspek tidak tersedia", "aspect scores not available")}`;
  const items: LegendItem[] = [
    { kind: "symbol", symbol: "dot", label: ownLabel },
    { kind: "symbol", symbol: "ring", label: tingkatName },
    ...(provLabel ? [{ kind: "symbol" as const, symbol: "diamond" as const, label: provLabel }] : []),
  ];

  const title = pick(lang, `Profil aspek ${me.nama}, ${o.year}`, `Aspect profile of ${me.nama}, ${o.year}`);
  const description = describe(me.nama, rows, noun, groups.tingkat.length, provLabel ? provName : null, o);
  const framed = frame({
    kind: "aspectProfile",
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
        { key: "aspek", label: pick(lang, "Aspek", "Aspect"), align: "left" },
        { key: "bobot", label: pick(lang, "Bobot", "Weight"), align: "right" },
        { key: "nilai", label: me.nama, align: "right" },
        { key: "rata_tingkat", label: tingkatName, align: "right" },
        ...(provLabel ? [{ key: "rata_provinsi", label: provLabel, align: "right" as const }] : []),
        {
          key: "selisih",
          label: pick(lang, `Selisih dari rata-rata ${noun}`, `Difference from the ${noun} average`),
          align: "right",
        },
      ],
      rows: rows.map((r) => [
        label(r.aspect),
        formatPercent(r.aspect.bobot, lang),
        cell(r.own),
        cell(r.tingkat),
        ...(provLabel ? [cell(r.provinsi)] : []),
        r.own === null || r.tingkat === null ? "–" : formatChange(r.own - r.tingkat, lang),
      ]),
    },
  };
}

function describe(
  nama: string,
  rows: readonly AspectComparison[],
  noun: string,
  nPeers: number,
  prov: string | null,
  o: AspectProfileOptions,
): string {
  const { lang } = o;
  const label = (r: AspectComparison) => (lang === "id" ? r.aspect.nama : r.aspect.nama_en);
  const k = formatInteger(rows.length, lang);
  const scored = rows.filter((r): r is AspectComparison & { own: number } => r.own !== null);
  const head = pick(
    lang,
    `Nilai ${k} aspek ${nama} pada ${o.year} dibandingkan dengan rata-rata ${formatInteger(nPeers, lang)} ${noun}${prov ? ` dan rata-rata kabupaten/kota di ${prov}` : ""}.`,
    `Scores of ${nama} on ${k} aspects in ${o.year}, compared with the average of ${formatInteger(nPeers, lang)} ${noun}${prov ? ` and of the regencies and cities in ${prov}` : ""}.`,
  );
  if (scored.length === 0)
    return `${head} ${pick(lang, "Nilai aspek instansi ini tidak tersedia; hanya IPP-nya yang dipublikasikan.", "This institution's aspect scores are not available; only its IPP was published.")}`;
  // Ties go to the aspect listed first in the profile.
  const best = scored.reduce((a, b) => (b.own > a.own ? b : a));
  const worst = scored.reduce((a, b) => (b.own < a.own ? b : a));
  const above = scored.filter((r) => r.tingkat !== null && r.own > r.tingkat).length;
  return [
    head,
    pick(
      lang,
      `Tertinggi pada ${label(best)} (${formatIpp(best.own, lang)}), terendah pada ${label(worst)} (${formatIpp(worst.own, lang)}).`,
      `Highest on ${label(best)} (${formatIpp(best.own, lang)}), lowest on ${label(worst)} (${formatIpp(worst.own, lang)}).`,
    ),
    pick(
      lang,
      `Di atas rata-rata ${noun} pada ${formatInteger(above, lang)} dari ${k} aspek.`,
      `Above the ${noun} average on ${formatInteger(above, lang)} of ${k} aspects.`,
    ),
  ].join(" ");
}
