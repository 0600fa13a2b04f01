/**
 * The memory the readers keep, measured directly:
 *   node --expose-gc scripts/bench/pipeline/state.ts <input dir>
 * Reads f02.csv and f03.csv through their readers and, before closing them
 * (when their state is largest), collects garbage and weighs the live heap
 * (and typed-array memory) against the same before reading. Peak RSS also
 * counts garbage not yet collected and the heap's head-room; this is the
 * state alone.
 * Prints one JSON line: { stateBytes, lokus, respondents }.
 */
import { readCsv } from "../../../src/lib/csv/readCsv.ts";
import { f02Reader } from "../../../src/lib/ingest/f02.ts";
import { readF03Part } from "../../../src/lib/ingest/f03.ts";
import { f03Result } from "../../../src/lib/ingest/f03Result.ts";
import { FileTally } from "../../../src/lib/validate/issues.ts";
import { fileEffects } from "../../lib/fileEffects.ts";
import { loadMaster, loadProfiles } from "../../lib/sources.ts";

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error("run with --expose-gc");
const live = () => {
  gc();
  return process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
};

const input = process.argv[2]!;
const [master, profiles] = await Promise.all([loadMaster(input), loadProfiles(input)]);
const profile = profiles.get("pekppp-2022")!;
const dir = `${input}/2024/pekppp`;

const before = live();
const f02 = f02Reader(profile, master, new FileTally(`${dir}/f02.csv`));
await readCsv(fileEffects.openText(`${dir}/f02.csv`), f02.visitor);
const method = { f03: profile.def.f03, skala: profile.def.skala };
const file = `${dir}/f03.csv`;
const part = await readF03Part(fileEffects.openText(file), { method, known: (kode) => master.byCode.has(kode), file });
const stateBytes = live() - before;
// Closing the readers tells how many lokus and respondents the state was for.
const lokus = f02.finish().length;
const f03 = f03Result([part], { method, tally: new FileTally(file), scored: () => true, known: f02.seen });
const respondents = [...f03.values()].reduce((n, l) => n + l.respondents, 0);
process.stdout.write(`${JSON.stringify({ stateBytes, lokus, respondents })}\n`);
