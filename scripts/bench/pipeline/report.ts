import { median } from "../lib/stats.ts";
import { grouped, markdownTable } from "../lib/table.ts";
import type { GeneratedInput } from "./generate.ts";
import type { Mode } from "./sample.ts";

/** The medians of one size. */
export interface Measured {
  readonly input: GeneratedInput;
  readonly lokusPerInstansi: number;
  /** Live memory of the readers' state at the end of the files (state.ts). */
  readonly stateBytes: number;
  readonly modes: Record<
    Mode,
    { ms: number; maxRssKiB: number; rssBeforeKiB: number; runs: number[]; cpuRuns: number[] }
  >;
}

/** The targets of the issue: pipeline time at most 1.5 × a bare PapaParse parse. */
export const RATIO_TARGET = 1.5;

const LABELS: Record<Mode, string> = {
  "papa-stream": "baseline: Papa.parse(stream)",
  "papa-core": "baseline: Papa.Parser loop",
  readcsv: "readCsv, no-op visitor",
  ingest: "read + validate (readYear)",
  pipeline: "pipeline (buildDataProduct)",
  "pipeline-1": "pipeline, one thread",
};

const mib = (kib: number) => kib / 1024;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const rate = (rows: number, ms: number) => `${grouped(rows / (ms / 1000) / 1000)} k/s`;
const rowsOf = (m: Measured) => m.input.f02Rows + m.input.f03Rows;

/** Prints the tables and returns the same figures as plain data (for the JSON file). */
export function printReport(sizes: readonly Measured[], runs: number) {
  const [a, b] = sizes as [Measured, Measured];
  const modes = Object.keys(LABELS) as Mode[];

  const inputs = markdownTable(
    ["size", "lokus", "respondents", "F-02 rows", "F-03 rows", "rows", "MiB"],
    sizes.map((m, i) => [
      "AB"[i]!,
      grouped(m.input.lokus),
      grouped(m.input.respondents),
      grouped(m.input.f02Rows),
      grouped(m.input.f03Rows),
      grouped(rowsOf(m)),
      grouped(m.input.bytes / 2 ** 20, 1),
    ]),
  );
  const times = markdownTable(
    ["measurement", "time A", "rows/s A", "peak RSS A", "time B", "rows/s B", "peak RSS B", "time B/A", "RSS B−A"],
    modes.map((mode) => {
      const [x, y] = [a.modes[mode], b.modes[mode]];
      return [
        LABELS[mode],
        seconds(x.ms),
        rate(rowsOf(a), x.ms),
        `${grouped(mib(x.maxRssKiB))} MiB`,
        seconds(y.ms),
        rate(rowsOf(b), y.ms),
        `${grouped(mib(y.maxRssKiB))} MiB`,
        `×${(y.ms / x.ms).toFixed(2)}`,
        `${y.maxRssKiB >= x.maxRssKiB ? "+" : "−"}${grouped(mib(Math.abs(y.maxRssKiB - x.maxRssKiB)))} MiB`,
      ];
    }),
  );
  // Each run measures every mode back to back, so a ratio within one run compares like with like
  // when other work loads the machine; the median over runs is reported.
  const pairedRatio = (m: Measured, top: Mode, bottom: Mode, clock: "runs" | "cpuRuns" = "runs") =>
    median(m.modes[top][clock].map((ms, r) => ms / m.modes[bottom][clock][r]!));
  const ratios = sizes.map((m) => ({
    vsPapaParse: pairedRatio(m, "pipeline", "papa-stream"),
    vsPapaParser: pairedRatio(m, "pipeline", "papa-core"),
    ingestVsPapaParse: pairedRatio(m, "ingest", "papa-stream"),
    cpuVsPapaParse: pairedRatio(m, "pipeline", "papa-stream", "cpuRuns"),
    oneThreadVsPapaParse: pairedRatio(m, "pipeline-1", "papa-stream"),
  }));
  const headline = markdownTable(
    ["", "A", "B", "target"],
    [
      ["pipeline ÷ Papa.parse(stream)", ...ratios.map((r) => r.vsPapaParse.toFixed(2)), `≤ ${RATIO_TARGET}`],
      ["pipeline ÷ Papa.Parser loop", ...ratios.map((r) => r.vsPapaParser.toFixed(2)), ""],
      ["read + validate ÷ Papa.parse(stream)", ...ratios.map((r) => r.ingestVsPapaParse.toFixed(2)), ""],
      ["pipeline ÷ Papa.parse(stream), CPU time", ...ratios.map((r) => r.cpuVsPapaParse.toFixed(2)), ""],
      ["pipeline, one thread ÷ Papa.parse(stream)", ...ratios.map((r) => r.oneThreadVsPapaParse.toFixed(2)), ""],
    ],
  );
  const rowRatio = rowsOf(b) / rowsOf(a);
  const extraRespondents = b.input.respondents - a.input.respondents;
  const pipelineGrowth = (b.modes.pipeline.maxRssKiB - a.modes.pipeline.maxRssKiB) * 1024;
  const perRespondent = sizes.map((m) => m.stateBytes / m.input.respondents);
  const growth = [
    `rows B/A ×${rowRatio.toFixed(2)}; pipeline time B/A ×${(b.modes.pipeline.ms / a.modes.pipeline.ms).toFixed(2)} (linear when the two are close)`,
    `readers' live state at the end of the files: A ${grouped(a.stateBytes / 2 ** 20, 1)} MiB, B ${grouped(b.stateBytes / 2 ** 20, 1)} MiB = ${perRespondent.map((x) => grouped(x)).join(" and ")} B per respondent (lokus state included)`,
    `pipeline peak RSS B−A: ${grouped(pipelineGrowth / 2 ** 20)} MiB for ${grouped(extraRespondents)} more respondents (${grouped(pipelineGrowth / extraRespondents)} B each, heap head-room and scoring garbage included)`,
  ];

  console.log(
    `Inputs (synthetic, valid; one year; ${runs} run${runs > 1 ? "s" : ""} of each, medians; ratios paired within a run):\n\n${inputs}\n`,
  );
  console.log(`${times}\n\n${headline}\n\n${growth.join("\n")}\n`);
  const ok = ratios.every((r) => r.vsPapaParse <= RATIO_TARGET);
  console.log(ok ? `ratio within the target (≤ ${RATIO_TARGET})` : `ratio ABOVE the target (≤ ${RATIO_TARGET})`);

  return {
    runs,
    ratioTarget: RATIO_TARGET,
    sizes: sizes.map((m, i) => ({
      size: "AB"[i],
      lokusPerInstansi: m.lokusPerInstansi,
      ...m.input,
      rows: rowsOf(m),
      ratio: ratios[i],
      modes: m.modes,
    })),
    growth: {
      rows: rowRatio,
      pipelineTime: b.modes.pipeline.ms / a.modes.pipeline.ms,
      pipelineRssBytes: pipelineGrowth,
      stateBytesPerRespondent: perRespondent,
    },
    tables: { inputs, times, headline, growth },
  };
}
