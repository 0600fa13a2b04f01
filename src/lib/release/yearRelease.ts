import type { Effects } from "../effects.ts";
import type { DataStatus } from "../schema/output.ts";
import { ErrataFile, ReleaseRecord, type CanonicalRow } from "../schema/release.ts";
import { parseFriendly } from "../validate/friendly.ts";
import { InputError } from "../validate/inputError.ts";
import { FileTally } from "../validate/issues.ts";
import { parseJsonText } from "../validate/jsonText.ts";
import { canonicalRows } from "./canonical.ts";
import { checkFrozen } from "./check.ts";

/** Where the release records and errata live in the input (committed; data/README.md, "Rilis dan ralat"). */
export const RELEASE_DIR = "rilis";
export const ERRATA_DIR = "ralat";

/** What the build knows of a year's release: frozen or a draft, and the facts `npm run release` records. */
export interface YearRelease {
  readonly record: ReleaseRecord | null;
  readonly errata: ErrataFile | null;
  readonly rows: readonly CanonicalRow[];
  /** SHA-256 of each input file, by path in the year folder (computed for frozen years and when asked). */
  readonly inputs: ReadonlyMap<string, string> | null;
  /** The year as it builds now: status and decree from its tahun.json, the profile used. */
  readonly now: { readonly status: DataStatus; readonly profil: string; readonly keputusan: string | null };
}

/** Reads one small JSON file of the release contract; null when absent, with its problems on `tally`. */
async function readJson<T>(
  effects: Effects,
  tally: FileTally,
  schema: Parameters<typeof parseFriendly>[0],
): Promise<T | null> {
  const state = await effects.stat(tally.file);
  if (state.kind === "absent") return null;
  if (state.kind !== "file") {
    tally.error(
      "rilis-tidak-valid",
      `berkas ditolak: ${state.kind === "dir" ? "adalah folder, bukan berkas" : state.reason}`,
    );
    return null;
  }
  let text: string;
  try {
    text = await effects.readText(tally.file);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    tally.error("rilis-tidak-valid", `berkas ditolak: ${e.message}`);
    return null;
  }
  const json = parseJsonText(text);
  if (!json.ok) {
    tally.error("rilis-tidak-valid", json.problem);
    return null;
  }
  const parsed = parseFriendly(schema, json.value);
  if (!parsed.ok) {
    for (const p of parsed.problems) tally.error("rilis-tidak-valid", p);
    return null;
  }
  return parsed.value as T;
}

/** Every file of a year folder but hidden ones (the sample's marker), as paths inside it, sorted. */
export async function yearInputFiles(effects: Effects, dir: string, under = ""): Promise<string[]> {
  const out: string[] = [];
  for (const name of await effects.list(under ? `${dir}/${under}` : dir)) {
    if (name.startsWith(".")) continue;
    const rel = under ? `${under}/${name}` : name;
    const state = await effects.stat(`${dir}/${rel}`);
    if (state.kind === "dir") out.push(...(await yearInputFiles(effects, dir, rel)));
    else if (state.kind === "file") out.push(rel);
  }
  return out.sort();
}

export async function hashInputs(effects: Effects, dir: string): Promise<Map<string, string>> {
  const files = await yearInputFiles(effects, dir);
  return new Map(await Promise.all(files.map(async (f) => [f, await effects.sha256(`${dir}/${f}`)] as const)));
}

/**
 * The release side of one year's build: reads its record and errata, and,
 * when the year is frozen, checks that its inputs and results are those the
 * record (and errata) say. Every difference is an error naming the input
 * file, or the instansi and column, on the tallies returned.
 */
export async function yearRelease(o: {
  input: string;
  tahun: number;
  effects: Effects;
  /** The year's product files (name → text). */
  outputs: ReadonlyMap<string, string>;
  now: YearRelease["now"];
  nameOf: (kode: string) => string | undefined;
  /** Hash the inputs even when the year is not frozen (npm run release). */
  hash: boolean;
}): Promise<{ release: YearRelease; tallies: FileTally[] }> {
  const dir = `${o.input}/${o.tahun}`;
  const recordTally = new FileTally(`${o.input}/${RELEASE_DIR}/${o.tahun}.json`);
  const errataTally = new FileTally(`${o.input}/${ERRATA_DIR}/${o.tahun}.json`);
  const record = await readJson<ReleaseRecord>(o.effects, recordTally, ReleaseRecord);
  const errata = await readJson<ErrataFile>(o.effects, errataTally, ErrataFile);
  const tallies: FileTally[] = [recordTally, errataTally];
  for (const [t, doc] of [
    [recordTally, record],
    [errataTally, errata],
  ] as const)
    if (doc && doc.tahun !== o.tahun)
      t.error("rilis-tidak-valid", `berkas ini untuk tahun ${doc.tahun}, bukan ${o.tahun}`, { column: "tahun" });
  if (errata && !record && (await o.effects.stat(recordTally.file)).kind === "absent")
    errataTally.error(
      "rilis-tidak-valid",
      `tahun ${o.tahun} belum dibekukan: ralat hanya untuk edisi yang sudah terbit (jalankan dulu npm run release -- ${o.tahun})`,
    );
  const rows = canonicalRows(o.outputs);
  const inputs = record || o.hash ? await hashInputs(o.effects, dir) : null;
  if (record && inputs && tallies.every((t) => t.errors === 0)) {
    const fileTallies = new Map<string, FileTally>();
    for (const p of await checkFrozen({ record, errata, inputs, rows, now: o.now, nameOf: o.nameOf })) {
      const t =
        p.where === "berkas"
          ? (fileTallies.get(p.file!) ?? fileTallies.set(p.file!, new FileTally(`${dir}/${p.file}`)).get(p.file!)!)
          : p.where === "ralat"
            ? errataTally
            : recordTally;
      t.error("edisi-berubah", p.message, p.column ? { column: p.column } : {});
    }
    tallies.unshift(...fileTallies.values()); // the changed inputs first: they are the cause
  }
  return { release: { record, errata, rows, inputs, now: o.now }, tallies };
}

/**
 * A frozen edition whose year folder is gone would vanish from the site:
 * each release record or errata file without its year is an error naming it.
 */
export async function missingFrozenYears(
  input: string,
  years: readonly number[],
  effects: Effects,
  tally: FileTally,
): Promise<void> {
  if ((await effects.stat(input)).kind !== "dir") return;
  for (const dir of [RELEASE_DIR, ERRATA_DIR])
    for (const name of await effects.list(`${input}/${dir}`)) {
      const m = /^(\d{4})\.json$/.exec(name);
      if (m && !years.includes(Number(m[1])))
        tally.error(
          "edisi-berubah",
          `${dir}/${name}: edisi ${m[1]} sudah dibekukan, tetapi folder ${m[1]}/ tidak ada: masukan edisi terbit tidak boleh hilang`,
        );
    }
}
