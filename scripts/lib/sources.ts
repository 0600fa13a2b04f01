import { getProvinces, getRegencies } from "idn-area-data";
import { loadProfile, ProfileError, type Profile } from "../../src/lib/method/profile.ts";
import { klReader } from "../../src/lib/regions/klCsv.ts";
import { buildMaster, type Master } from "../../src/lib/regions/master.ts";
import { InputError } from "../../src/lib/validate/inputError.ts";
import { FileTally, formatIssue } from "../../src/lib/validate/issues.ts";
import { parseJsonText } from "../../src/lib/validate/jsonText.ts";
import { readFileRows } from "../../src/lib/validate/readFileRows.ts";
import { fileEffects } from "./fileEffects.ts";

/** The project's own data directory, where defaults for methodology and K/L live. */
export const PROJECT_DATA = new URL("../../data/", import.meta.url).pathname.replace(/\/$/, "");

/**
 * Master data that cannot be used: every problem, one line each in the form
 * of the other messages (GALAT file, baris, kolom: …). The build stops.
 */
export class MasterDataError extends Error {
  constructor(lines: readonly string[], options?: ErrorOptions) {
    super(`${lines.join("\n")}\n\nData tidak diterbitkan: perbaiki data master di atas.`, options);
    this.name = "MasterDataError";
  }
}

/**
 * `name` in the input directory when anything is there (even something that
 * cannot be read: that is reported, never replaced by the default), else
 * in the project's data/ (also when the input itself is not a readable folder).
 */
export async function pick(input: string, name: string): Promise<string> {
  // An input that is not a readable folder is reported by the build itself (findYears), in its own words.
  if ((await fileEffects.stat(input)).kind !== "dir") return `${PROJECT_DATA}/${name}`;
  return (await fileEffects.stat(`${input}/${name}`)).kind !== "absent"
    ? `${input}/${name}`
    : `${PROJECT_DATA}/${name}`;
}

/** Regions from idn-area-data (read from the package, never copied) plus the K/L list, every row of which is checked. */
export async function loadMaster(input: string): Promise<Master> {
  const tally = new FileTally(await pick(input, "kl.csv"));
  const kl = klReader(tally);
  const state = await fileEffects.stat(tally.file);
  if (state.kind === "file") await readFileRows(fileEffects, tally, kl.visitor);
  else
    tally.error(
      "berkas-tidak-terbaca",
      `berkas ditolak: ${state.kind === "dir" ? "adalah folder, bukan berkas" : state.kind === "unreadable" ? state.reason : "tidak ada"}`,
    );
  if (tally.errors) throw new MasterDataError(tally.issues.map(formatIssue));
  const [provinces, regencies] = await Promise.all([getProvinces(), getRegencies()]);
  return buildMaster({ provinces, regencies, kl: kl.rows() });
}

/** Profiles of the MPP and Ramah Kelompok Rentan evaluations, read by loadEvaluationProfiles. */
export const EVALUATION_PROFILE = /^(mpp|rkr)-.*\.json$/;

/** Every PEKPPP methodology profile in `<input>/methodology/`, else in data/methodology/. */
export async function loadProfiles(input: string): Promise<Map<string, Profile>> {
  const dir = await pick(input, "methodology");
  const dirState = await fileEffects.stat(dir);
  if (dirState.kind !== "dir")
    throw new MasterDataError([
      `GALAT ${dir}: folder profil metodologi tidak dapat dibaca: ${dirState.kind === "unreadable" ? dirState.reason : dirState.kind === "file" ? "ia sebuah berkas, bukan folder" : "tidak ada"}`,
    ]);
  const profiles = new Map<string, Profile>();
  const problems: string[] = [];
  for (const name of await fileEffects.list(dir)) {
    if (!name.endsWith(".json") || EVALUATION_PROFILE.test(name)) continue;
    const file = `${dir}/${name}`;
    let text: string;
    try {
      text = await fileEffects.readText(file);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      problems.push(`GALAT ${file}: berkas ditolak: ${e.message}`);
      continue;
    }
    const json = parseJsonText(text);
    if (!json.ok) {
      problems.push(`GALAT ${file}: ${json.problem}`);
      continue;
    }
    let p: Profile;
    try {
      p = loadProfile(json.value, file);
    } catch (e) {
      if (!(e instanceof ProfileError)) throw e;
      problems.push(...e.problems.map((p) => `GALAT ${file}: profil metodologi tidak valid: ${p}`));
      continue;
    }
    if (`${p.def.id}.json` !== name) {
      problems.push(`GALAT ${file}: id profil "${p.def.id}" harus sama dengan nama berkas`);
      continue;
    }
    profiles.set(p.def.id, p);
  }
  if (problems.length) throw new MasterDataError(problems);
  return profiles;
}
