import { shown } from "../csv/cellText.ts";
import type { Effects, F03InParts, PathState } from "../effects.ts";
import { f02Reader, type F02Lokus } from "../ingest/f02.ts";
import { readF03Part } from "../ingest/f03.ts";
import { f03Result, type F03Lokus } from "../ingest/f03Result.ts";
import { hasilReader, type Published } from "../ingest/hasil.ts";
import type { Ladder } from "../method/predikat.ts";
import type { Profile } from "../method/profile.ts";
import type { Master } from "../regions/master.ts";
import { InputError } from "../validate/inputError.ts";
import { readFileRows, refuseFile } from "../validate/readFileRows.ts";
import { FileTally, type IssueCode } from "../validate/issues.ts";
import type { CsvVisitor } from "../csv/readCsv.ts";

export const INPUT_FILES = ["f02.csv", "f03.csv", "hasil.csv"] as const;

/** A visitor that counts every row of a file as rejected for one reason, already reported. */
export function rejectAll(tally: FileTally, code: IssueCode): CsvVisitor {
  const reject = () => {
    tally.read++;
    tally.reject(code);
  };
  return { header: () => {}, record: reject, blank: reject, malformed: reject };
}

/** What is at each input file of a year; a file there that cannot be read is reported on its own tally. */
async function inputFiles(
  dir: string,
  effects: Effects,
): Promise<{ present: Record<(typeof INPUT_FILES)[number], boolean>; unreadable: FileTally[] }> {
  const present = { "f02.csv": false, "f03.csv": false, "hasil.csv": false };
  const unreadable: FileTally[] = [];
  for (const name of INPUT_FILES) {
    const state: PathState = await effects.stat(`${dir}/${name}`);
    if (state.kind === "file") present[name] = true;
    else if (state.kind !== "absent") {
      const tally = new FileTally(`${dir}/${name}`);
      const reason = state.kind === "dir" ? "adalah folder, bukan berkas" : state.reason;
      tally.error("berkas-tidak-terbaca", `berkas ditolak: ${reason}`);
      unreadable.push(tally);
    }
  }
  return { present, unreadable };
}

/** Counts the rows of every input file present, all rejected: for a year that cannot be scored at all. */
export async function rejectYear(dir: string, effects: Effects, code: IssueCode): Promise<FileTally[]> {
  const { present, unreadable } = await inputFiles(dir, effects);
  const tallies: FileTally[] = [...unreadable];
  for (const name of INPUT_FILES) {
    if (!present[name]) continue;
    const tally = new FileTally(`${dir}/${name}`);
    await readFileRows(effects, tally, rejectAll(tally, code));
    tallies.push(tally);
  }
  return tallies.sort((a, b) => INPUT_FILES.indexOf(baseName(a.file)) - INPUT_FILES.indexOf(baseName(b.file)));
}

const baseName = (file: string) => file.slice(file.lastIndexOf("/") + 1) as (typeof INPUT_FILES)[number];

export interface YearInputs {
  readonly f02: F02Lokus[];
  readonly f03: Map<string, F03Lokus>;
  readonly published: Map<string, Published>;
  readonly tallies: FileTally[];
}

/**
 * Streams the year's input files through their readers. Each file gets its
 * own tally of rows read, used and rejected; problems are collected, never
 * thrown, so one run lists all of them.
 */
export async function readYear(o: {
  dir: string;
  profile: Profile;
  ladder: Ladder;
  master: Master;
  effects: Effects;
  /** Reads a big f03.csv in parts (on threads), when given. */
  readF03InParts?: F03InParts | undefined;
  yearTally: FileTally;
}): Promise<YearInputs> {
  const { dir, profile, ladder, master, effects } = o;
  const path = (name: string) => `${dir}/${name}`;
  // A file that is there but cannot be read is an error of its own, never taken for an absent one.
  const { present, unreadable } = await inputFiles(dir, effects);
  const missing = (name: (typeof INPUT_FILES)[number]) =>
    !present[name] && !unreadable.some((t) => t.file === path(name));
  const has = { f02: present["f02.csv"], f03: present["f03.csv"], hasil: present["hasil.csv"] };
  const tallies: FileTally[] = [...unreadable];
  let f02: F02Lokus[] = [];
  let f03 = new Map<string, F03Lokus>();
  let published = new Map<string, Published>();

  if (has.f03 && missing("f02.csv"))
    o.yearTally.error("berkas-tidak-ada", "ada f03.csv tetapi tidak ada f02.csv: F-03 tidak dapat dinilai tanpa F-02");
  else if (missing("f02.csv") && missing("hasil.csv"))
    o.yearTally.error(
      "berkas-tidak-ada",
      "tidak ada f02.csv maupun hasil.csv: tahun ini tidak punya data untuk dinilai",
    );

  // Parts of f03.csv read on other threads, when the effects can: started first, so F-02 is read meanwhile.
  const method = { f03: profile.def.f03, skala: profile.def.skala };
  const f03Parts =
    has.f03 && has.f02 && o.readF03InParts
      ? o.readF03InParts(path("f03.csv"), {
          method,
          kodes: [...master.byCode.keys()],
          meanwhile: [path("f02.csv")],
        })
      : undefined;
  f03Parts?.catch(() => {}); // awaited below; this only keeps a failure meanwhile from going unhandled

  let f03Refused = unreadable.some((t) => t.file === path("f03.csv"));
  let scored = new Set<string>();
  let seen: (key: string) => boolean = () => false;
  if (has.f02) {
    const tally = new FileTally(path("f02.csv"));
    const reader = f02Reader(profile, master, tally);
    if (await readFileRows(effects, tally, reader.visitor)) f02 = reader.finish();
    scored = new Set(f02.map((l) => l.key));
    seen = reader.seen;
    tallies.push(tally);
  }
  if (has.f03 && has.f02) {
    const tally = new FileTally(path("f03.csv"));
    const known = (kode: string) => master.byCode.has(kode);
    // A part that could not be read sends the file to one reading, which reports why with its row.
    let parts = await f03Parts?.catch((e: unknown) => {
      if (e instanceof InputError) return undefined;
      throw e;
    });
    if (!parts)
      try {
        parts = [await readF03Part(effects.openText(tally.file), { method, known, file: tally.file })];
      } catch (e) {
        if (!(e instanceof InputError)) throw e;
        refuseFile(tally, e);
        f03Refused = true;
      }
    if (parts) f03 = f03Result(parts, { method, tally, scored: (k) => scored.has(k), known: seen });
    tallies.push(tally);
  } else if (has.f03) {
    // Already reported once for the year; count its rows so none goes unaccounted for.
    const tally = new FileTally(path("f03.csv"));
    await readFileRows(
      effects,
      tally,
      rejectAll(tally, missing("f02.csv") ? "berkas-tidak-ada" : "berkas-tidak-terbaca"),
    );
    tallies.push(tally);
  }
  const f02Tally = tallies.find((t) => t.file === path("f02.csv"));
  // When f03.csv was refused whole, saying of every lokus that it has no F-03 answer would only repeat that.
  if (has.f02 && f02Tally && !f03Refused) {
    const tally = f02Tally;
    if (!has.f03) {
      if (f02.length)
        o.yearTally.warn("lokus-tanpa-f03", `tidak ada f03.csv: ${f02.length} lokus dinilai dari F-02 saja`);
    } else
      for (const l of f02)
        if (!f03.has(l.key))
          tally.warn(
            "lokus-tanpa-f03",
            `lokus "${shown(l.lokus)}" instansi ${l.kode} tidak punya jawaban F-03: IPP lokus = F02 saja`,
            { row: l.row, column: "lokus", value: l.lokus },
          );
  }
  if (has.hasil) {
    const tally = new FileTally(path("hasil.csv"));
    const reader = hasilReader(profile, ladder, master, tally);
    if (await readFileRows(effects, tally, reader.visitor)) published = reader.results();
    tallies.push(tally);
  }
  tallies.sort((a, b) => INPUT_FILES.indexOf(baseName(a.file)) - INPUT_FILES.indexOf(baseName(b.file)));
  return { f02, f03, published, tallies };
}
