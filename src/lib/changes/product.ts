/**
 * The changes files of the data product: for each year that was scored,
 * `<year>/perubahan.csv` and `<year>/perubahan.json`, compared with the
 * previous scored year, with the year's errata. Used by the data build
 * (src/lib/pipeline.ts); a bad errata file is reported on its own tally.
 */
import type { Effects } from "../effects.ts";
import { toCsv, toJson } from "../output/csv.ts";
import type { Master } from "../regions/master.ts";
import { CHANGE_COLUMNS, ChangesData } from "../schema/changes.ts";
import { FileTally } from "../validate/issues.ts";
import { buildChanges, type EditionSlice } from "./compare.ts";
import { readErrata, type Revision } from "./errata.ts";

/**
 * Where a year's errata file is, below the input folder. The release
 * tooling owns the file; this is the one place that names it.
 */
export const ERRATA_FILE = (tahun: number): string => `rilis/${tahun}/ralat.json`;

interface DoneYear {
  readonly tahun: number;
  readonly slice?: EditionSlice | undefined;
}

/** Each year's revisions (an absent file: none), and a tally per errata file that had a problem. */
export async function readYearErrata(
  b: { readonly input: string; readonly effects: Effects },
  done: readonly DoneYear[],
  fileOf: (tahun: number) => string,
): Promise<{ revisions: Map<number, Revision[]>; tally: FileTally[] }> {
  const revisions = new Map<number, Revision[]>();
  const tally: FileTally[] = [];
  for (const d of done) {
    const path = `${b.input}/${fileOf(d.tahun)}`;
    const state = await b.effects.stat(path);
    if (state.kind === "absent") continue;
    const t = new FileTally(path);
    tally.push(t);
    if (state.kind !== "file") {
      t.error("berkas-tidak-terbaca", state.kind === "dir" ? "adalah folder, bukan berkas" : state.reason);
      continue;
    }
    try {
      revisions.set(d.tahun, readErrata(await b.effects.readText(path), path));
    } catch (e) {
      t.error("masukan-tidak-valid", (e as Error).message);
    }
  }
  return { revisions, tally };
}

/** The changes files of every scored year, by year ("perubahan.csv" → text). */
export function changesFiles(
  done: readonly DoneYear[],
  revisions: ReadonlyMap<number, readonly Revision[]>,
  master: Master,
  tally: FileTally[],
): Map<number, Map<string, string>> {
  const files = new Map<number, Map<string, string>>();
  let previous: EditionSlice | null = null;
  for (const d of done) {
    if (!d.slice) continue;
    let data: ChangesData;
    try {
      data = buildChanges({
        current: d.slice,
        previous,
        revisions: revisions.get(d.tahun) ?? [],
        lookup: (kode) => {
          const i = master.byKode.get(kode);
          return i && { kode_instansi: i.kode, nama: i.nama, tingkat: i.tingkat, kode_provinsi: i.kode_provinsi };
        },
      });
    } catch (e) {
      const t = new FileTally(`ralat ${d.tahun}`);
      t.error("kode-instansi-tidak-dikenal", (e as Error).message);
      tally.push(t);
      previous = d.slice;
      continue;
    }
    ChangesData.parse(data);
    const rows = data.perubahan.map((r) => ({ tahun: data.tahun, tahun_sebelumnya: data.tahun_sebelumnya, ...r }));
    files.set(
      d.tahun,
      new Map([
        ["perubahan.csv", toCsv(CHANGE_COLUMNS, rows, { ipp_sebelumnya: 2, ipp: 2, selisih_ipp: 2 })],
        ["perubahan.json", toJson(data)],
      ]),
    );
    previous = d.slice;
  }
  return files;
}
