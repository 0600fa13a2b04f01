/**
 * npm run data -- [--input data] [--out public/data] [--threads N]
 * Scores the raw PEKPPP data and writes the public data product.
 * Exits 1 and lists every problem when the input has errors.
 * A big f03.csv is read on up to N threads (default: the cores available, at most 4);
 * the output is the same for any N.
 */
import { rm } from "node:fs/promises";
import { parseArgs } from "node:util";
import { buildDataProduct } from "../src/lib/pipeline.ts";
import { defaultThreads } from "./lib/f03Threads.ts";
import { loadAwardsFile, loadEvaluationProfiles } from "./lib/evaluationSources.ts";
import { fileEffects, threadedFileEffects } from "./lib/fileEffects.ts";
import { loadMaster, loadProfiles } from "./lib/sources.ts";

const SHOWN = 200;

const { values } = parseArgs({
  options: {
    input: { type: "string", default: "data" },
    out: { type: "string", default: "public/data" },
    threads: { type: "string", default: String(defaultThreads()) },
  },
});
const input = values.input.replace(/\/$/, "");
const out = values.out.replace(/\/$/, "");
const threads = Number(values.threads);
if (!Number.isInteger(threads) || threads < 1) {
  console.error(`--threads harus bilangan bulat ≥ 1, bukan "${values.threads}"`);
  process.exit(1);
}

try {
  const { effects } = threadedFileEffects(threads); // first: its threads boot while the master loads
  const [master, profiles, evaluations] = await Promise.all([
    loadMaster(input),
    loadProfiles(input),
    loadEvaluationProfiles(input),
  ]);
  // Start clean so a year removed from the input does not linger in the output,
  // but only ever delete a directory this script made (it holds our manifest).
  if (await fileEffects.exists(`${out}/manifest.json`)) await rm(out, { recursive: true });
  else if ((await fileEffects.list(out)).some((n) => /^\d{4}$/.test(n))) await rm(out, { recursive: true });

  const awards = await loadAwardsFile(input, master);
  const outcome = await buildDataProduct({ input, out, master, profiles, evaluations, awards, effects });
  for (const y of outcome.years) {
    const r = y.report;
    const used = r.berkas
      .map(
        (f) =>
          `${f.berkas.split("/").pop()}: ${f.baris_dibaca} baris, ${f.baris_dipakai} dipakai, ${f.baris_ditolak} ditolak`,
      )
      .join("; ");
    console.log(
      `${y.tahun}: ${r.ok ? "ok" : "GAGAL"}, ${r.galat} galat, ${r.peringatan} peringatan${used ? ` (${used})` : ""}`,
    );
  }
  const errors = outcome.messages.filter((m) => m.startsWith("GALAT"));
  if (!outcome.ok) {
    for (const m of errors.slice(0, SHOWN)) console.error(m);
    if (errors.length > SHOWN)
      console.error(`… dan ${errors.length - SHOWN} galat lain: lihat ${out}/<tahun>/validasi.json`);
    console.error(
      `\nData tidak diterbitkan: ${errors.length} galat. Laporan validasi ada di ${out}/<tahun>/validasi.json.`,
    );
    process.exit(1);
  }
  if (outcome.years.length === 0)
    console.warn(`Tidak ada direktori tahun di ${input}/ (mis. ${input}/2024/pekppp/f02.csv).`);
  console.log(`Ditulis ${outcome.written.length} berkas ke ${out}/`);
} catch (e) {
  console.error((e as Error).message);
  process.exit(1);
}
