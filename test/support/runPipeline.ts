import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import type { Effects, F03InParts } from "../../src/lib/effects.ts";
import { buildDataProduct, type BuildOutcome } from "../../src/lib/pipeline.ts";
import { fileEffects } from "../../scripts/lib/fileEffects.ts";
import { loadEvaluationProfiles } from "../../scripts/lib/evaluationSources.ts";
import { loadMaster, loadProfiles } from "../../scripts/lib/sources.ts";

/**
 * Runs the real data build (file effects, unless others are given; f03.csv
 * read in one go, unless a reader in parts is given) on `input` into a fresh temp dir.
 */
export async function runPipeline(
  input: string,
  o: { effects?: Effects; readF03InParts?: F03InParts } = {},
): Promise<{ outcome: BuildOutcome; out: string; files: Map<string, string>; cleanup: () => void }> {
  const out = mkdtempSync(join(tmpdir(), "ipp-out-"));
  const [master, profiles, evaluations] = await Promise.all([
    loadMaster(input),
    loadProfiles(input),
    loadEvaluationProfiles(input),
  ]);
  const effects = o.effects ?? fileEffects;
  const outcome = await buildDataProduct({
    input,
    out,
    master,
    profiles,
    evaluations,
    effects,
    readF03InParts: o.readF03InParts,
  });
  return { outcome, out, files: readTree(out), cleanup: () => rmSync(out, { recursive: true, force: true }) };
}

/** Every file under `dir`, keyed by its '/'-separated path relative to `dir`. */
export function readTree(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else files.set(relative(dir, p).split("\\").join("/"), readFileSync(p, "utf8"));
    }
  };
  walk(dir);
  return files;
}
