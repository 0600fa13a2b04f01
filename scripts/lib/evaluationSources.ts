import { readFile } from "node:fs/promises";
import { loadAwards } from "../../src/lib/awards/load.ts";
import { loadEvaluationProfile, type EvaluationMethod } from "../../src/lib/evaluation/profile.ts";
import type { Master } from "../../src/lib/regions/master.ts";
import type { Awards } from "../../src/lib/schema/awards.ts";
import { fileEffects } from "./fileEffects.ts";
import { EVALUATION_PROFILE, PROJECT_DATA } from "./sources.ts";

/** The MPP and Ramah Kelompok Rentan profiles (`mpp-*.json`, `rkr-*.json`) in `<input>/methodology/`, else in data/methodology/. */
export async function loadEvaluationProfiles(input: string): Promise<EvaluationMethod[]> {
  const dir = (await fileEffects.exists(`${input}/methodology`))
    ? `${input}/methodology`
    : `${PROJECT_DATA}/methodology`;
  const methods: EvaluationMethod[] = [];
  for (const name of (await fileEffects.list(dir)).sort()) {
    if (!EVALUATION_PROFILE.test(name)) continue;
    const file = `${dir}/${name}`;
    let raw: unknown;
    try {
      raw = JSON.parse(await readFile(file, "utf8"));
    } catch (e) {
      throw new Error(`${file}: bukan JSON yang sah: ${(e as Error).message}`, { cause: e });
    }
    const m = loadEvaluationProfile(raw, file);
    if (`${m.def.id}.json` !== name) throw new Error(`${file}: id profil "${m.def.id}" harus sama dengan nama berkas`);
    if (!name.startsWith(`${m.def.evaluasi}-`))
      throw new Error(`${file}: berkas profil ${m.def.evaluasi} harus bernama ${m.def.evaluasi}-<tahun>.json`);
    methods.push(m);
  }
  return methods;
}

/** The award lists: `<input>/penghargaan.json`, else data/penghargaan.json; checked against the master. */
export async function loadAwardsFile(input: string, master: Master): Promise<Awards> {
  const file = (await fileEffects.exists(`${input}/penghargaan.json`))
    ? `${input}/penghargaan.json`
    : `${PROJECT_DATA}/penghargaan.json`;
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(file, "utf8"));
  } catch (e) {
    throw new Error(`${file}: bukan JSON yang sah: ${(e as Error).message}`, { cause: e });
  }
  return loadAwards(raw, file, master);
}
