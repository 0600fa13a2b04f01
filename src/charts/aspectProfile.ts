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
import { fluidFrame } from "./render/fluid.ts";
import type { LegendItem } from "./render/legend.ts";
import { el, pct, type Child } from "./render/markup.ts";
import { sourceLine, tingkatNoun } from "./text.ts";
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
  readonly row: number;
  readonly series: "own" | "tingkat" | "provinsi";
  readonly value: number;
  readonly tip: string;
}

/** One aspect: its name (and the instansi's value) on a line, the dots on the line below. */
const ROW = 46;
const LABEL_Y = 13;
const TRACK_Y = 33;
const AXIS = 40;
const INK = "#1a1a1a";
const PEER = "#595959";
/** The 0–5 scale as a share of the width, inset so a dot at either end stays whole at 300 px. */
const x = (v: number) => pct(0.035 + (v / 5) * 0.93);
const TICKS = [0, 1, 2, 3, 4, 5];

/** A mark's native tooltip. */
const tip = (p: Point) => el("title", {}, [p.tip]);

/**
 * The six aspects of one instansi (filled dots, its value printed at the
 * end of the aspect's name) against the average of its tingkat (rings) and,
 * for a kabupaten/kota, of the kabupaten/kota in its province (diamonds).
 * Shapes differ, so the series never rely on colour. A fluid chart
 * (render/fluid.ts): one drawing for every width.
 */
export function aspectProfile(input: AspectProfileInput, o: AspectProfileOptions): ChartResult {
  const { id, pretty } = resolve("aspectProfile", o);
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

  const points: Point[] = rows.flatMap((r, i) =>
    (["tingkat", "provinsi", "own"] as const).flatMap((series) => {
      const value = r[series];
      return value === null
        ? []
        : [
            {
              label: label(r.aspect),
              kode: r.aspect.kode,
              row: i,
              series,
              value,
              tip: `${label(r.aspect)}\n${seriesName[series]}: ${formatIpp(value, lang)}`,
            },
          ];
    }),
  );
  const of = (s: Point["series"]) => points.filter((p) => p.series === s);
  const data = (p: Point) => ({ class: "mark", "data-aspek": p.kode, "data-nilai": p.value.toFixed(2) });
  // The series' name and key once on its group, for all its marks (the CSV download reads both).
  const series = (s: Point["series"]) => ({ "data-seri": s, "data-label": seriesName[s] });
  const track = (i: number) => i * ROW + TRACK_Y;
  const bottom = rows.length * ROW;

  const body: Child[] = [
    el(
      "g",
      { "data-plot": "x-grid", stroke: "currentColor", "stroke-opacity": 0.1 },
      TICKS.map((v) => el("line", { x1: x(v), x2: x(v), y1: TRACK_Y - 8, y2: bottom })),
    ),
    el(
      "g",
      { "data-plot": "y-axis tick label", "font-weight": "bold", "text-anchor": "start" },
      rows.map((r, i) => el("text", { x: 0, y: i * ROW + LABEL_Y }, [label(r.aspect)])),
    ),
    el(
      "g",
      { "data-plot": "text", "font-size": FONT.label, "font-weight": "bold", "text-anchor": "end" },
      rows.flatMap((r, i) =>
        r.own === null ? [] : [el("text", { x: "100%", y: i * ROW + LABEL_Y }, [formatIpp(r.own, lang)])],
      ),
    ),
    el(
      "g",
      { "data-plot": "rule", stroke: "#bfbfbf", "stroke-width": 3 },
      rows.flatMap((r, i) => {
        const v = [r.own, r.tingkat, r.provinsi].filter((n): n is number => n !== null);
        return v.length > 1
          ? [el("line", { x1: x(Math.min(...v)), x2: x(Math.max(...v)), y1: track(i), y2: track(i) })]
          : [];
      }),
    ),
    el(
      "g",
      { "data-plot": "dot", ...series("tingkat"), fill: "#ffffff", stroke: PEER, "stroke-width": 1.5 },
      of("tingkat").map((p) => el("circle", { ...data(p), cx: x(p.value), cy: track(p.row), r: 4.5 }, [tip(p)])),
    ),
    // A diamond at a percentage: a path cannot take one, a nested <svg> placed at it can.
    el(
      "g",
      { "data-plot": "dot", ...series("provinsi"), fill: "#ffffff", stroke: PEER, "stroke-width": 1.5 },
      of("provinsi").map((p) =>
        el("svg", { x: x(p.value), y: track(p.row), width: 1, height: 1, overflow: "visible" }, [
          el("path", { ...data(p), d: "M0,-6.66L6.66,0L0,6.66L-6.66,0Z" }, [tip(p)]),
        ]),
      ),
    ),
    el(
      "g",
      { "data-plot": "dot", ...series("own"), fill: INK },
      of("own").map((p) => el("circle", { ...data(p), cx: x(p.value), cy: track(p.row), r: 5 }, [tip(p)])),
    ),
    el(
      "g",
      { "data-plot": "x-axis tick label", "font-variant": "tabular-nums", "text-anchor": "middle" },
      TICKS.map((v) => el("text", { x: x(v), y: bottom + 14 }, [formatDecimal(v, lang, 1)])),
    ),
    el("g", { "data-plot": "x-axis label", "text-anchor": "end" }, [
      el("text", { x: "100%", y: bottom + 32 }, [pick(lang, "Nilai aspek (0–5) →", "Aspect score (0–5) →")]),
    ]),
  ];

  const own = of("own");
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
  const framed = fluidFrame({
    kind: "aspectProfile",
    id,
    lang,
    title,
    description,
    legend: items,
    body,
    bodyHeight: bottom + AXIS,
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
