import { readCsv } from "../csv/readCsv.ts";
import type { Effects } from "../effects.ts";
import { f02Reader, type F02Lokus } from "../ingest/f02.ts";
import { readF03Part } from "../ingest/f03.ts";
import { f03Result, type F03Lokus } from "../ingest/f03Result.ts";
import { hasilReader, type Published } from "../ingest/hasil.ts";
import type { Ladder } from "../method/predikat.ts";
import type { Profile } from "../method/profile.ts";
import type { Master } from "../regions/master.ts";
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

/** Counts the rows of every input file present, all rejected: for a year that cannot be scored at all. */
export async function rejectYear(dir: string, effects: Effects, code: IssueCode): Promise<FileTally[]> {
  const tallies: FileTally[] = [];
  for (const name of INPUT_FILES) {
    if (!(await effects.exists(`${dir}/${name}`))) continue;
    const tally = new FileTally(`${dir}/${name}`);
    await readCsv(effects.openText(tally.file), rejectAll(tally, code));
    tallies.push(tally);
  }
  return tallies;
}

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
  yearTally: FileTally;
}): Promise<YearInputs> {
  const { dir, profile, ladder, master, effects } = o;
  const path = (name: string) => `${dir}/${name}`;
  const has = {
    f02: await effects.exists(path("f02.csv")),
    f03: await effects.exists(path("f03.csv")),
    hasil: await effects.exists(path("hasil.csv")),
  };
  const tallies: FileTally[] = [];
  let f02: F02Lokus[] = [];
  let f03 = new Map<string, F03Lokus>();
  let published = new Map<string, Published>();

  if (has.f03 && !has.f02)
    o.yearTally.error("berkas-tidak-ada", "ada f03.csv tetapi tidak ada f02.csv: F-03 tidak dapat dinilai tanpa F-02");
  else if (!has.f02 && !has.hasil)
    o.yearTally.error(
      "berkas-tidak-ada",
      "tidak ada f02.csv maupun hasil.csv: tahun ini tidak punya data untuk dinilai",
    );

  // Parts of f03.csv read on other threads, when the effects can: started first, so F-02 is read meanwhile.
  const method = { f03: profile.def.f03, skala: profile.def.skala };
  const f03Parts =
    has.f03 && has.f02 && effects.readF03Parts
      ? effects.readF03Parts(path("f03.csv"), {
          method,
          kodes: [...master.byKode.keys()],
          meanwhile: [path("f02.csv")],
        })
      : undefined;
  f03Parts?.catch(() => {}); // awaited below; this only keeps a failure meanwhile from going unhandled

  let scored = new Set<string>();
  let seen: (key: string) => boolean = () => false;
  if (has.f02) {
    const tally = new FileTally(path("f02.csv"));
    const reader = f02Reader(profile, master, tally);
    await readCsv(effects.openText(tally.file), reader.visitor);
    f02 = reader.finish();
    scored = new Set(f02.map((l) => l.key));
    seen = reader.seen;
    tallies.push(tally);
  }
  if (has.f03 && has.f02) {
    const tally = new FileTally(path("f03.csv"));
    const known = (kode: string) => master.byKode.has(kode);
    const parts = (await f03Parts) ?? [
      await readF03Part(effects.openText(tally.file), { method, known, file: tally.file }),
    ];
    f03 = f03Result(parts, { method, tally, scored: (k) => scored.has(k), known: seen });
    tallies.push(tally);
  } else if (has.f03) {
    // Already reported once for the year; count its rows so none goes unaccounted for.
    const tally = new FileTally(path("f03.csv"));
    await readCsv(effects.openText(tally.file), rejectAll(tally, "berkas-tidak-ada"));
    tallies.push(tally);
  }
  if (has.f02) {
    const tally = tallies[0]!;
    if (!has.f03) {
      if (f02.length)
        o.yearTally.warn("lokus-tanpa-f03", `tidak ada f03.csv: ${f02.length} lokus dinilai dari F-02 saja`);
    } else
      for (const l of f02)
        if (!f03.has(l.key))
          tally.warn(
            "lokus-tanpa-f03",
            `lokus "${l.lokus}" instansi ${l.kode} tidak punya jawaban F-03: IPP lokus = F02 saja`,
            { row: l.row, column: "lokus", value: l.lokus },
          );
  }
  if (has.hasil) {
    const tally = new FileTally(path("hasil.csv"));
    const reader = hasilReader(profile, ladder, master, tally);
    await readCsv(effects.openText(tally.file), reader.visitor);
    published = reader.results();
    tallies.push(tally);
  }
  return { f02, f03, published, tallies };
}
