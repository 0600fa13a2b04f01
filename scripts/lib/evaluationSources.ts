import { AwardsError, loadAwards } from "../../src/lib/awards/load.ts";
import { loadEvaluationProfile, type EvaluationMethod } from "../../src/lib/evaluation/profile.ts";
import { ProfileError } from "../../src/lib/method/profile.ts";
import type { Master } from "../../src/lib/regions/master.ts";
import type { Awards } from "../../src/lib/schema/awards.ts";
import { InputError } from "../../src/lib/validate/inputError.ts";
import { parseJsonText } from "../../src/lib/validate/jsonText.ts";
import { fileEffects } from "./fileEffects.ts";
import { EVALUATION_PROFILE, MasterDataError, pick } from "./sources.ts";

/**
 * A JSON file of master data, read as the other inputs are (UTF-8 only, a key
 * written twice refused); every problem is one line, and the build stops.
 */
async function readJsonFile(file: string): Promise<{ value: unknown } | { problem: string }> {
  const state = await fileEffects.stat(file);
  if (state.kind !== "file")
    return {
      problem: `GALAT ${file}: berkas ditolak: ${state.kind === "dir" ? "adalah folder, bukan berkas" : state.kind === "unreadable" ? state.reason : "tidak ada"}`,
    };
  let text: string;
  try {
    text = await fileEffects.readText(file);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    return { problem: `GALAT ${file}: berkas ditolak: ${e.message}` };
  }
  const json = parseJsonText(text);
  return json.ok ? { value: json.value } : { problem: `GALAT ${file}: ${json.problem}` };
}

/** The MPP and Ramah Kelompok Rentan profiles (`mpp-*.json`, `rkr-*.json`) in `<input>/methodology/`, else in data/methodology/. */
export async function loadEvaluationProfiles(input: string): Promise<EvaluationMethod[]> {
  const dir = await pick(input, "methodology");
  if ((await fileEffects.stat(dir)).kind !== "dir") return []; // loadProfiles reports the folder
  const methods: EvaluationMethod[] = [];
  const problems: string[] = [];
  for (const name of (await fileEffects.list(dir)).sort()) {
    if (!EVALUATION_PROFILE.test(name)) continue;
    const file = `${dir}/${name}`;
    const json = await readJsonFile(file);
    if ("problem" in json) {
      problems.push(json.problem);
      continue;
    }
    let m: EvaluationMethod;
    try {
      m = loadEvaluationProfile(json.value, file);
    } catch (e) {
      if (!(e instanceof ProfileError)) throw e;
      problems.push(...e.problems.map((p) => `GALAT ${file}: profil evaluasi tidak valid: ${p}`));
      continue;
    }
    if (`${m.def.id}.json` !== name)
      problems.push(`GALAT ${file}: id profil "${m.def.id}" harus sama dengan nama berkas`);
    else if (!name.startsWith(`${m.def.evaluasi}-`))
      problems.push(`GALAT ${file}: berkas profil ${m.def.evaluasi} harus bernama ${m.def.evaluasi}-<tahun>.json`);
    else methods.push(m);
  }
  if (problems.length) throw new MasterDataError(problems);
  return methods;
}

/** The award lists: `<input>/penghargaan.json`, else data/penghargaan.json; checked against the master. */
export async function loadAwardsFile(input: string, master: Master): Promise<Awards> {
  const file = await pick(input, "penghargaan.json");
  const json = await readJsonFile(file);
  if ("problem" in json) throw new MasterDataError([json.problem]);
  try {
    return loadAwards(json.value, file, master);
  } catch (e) {
    if (!(e instanceof AwardsError)) throw e;
    throw new MasterDataError(
      e.problems.map((p) => `GALAT ${file}: daftar penghargaan tidak valid: ${p}`),
      { cause: e },
    );
  }
}
