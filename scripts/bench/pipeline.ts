/**
 * `npm run bench -- --only pipeline`: the data build against a bare PapaParse
 * parse of the same files, at two input sizes. Inputs are synthetic and valid
 * (generate.ts), written to a temp directory; every measurement runs in its
 * own process (pipeline/worker.ts) and the median of the runs is reported.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadMaster } from "../lib/sources.ts";
import { runJson } from "./lib/child.ts";
import { median } from "./lib/stats.ts";
import { generateInput, type GeneratedInput } from "./pipeline/generate.ts";
import { printReport, type Measured } from "./pipeline/report.ts";
import { MODES, type Sample, type State } from "./pipeline/sample.ts";
import type { BenchSection } from "./section.ts";

const WORKER = new URL("./pipeline/worker.ts", import.meta.url).pathname;
const STATE = new URL("./pipeline/state.ts", import.meta.url).pathname;

export const pipelineSection: BenchSection = {
  name: "pipeline",
  summary: "data build vs a bare PapaParse parse, two sizes (time, ratio, peak RSS)",
  options: {
    runs: { type: "string", default: "5" },
    lokus: { type: "string", default: "8,24" },
    keep: { type: "boolean", default: false },
  },
  async run(values) {
    const runs = Number(values["runs"]);
    const sizes = String(values["lokus"]).split(",").map(Number);
    if (!(runs >= 1) || sizes.length !== 2 || !sizes.every((n) => Number.isInteger(n) && n > 0))
      throw new Error("--runs N (≥ 1) and --lokus A,B (lokus per instansi at the two sizes, e.g. 8,24)");
    const root = await mkdtemp(join(tmpdir(), "ipp-bench-"));
    try {
      const codes = (await loadMaster("data")).list.map((i) => i.kode);
      const inputs: GeneratedInput[] = [];
      for (const [i, n] of sizes.entries()) {
        const t0 = performance.now();
        const input = generateInput(join(root, `size-${"AB"[i]}`), codes, n);
        console.log(
          `size ${"AB"[i]}: ${n} lokus × ${codes.length} instansi, ${input.f02Rows + input.f03Rows} rows written in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
        );
        inputs.push(input);
      }
      const samples = new Map<string, Sample[]>();
      // Runs interleave sizes and modes, so a burst of load from other work on the machine spreads over all of them.
      for (let r = 1; r <= runs; r++)
        for (const [i, input] of inputs.entries()) {
          const times: string[] = [];
          for (const mode of MODES) {
            const out = join(root, `out-${i}-${mode}`);
            const s = await runJson<Sample>(WORKER, [mode, input.dir, out]);
            if (s.rows !== input.f02Rows + input.f03Rows + 2)
              throw new Error(`${mode} saw ${s.rows} rows, expected ${input.f02Rows + input.f03Rows + 2}`);
            await rm(out, { recursive: true, force: true });
            const key = `${i}/${mode}`;
            samples.set(key, [...(samples.get(key) ?? []), s]);
            times.push(`${mode} ${(s.ms / 1000).toFixed(2)} s`);
          }
          console.log(`run ${r}/${runs}, size ${"AB"[i]}: ${times.join(", ")}`);
        }
      // The readers' live state is deterministic: one measurement per size is enough.
      const states: State[] = [];
      for (const input of inputs) states.push(await runJson<State>(STATE, [input.dir], ["--expose-gc"]));
      console.log();
      const measured: Measured[] = inputs.map((input, i) => ({
        input,
        lokusPerInstansi: sizes[i]!,
        stateBytes: states[i]!.stateBytes,
        modes: Object.fromEntries(
          MODES.map((mode) => {
            const list = samples.get(`${i}/${mode}`)!;
            return [
              mode,
              {
                ms: median(list.map((s) => s.ms)),
                maxRssKiB: median(list.map((s) => s.maxRssKiB)),
                rssBeforeKiB: median(list.map((s) => s.rssBeforeKiB)),
                runs: list.map((s) => s.ms),
                cpuRuns: list.map((s) => s.cpuMs),
              },
            ];
          }),
        ) as Measured["modes"],
      }));
      return printReport(measured, runs);
    } finally {
      if (values["keep"]) console.log(`inputs kept in ${root}`);
      else await rm(root, { recursive: true, force: true });
    }
  },
};
