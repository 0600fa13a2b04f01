import { createHash } from "node:crypto";
import { readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import type { Profile } from "../../src/lib/method/profile.ts";
import type { Master } from "../../src/lib/regions/master.ts";
import { loadMaster, loadProfiles, PROJECT_DATA } from "../lib/sources.ts";
import { PUBLISHED_FILE } from "../../src/lib/pipeline.ts";
import { GENERATOR_VERSION, PROFILE_ID, SAMPLE_YEARS, SEED } from "./config.ts";
import { evaluationContext, writeEvaluationYear } from "./evaluationWrite.ts";
import { inspect, makeStamp, STAMP_FILE } from "./stamp.ts";
import { writeYear } from "./write.ts";
import { generateYear, sampleContext } from "./year.ts";
import { publishedFigures, type Figures } from "./published.ts";

export interface SampleOptions {
  /** Directory holding the year directories (the project's data/ by default). */
  readonly out: string;
  readonly years?: readonly number[];
  readonly seed?: number;
  /** Regenerate our own year directories even when they are up to date. */
  readonly force?: boolean;
  readonly log?: (message: string) => void;
}

export interface YearOutcome {
  readonly tahun: number;
  /** dibuat = written; mutakhir = ours and up to date, left as is; dilewati = not ours, left alone. */
  readonly status: "dibuat" | "mutakhir" | "dilewati";
  readonly pesan: string;
}

/** Hash of what the output depends on: the generator's sources, the methodology profile and the master list. */
async function fingerprint(profile: Profile, master: Master, figures: Figures): Promise<string> {
  const hash = createHash("sha256");
  const dir = fileURLToPath(new URL(".", import.meta.url));
  for (const name of (await readdir(dir)).filter((n) => n.endsWith(".ts")).sort())
    hash.update(`${name}\n`).update(await readFile(`${dir}/${name}`));
  hash.update(JSON.stringify(profile.def));
  hash.update(figures.text);
  hash.update(JSON.stringify(master.list.map((i) => [i.kode, i.tingkat, i.kode_provinsi])));
  return hash.digest("hex");
}

export function sampleNote(seed: number): string {
  return `Data SINTETIS dari generator sampel (npm run sample; versi ${GENERATOR_VERSION}, seed ${seed}), bukan hasil resmi PEKPPP. Sebagian instansi dikalibrasi ke angka resmi yang pernah diterbitkan; lihat data/README.md.`;
}

/**
 * Writes the sample years into `out`. A year directory that is not ours is
 * never touched; ours is skipped when the stamp shows the same version, seed
 * and inputs, unless forced. Each year is written to a scratch directory and
 * swapped in whole, so an interrupted run leaves no half-written year.
 */
export async function generateSample(o: SampleOptions): Promise<YearOutcome[]> {
  const log = o.log ?? (() => {});
  const seed = o.seed ?? SEED;
  const [master, profiles] = await Promise.all([loadMaster(PROJECT_DATA), loadProfiles(PROJECT_DATA)]);
  const profile = profiles.get(PROFILE_ID);
  if (!profile) throw new Error(`profil ${PROFILE_ID} tidak ada di ${PROJECT_DATA}/methodology`);
  // MPP and Ramah Kelompok Rentan (scripts/sample/evaluations.ts): their profiles and the award lists count too.
  const evaluations = await evaluationContext(seed, master, PROJECT_DATA);
  const figures = await publishedFigures(`${PROJECT_DATA}/${PUBLISHED_FILE}`, master, profile);
  const sidik = `${await fingerprint(profile, master, figures)}+${evaluations.fingerprint}`;
  const ctx = sampleContext(seed, profile, master, figures);
  const outcomes: YearOutcome[] = [];

  for (const tahun of o.years ?? SAMPLE_YEARS) {
    const dir = `${o.out}/${tahun}`;
    const scratch = `${o.out}/.sampel-${tahun}.tmp`;
    await rm(scratch, { recursive: true, force: true }); // left over from an interrupted run
    const before = await inspect(dir);
    if (before.kind === "asing") {
      const pesan = `${dir} bukan buatan generator sampel (${before.why}); dibiarkan apa adanya`;
      log(`${tahun}: dilewati: ${pesan}`);
      outcomes.push({ tahun, status: "dilewati", pesan });
      continue;
    }
    const s = before.kind === "milik" ? before.stamp : null;
    if (
      !o.force &&
      s &&
      before.kind === "milik" &&
      before.intact &&
      s.versi === GENERATOR_VERSION &&
      s.seed === seed &&
      s.sidik === sidik
    ) {
      const pesan = `${dir} sudah mutakhir (versi ${s.versi}, seed ${s.seed}); pakai --force untuk membuat ulang`;
      log(`${tahun}: ${pesan}`);
      outcomes.push({ tahun, status: "mutakhir", pesan });
      continue;
    }
    const start = performance.now();
    const sample = generateYear(ctx, tahun);
    const written = await writeYear(scratch, sample, profile, sampleNote(seed));
    written.push(...(await writeEvaluationYear(scratch, evaluations.ctx, tahun, log)));
    await writeFile(`${scratch}/${STAMP_FILE}`, makeStamp({ versi: GENERATOR_VERSION, seed, sidik, tahun, written }));
    // Look again just before swapping: real data may have landed meanwhile.
    const now = await inspect(dir);
    if (now.kind === "asing") {
      await rm(scratch, { recursive: true, force: true });
      const pesan = `${dir} berubah selama pembuatan (${now.why}); dibiarkan apa adanya`;
      log(`${tahun}: dilewati: ${pesan}`);
      outcomes.push({ tahun, status: "dilewati", pesan });
      continue;
    }
    await rm(dir, { recursive: true, force: true });
    await rename(scratch, dir);
    const pesan = `${dir} dibuat: ${sample.instansi.length} instansi (${Math.round(performance.now() - start)} ms)`;
    log(`${tahun}: ${pesan}`);
    outcomes.push({ tahun, status: "dibuat", pesan });
  }
  return outcomes;
}
