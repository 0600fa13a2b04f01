/**
 * The changes files of the data product: for each year that was scored,
 * `<year>/perubahan.csv` and `<year>/perubahan.json`, compared with the
 * previous scored year, with the year's errata. Used by the data build
 * (src/lib/pipeline.ts); an erratum naming an unknown instansi is reported on
 * its own tally (the errata file itself is checked by src/lib/release).
 */
import { toCsv, toJson } from "../output/csv.ts";
import type { Master } from "../regions/master.ts";
import { CHANGE_COLUMNS, ChangesData } from "../schema/changes.ts";
import { FileTally } from "../validate/issues.ts";
import { buildChanges, type EditionSlice } from "./compare.ts";
import type { Revision } from "./errata.ts";

interface DoneYear {
  readonly tahun: number;
  readonly slice?: EditionSlice | undefined;
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
          const i = master.byCode.get(kode);
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
