import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildDataProduct, type BuildOutcome } from "../../../src/lib/pipeline.ts";
import type { InstansiResult, LokusResult } from "../../../src/lib/schema/output.ts";
import { fileEffects } from "../../../scripts/lib/fileEffects.ts";
import { loadEvaluationProfiles } from "../../../scripts/lib/evaluationSources.ts";
import { loadMaster, loadProfiles, PROJECT_DATA } from "../../../scripts/lib/sources.ts";
import { generateSample, type SampleOptions } from "../../../scripts/sample/run.ts";

export const tempDir = (name: string) => mkdtemp(join(tmpdir(), `ipp-sampel-${name}-`));

/** What the real data build publishes for one year, read back from its files. */
export interface Built {
  readonly instansi: InstansiResult[];
  readonly lokus: Pick<LokusResult, "kode_instansi" | "lokus" | "ipp" | "jumlah_responden">[];
  readonly summary: {
    status: string;
    per_tingkat: { tingkat: string; rata_rata: number | null }[];
    pemda: { rata_rata: number | null };
  };
  readonly status: string;
}

/** Generates the sample into a fresh directory, then runs `npm run data`'s pipeline on it. */
export async function generateAndBuild(years: readonly number[], extra: Partial<SampleOptions> = {}) {
  const input = await tempDir("input");
  const out = join(input, "_out");
  const outcomes = await generateSample({ out: input, years, ...extra });
  const [master, profiles, evaluations] = await Promise.all([
    loadMaster(PROJECT_DATA),
    loadProfiles(PROJECT_DATA),
    loadEvaluationProfiles(PROJECT_DATA),
  ]);
  const outcome: BuildOutcome = await buildDataProduct({
    input,
    out,
    master,
    profiles,
    evaluations,
    effects: fileEffects,
  });
  const read = async (tahun: number): Promise<Built> => {
    const year = JSON.parse(await readFile(`${out}/${tahun}/pekppp-instansi.json`, "utf8"));
    const [header, ...rows] = (await readFile(`${out}/${tahun}/pekppp-lokus.csv`, "utf8")).trimEnd().split("\n");
    const cols = header!.split(",");
    const at = (cells: string[], c: string) => cells[cols.indexOf(c)]!;
    const lokus = rows.map((line) => {
      const cells = line.split(","); // sample lokus names and codes contain no commas
      return {
        kode_instansi: at(cells, "kode_instansi"),
        lokus: at(cells, "lokus"),
        ipp: Number(at(cells, "ipp")),
        jumlah_responden: Number(at(cells, "jumlah_responden")),
      };
    });
    const summary = JSON.parse(await readFile(`${out}/${tahun}/ringkasan.json`, "utf8"));
    return { instansi: year.instansi, lokus, summary, status: year.status };
  };
  return { input, out, outcomes, outcome, master, read };
}
