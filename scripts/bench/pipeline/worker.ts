/**
 * One measurement, in a fresh process so its peak RSS is its own:
 *   node scripts/bench/pipeline/worker.ts <mode> <input dir> <out dir>
 * Prints one JSON line (a Sample, see sample.ts for the modes) on stdout.
 */
import { createReadStream } from "node:fs";
import Papa from "papaparse";
import { readCsv } from "../../../src/lib/csv/readCsv.ts";
import type { F03InParts } from "../../../src/lib/effects.ts";
import { ladder as makeLadder } from "../../../src/lib/method/predikat.ts";
import type { Profile } from "../../../src/lib/method/profile.ts";
import type { Master } from "../../../src/lib/regions/master.ts";
import { buildDataProduct } from "../../../src/lib/pipeline.ts";
import { FileTally } from "../../../src/lib/validate/issues.ts";
import { readYear } from "../../../src/lib/year/readYear.ts";
import { defaultThreads } from "../../lib/f03Threads.ts";
import { f03Threads, fileEffects } from "../../lib/fileEffects.ts";
import { loadMaster, loadProfiles } from "../../lib/sources.ts";
import { MODES, type Mode, type Sample } from "./sample.ts";

const CHUNK = 1 << 16;
const open = (path: string) => createReadStream(path, { encoding: "utf8", highWaterMark: CHUNK });

function papaStream(path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    let rows = 0;
    Papa.parse(open(path), {
      delimiter: ",",
      chunk: (r: Papa.ParseResult<string[]>) => void (rows += r.data.length),
      complete: () => resolve(rows),
      error: reject,
    });
  });
}

/** The same pending/cursor loop as readCsv, with nothing done to the rows. */
async function papaCore(path: string): Promise<number> {
  const parser = new Papa.Parser({ delimiter: ",", newline: "\n" });
  let pending = "";
  let base = 0;
  let rows = 0;
  const step = (final: boolean) => {
    const r = parser.parse(pending, base, !final) as Papa.ParseResult<string[]>;
    rows += r.data.length;
    pending = pending.slice(r.meta.cursor - base);
    base = r.meta.cursor;
  };
  for await (const piece of open(path)) {
    pending += piece as string;
    step(false);
  }
  step(true);
  return rows;
}

async function readCsvOnly(path: string): Promise<number> {
  const noop = () => {};
  const s = await readCsv(fileEffects.openText(path), { header: noop, record: noop, blank: noop, malformed: noop });
  return s.rows + 1;
}

/** read + validate: the year's files through their readers, as the data build does, without scoring or output. */
async function ingest(
  input: string,
  master: Master,
  profile: Profile,
  readF03InParts: F03InParts | undefined,
): Promise<number> {
  const ladder = makeLadder(profile.def.predikat, profile.def.pembulatan.desimal);
  const yearTally = new FileTally(`${input}/2024`);
  const inputs = await readYear({
    dir: `${input}/2024/pekppp`,
    profile,
    ladder,
    master,
    effects: fileEffects,
    readF03InParts,
    yearTally,
  });
  if (inputs.f02.length === 0 || inputs.f03.size !== inputs.f02.length)
    throw new Error("the benchmark input did not read as valid");
  return inputs.tallies.reduce((n, t) => n + t.read + 1, 0);
}

/** The whole data build, writing into `out`. */
async function pipeline(
  input: string,
  out: string,
  master: Master,
  profiles: Map<string, Profile>,
  readF03InParts: F03InParts | undefined,
): Promise<number> {
  const outcome = await buildDataProduct({ input, out, master, profiles, effects: fileEffects, readF03InParts });
  if (!outcome.ok) throw new Error(`the benchmark input did not validate:\n${outcome.messages.slice(0, 5).join("\n")}`);
  return outcome.years.flatMap((y) => y.report.berkas).reduce((n, f) => n + f.baris_dibaca + 1, 0);
}

async function main(): Promise<void> {
  const [mode, input, out] = process.argv.slice(2) as [Mode, string, string];
  if (!MODES.includes(mode) || !input || !out) throw new Error(`usage: worker.ts <${MODES.join("|")}> <input> <out>`);
  const files = ["f02.csv", "f03.csv"].map((f) => `${input}/2024/pekppp/${f}`);
  const builds = mode === "pipeline" || mode === "pipeline-1" || mode === "ingest";
  // As npm run data does: a big f03.csv read on every core available, the worker threads
  // started first, then the region master and the profiles loaded while the threads boot.
  // All of that happens before the clock starts: start-up, not the build's work, on every
  // thread alike (the baselines are timed after PapaParse has loaded, too).
  const { readF03InParts, ready } = builds
    ? f03Threads(mode === "pipeline-1" ? 1 : defaultThreads())
    : { readF03InParts: undefined, ready: undefined };
  const [master, profiles] = builds ? await Promise.all([loadMaster(input), loadProfiles(input), ready]) : [];
  const rssBeforeKiB = Math.round(process.memoryUsage().rss / 1024);

  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  let rows = 0;
  if (mode === "ingest") rows = await ingest(input, master!, profiles!.get("pekppp-2022")!, readF03InParts);
  else if (mode === "pipeline" || mode === "pipeline-1")
    rows = await pipeline(input, out, master!, profiles!, readF03InParts);
  else {
    const read = mode === "papa-stream" ? papaStream : mode === "papa-core" ? papaCore : readCsvOnly;
    for (const f of files) rows += await read(f);
  }
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);

  const sample: Sample = {
    mode,
    ms,
    cpuMs: (cpu.user + cpu.system) / 1000,
    rows,
    rssBeforeKiB,
    maxRssKiB: process.resourceUsage().maxRSS,
  };
  process.stdout.write(`${JSON.stringify(sample)}\n`);
}

await main();
