import { predikatOf, type Ladder } from "../method/predikat.ts";
import type { Profile } from "../method/profile.ts";
import { roundScaled } from "../num/rational.ts";
import type { Master } from "../regions/master.ts";
import { readScore, unknownInstansiMessage } from "../validate/cells.ts";
import { matchHeader } from "../validate/header.ts";
import { unreadableRows } from "../validate/rowHandlers.ts";
import type { FileTally } from "../validate/issues.ts";
import type { CsvVisitor } from "../csv/readCsv.ts";

/** A published result: an IPP (already rounded by the ministry) without the scores behind it. */
export interface Published {
  readonly kode: string;
  /** IPP scaled by 10^decimals (4.63 → 463). */
  readonly scaled: number;
  readonly row: number;
}

/**
 * Reads hasil.csv (`kode_instansi,ipp[,predikat]`), for years where only the
 * published results exist. A predikat that disagrees with the ladder is an error.
 */
export function hasilReader(profile: Profile, ladder: Ladder, master: Master, tally: FileTally) {
  const decimals = profile.def.pembulatan.desimal;
  const { min, max } = profile.def.skala;
  const results = new Map<string, Published>();
  let col: Record<"kode_instansi" | "ipp" | "predikat", number> | undefined;

  const visitor: CsvVisitor = {
    header(cells) {
      col = matchHeader(cells, ["kode_instansi", "ipp"], ["predikat"], tally);
    },
    ...unreadableRows(tally),
    record(cells, row) {
      tally.read++;
      if (!col) return tally.reject("header-salah");
      const kode = (cells[col.kode_instansi] ?? "").trim();
      if (!master.byCode.has(kode)) {
        tally.error("kode-instansi-tidak-dikenal", unknownInstansiMessage(kode), {
          row,
          column: "kode_instansi",
          value: cells[col.kode_instansi] ?? "",
        });
        return tally.reject("kode-instansi-tidak-dikenal");
      }
      const prev = results.get(kode);
      if (prev) {
        tally.error("duplikat", `instansi ${kode} sudah ada di baris ${prev.row}`, {
          row,
          column: "kode_instansi",
          value: kode,
        });
        return tally.reject("duplikat");
      }
      const ipp = readScore(cells[col.ipp] ?? "", { min, max, decimals, column: "ipp", row }, tally);
      if (typeof ipp === "string") return tally.reject(ipp);
      const scaled = Number(roundScaled(ipp, decimals));
      const given = col.predikat >= 0 ? (cells[col.predikat] ?? "").trim() : "";
      if (given !== "") {
        const expected = predikatOf(ladder, scaled).kode;
        if (given.toUpperCase() !== expected) {
          tally.error(
            "predikat-tidak-cocok",
            `predikat tidak cocok dengan IPP ${cells[col.ipp]?.trim()}: menurut tabel predikat seharusnya ${expected}`,
            {
              row,
              column: "predikat",
              value: cells[col.predikat] ?? "",
            },
          );
          return tally.reject("predikat-tidak-cocok");
        }
      }
      results.set(kode, { kode, scaled, row });
      tally.used++;
    },
  };

  return { visitor, results: () => results };
}
