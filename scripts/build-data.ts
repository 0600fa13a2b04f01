/**
 * npm run data -- [--input data] [--out public/data] [--threads N]
 * Scores the raw PEKPPP data and writes the public data product.
 * Exits 1 and lists every problem when the input has errors; the previous
 * product in --out is then left exactly as it was (see scripts/lib/outputDir.ts).
 * A big f03.csv is read on up to N threads (default: the cores available, at most 4);
 * the output is the same for any N.
 */
import { parseArgs } from "node:util";
import { buildDataProduct, type BuildOutcome } from "../src/lib/pipeline.ts";
import { InputError } from "../src/lib/validate/inputError.ts";
import { defaultThreads } from "./lib/f03Threads.ts";
import { f03Threads, fileEffects } from "./lib/fileEffects.ts";
import { fsProblem } from "./lib/fsProblem.ts";
import { outputProblem, replaceOutput } from "./lib/outputDir.ts";
import { loadMaster, loadProfiles, MasterDataError, PROJECT_DATA } from "./lib/sources.ts";
import { loadAwardsFile, loadEvaluationProfiles } from "./lib/evaluationSources.ts";

const SHOWN = 200;

const { values } = parseArgs({
  options: {
    input: { type: "string", default: "data" },
    out: { type: "string", default: "public/data" },
    threads: { type: "string", default: String(defaultThreads()) },
  },
});
const input = values.input.replace(/(.)\/+$/, "$1");
const out = values.out.replace(/(.)\/+$/, "$1");
const threads = Number(values.threads);
if (!Number.isInteger(threads) || threads < 1) {
  console.error(`--threads harus bilangan bulat ≥ 1, bukan "${values.threads}"`);
  process.exit(1);
}

function summarise(outcome: BuildOutcome): void {
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
}

try {
  const refused = await outputProblem(out, [input, PROJECT_DATA]);
  if (refused) {
    console.error(`GALAT ${out}: ${refused}\n\nData tidak diterbitkan; tidak ada yang ditulis atau dihapus.`);
    process.exit(1);
  }
  const { readF03InParts } = f03Threads(threads); // first: its threads boot while the master loads
  const [master, profiles, evaluations] = await Promise.all([
    loadMaster(input),
    loadProfiles(input),
    loadEvaluationProfiles(input),
  ]);
  const awards = await loadAwardsFile(input, master);
  let outcome: BuildOutcome | undefined;
  const result = await replaceOutput(out, async (dir) => {
    outcome = await buildDataProduct({
      input,
      out: dir,
      master,
      profiles,
      evaluations,
      awards,
      effects: fileEffects,
      readF03InParts,
    });
    return outcome.ok;
  });
  summarise(outcome!);
  if (!result.ok) {
    const errors = outcome!.messages.filter((m) => m.startsWith("GALAT"));
    for (const m of errors.slice(0, SHOWN)) console.error(m);
    const reports = outcome!.years.length ? ` Laporan validasi ada di ${result.kept}/<tahun>/validasi.json.` : "";
    if (errors.length > SHOWN) console.error(`… dan ${errors.length - SHOWN} galat lain: lihat laporan validasi.`);
    const frozen = outcome!.years.filter((y) => y.report.masalah.some((i) => i.code === "edisi-berubah"));
    for (const y of frozen)
      console.error(
        `\nEdisi ${y.tahun} sudah terbit: angkanya tidak boleh berubah. Kembalikan berkasnya, atau, bila perubahan ini koreksi yang sah, catat ralatnya: npm run release -- ${y.tahun} --ralat "alasannya" (README, "Menerbitkan edisi baru").`,
      );
    console.error(
      `\nData tidak diterbitkan: ${errors.length} galat.${reports} Keluaran sebelumnya di ${out}/ tidak diubah.`,
    );
    process.exit(1);
  }
  console.log(`Ditulis ${outcome!.written.length} berkas ke ${out}/`);
} catch (e) {
  if (e instanceof MasterDataError) console.error(e.message);
  else if (e instanceof InputError) console.error(`GALAT ${e.message}\n\nData tidak diterbitkan.`);
  else if (typeof (e as NodeJS.ErrnoException).code === "string")
    console.error(
      `GALAT ${out}: keluaran tidak dapat ditulis: ${fsProblem(e, "ditulis")}\n\nData tidak diterbitkan; keluaran sebelumnya tidak diubah.`,
    );
  else console.error(`Kesalahan tak terduga (mohon laporkan): ${(e as Error).stack ?? String(e)}`);
  process.exit(1);
}
