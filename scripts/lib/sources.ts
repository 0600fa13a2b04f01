import { readFile } from "node:fs/promises";
import { getProvinces, getRegencies } from "idn-area-data";
import { readCsv } from "../../src/lib/csv/readCsv.ts";
import { loadProfile, type Profile } from "../../src/lib/method/profile.ts";
import { buildMaster, type Master } from "../../src/lib/regions/master.ts";
import { fileEffects } from "./fileEffects.ts";

/** The project's own data directory, where defaults for methodology and K/L live. */
export const PROJECT_DATA = new URL("../../data/", import.meta.url).pathname.replace(/\/$/, "");

/** Looks for `name` in the input directory first, then in the project's data/. */
async function pick(input: string, name: string): Promise<string> {
  return (await fileEffects.exists(`${input}/${name}`)) ? `${input}/${name}` : `${PROJECT_DATA}/${name}`;
}

/** Reads a small CSV into objects keyed by its header. */
export async function readSmallCsv(path: string): Promise<Record<string, string>[]> {
  const rows: Record<string, string>[] = [];
  let header: string[] = [];
  await readCsv(await readFile(path, "utf8"), {
    header: (cells) => (header = cells),
    record: (cells) => rows.push(Object.fromEntries(header.map((h, i) => [h, (cells[i] ?? "").trim()]))),
    blank: () => {},
    malformed: (row, reason) => {
      throw new Error(`${path}, baris ${row}: ${reason}`);
    },
  });
  return rows;
}

/** Regions from idn-area-data (read from the package, never copied) plus the K/L list. */
export async function loadMaster(input: string): Promise<Master> {
  const [provinces, regencies, kl] = await Promise.all([
    getProvinces(),
    getRegencies(),
    readSmallCsv(await pick(input, "kl.csv")),
  ]);
  return buildMaster({ provinces, regencies, kl });
}

/** Profiles of the MPP and Ramah Kelompok Rentan evaluations, read by loadEvaluationProfiles. */
export const EVALUATION_PROFILE = /^(mpp|rkr)-.*\.json$/;

/** Every PEKPPP methodology profile in `<input>/methodology/`, else in data/methodology/. */
export async function loadProfiles(input: string): Promise<Map<string, Profile>> {
  const dir = (await fileEffects.exists(`${input}/methodology`))
    ? `${input}/methodology`
    : `${PROJECT_DATA}/methodology`;
  const profiles = new Map<string, Profile>();
  for (const name of await fileEffects.list(dir)) {
    if (!name.endsWith(".json") || EVALUATION_PROFILE.test(name)) continue;
    const file = `${dir}/${name}`;
    let raw: unknown;
    try {
      raw = JSON.parse(await readFile(file, "utf8"));
    } catch (e) {
      throw new Error(`${file}: bukan JSON yang sah: ${(e as Error).message}`, { cause: e });
    }
    const p = loadProfile(raw, file);
    if (`${p.def.id}.json` !== name) throw new Error(`${file}: id profil "${p.def.id}" harus sama dengan nama berkas`);
    profiles.set(p.def.id, p);
  }
  return profiles;
}
