import { createHash } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { loadAwardsFile, loadEvaluationProfiles } from "../lib/evaluationSources.ts";
import type { Master } from "../../src/lib/regions/master.ts";
import { evaluationFiles, generateEvaluations, type EvaluationContext } from "./evaluations.ts";
import type { Written } from "./write.ts";

/** The profiles and award lists the evaluation sample is made from, and their fingerprint for the stamp. */
export async function evaluationContext(
  seed: number,
  master: Master,
  dataDir: string,
): Promise<{ ctx: EvaluationContext; fingerprint: string }> {
  const [methods, awards] = await Promise.all([loadEvaluationProfiles(dataDir), loadAwardsFile(dataDir, master)]);
  const fingerprint = createHash("sha256")
    .update(JSON.stringify(methods.map((m) => m.def)))
    .update(JSON.stringify(awards))
    .digest("hex");
  return { ctx: { seed, master, methods, awards }, fingerprint };
}

/** Writes one year of the MPP and Ramah Kelompok Rentan sample into the year directory; returns what it wrote. */
export async function writeEvaluationYear(
  dir: string,
  ctx: EvaluationContext,
  tahun: number,
  log: (message: string) => void,
): Promise<Written[]> {
  const sample = generateEvaluations(ctx, tahun);
  for (const note of sample.notes) log(`${tahun}: ${note}`);
  const written: Written[] = [];
  for (const [path, text] of evaluationFiles(sample)) {
    await mkdir(dirname(`${dir}/${path}`), { recursive: true });
    await writeFile(`${dir}/${path}`, text);
    written.push({ path, sha256: createHash("sha256").update(text).digest("hex") });
  }
  return written;
}
