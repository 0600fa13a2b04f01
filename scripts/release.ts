/**
 * npm run release -- <year> [--input data] [--tanggal YYYY-MM-DD]
 *   Freezes an edition: writes data/rilis/<year>.json (status, profile, decree,
 *   release date, SHA-256 of every input file and of the results in canonical form).
 * npm run release -- <year> --ralat "alasan" [--tanggal YYYY-MM-DD]
 *   Records an erratum of a frozen edition in data/ralat/<year>.json: every
 *   value that changed and every input file replaced, with the date and reason.
 * The year is scored by the same data build as `npm run data`; nothing is
 * written under public/.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { buildDataProduct } from "../src/lib/pipeline.ts";
import { draftErratum } from "../src/lib/release/erratum.ts";
import { freezeProblem, makeRecord, recordText } from "../src/lib/release/record.ts";
import { ERRATA_DIR, RELEASE_DIR } from "../src/lib/release/yearRelease.ts";
import { ErrataFile, RELEASE_SCHEMA_VERSION } from "../src/lib/schema/release.ts";
import { InputError } from "../src/lib/validate/inputError.ts";
import { formatIssue, type Issue } from "../src/lib/validate/issues.ts";
import { loadAwardsFile, loadEvaluationProfiles } from "./lib/evaluationSources.ts";
import { fileEffects } from "./lib/fileEffects.ts";
import { loadMaster, loadProfiles, MasterDataError } from "./lib/sources.ts";

function fail(message: string): never {
  console.error(`GALAT ${message}`);
  process.exit(1);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    input: { type: "string", default: "data" },
    tanggal: { type: "string", default: new Date().toISOString().slice(0, 10) },
    ralat: { type: "string" },
  },
});
const input = values.input.replace(/(.)\/+$/, "$1");
if (positionals.length !== 1 || !/^\d{4}$/.test(positionals[0]!))
  fail(`sebutkan satu tahun, mis. npm run release -- 2025 (diberikan: ${positionals.join(" ") || "tidak ada"})`);
const tahun = Number(positionals[0]);
if (!/^\d{4}-\d{2}-\d{2}$/.test(values.tanggal)) fail(`--tanggal harus YYYY-MM-DD, bukan "${values.tanggal}"`);
const recordPath = `${input}/${RELEASE_DIR}/${tahun}.json`;
const errataPath = `${input}/${ERRATA_DIR}/${tahun}.json`;

try {
  const [master, profiles, evaluations] = await Promise.all([
    loadMaster(input),
    loadProfiles(input),
    loadEvaluationProfiles(input),
  ]);
  const awards = await loadAwardsFile(input, master);
  // Scored exactly as npm run data scores it, but nothing is written: the product stays where it is.
  const outcome = await buildDataProduct({
    input,
    out: "(tidak ditulis)",
    master,
    profiles,
    evaluations,
    awards,
    effects: { ...fileEffects, writeText: async () => {} },
    hashYear: tahun,
  });
  const year = outcome.years.find((y) => y.tahun === tahun);
  if (!year) fail(`tidak ada folder ${input}/${tahun}/: letakkan berkas tahun itu di sana dulu (lihat README)`);
  // Differences from the frozen edition are what an erratum records; every other error stops here.
  const recorded = new Set(
    values.ralat === undefined
      ? []
      : year.report.masalah.filter((i) => i.code === "edisi-berubah").map((i) => formatIssue(i as Issue)),
  );
  const blocking = outcome.messages.filter((m) => m.startsWith("GALAT") && !recorded.has(m));
  if (blocking.length || !year.release) {
    for (const m of blocking.slice(0, 50)) console.error(m);
    fail(
      `data ${tahun} belum bersih (${blocking.length} galat): perbaiki dulu, lalu jalankan lagi. Tidak ada yang ditulis.`,
    );
  }
  const { record, errata, rows, inputs, now } = year.release;

  if (values.ralat === undefined) {
    if (record)
      fail(
        `edisi ${tahun} sudah dibekukan pada ${record.tanggal_rilis} (${recordPath}); angkanya tidak diubah. Bila ada kesalahan, catat ralat: npm run release -- ${tahun} --ralat "alasannya"`,
      );
    const problem = freezeProblem({ tahun, ...now });
    if (problem) fail(problem);
    const made = await makeRecord({ tahun, ...now, tanggal: values.tanggal, inputs: inputs!, rows });
    await mkdir(`${input}/${RELEASE_DIR}`, { recursive: true });
    await writeFile(recordPath, recordText(made));
    console.log(
      `Edisi ${tahun} dibekukan (${made.status === "sample" ? "sampel" : `resmi, ${made.keputusan}`}, tanggal ${made.tanggal_rilis}): ${made.berkas.length} berkas masukan, ${made.hasil.jumlah} baris hasil.\n` +
        `Ditulis ${recordPath}. Langkah berikutnya: npm test, lalu commit berkas ini bersama datanya.`,
    );
  } else {
    if (!record)
      fail(
        `edisi ${tahun} belum dibekukan: ralat hanya untuk edisi terbit (jalankan dulu npm run release -- ${tahun})`,
      );
    if (!values.ralat.trim())
      fail(`--ralat harus berisi alasannya, mis. --ralat "salah ketik nilai F-02 Kota X baris 14"`);
    const entry = draftErratum({
      record,
      errata,
      inputs: inputs!,
      rows,
      tanggal: values.tanggal,
      alasan: values.ralat,
    });
    if (!entry) fail(`tidak ada yang berubah dari edisi ${tahun} (beserta ralatnya): tidak ada ralat yang dicatat`);
    const next = ErrataFile.parse({
      schemaVersion: RELEASE_SCHEMA_VERSION,
      tahun,
      ralat: [...(errata?.ralat ?? []), entry],
    });
    await mkdir(`${input}/${ERRATA_DIR}`, { recursive: true });
    await writeFile(errataPath, `${JSON.stringify(next, null, 2)}\n`);
    for (const c of entry.perubahan.slice(0, 50))
      console.log(
        `  ${c.evaluasi ?? "pekppp"} ${c.kode}, ${c.kolom}: ${c.sebelum ?? "(kosong)"} → ${c.sesudah ?? "(kosong)"}`,
      );
    for (const f of entry.berkas ?? []) console.log(`  berkas ${f.berkas}: ${f.sha256 ? "diganti" : "dihapus"}`);
    console.log(
      `Ralat edisi ${tahun} dicatat (${entry.perubahan.length} nilai, ${entry.berkas?.length ?? 0} berkas) di ${errataPath}.\n` +
        `Periksa daftarnya, jalankan npm test, lalu commit berkas ini bersama datanya.`,
    );
  }
} catch (e) {
  if (e instanceof MasterDataError) fail(e.message);
  if (e instanceof InputError) fail(e.message);
  throw e;
}
