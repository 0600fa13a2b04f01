import { shown } from "../csv/cellText.ts";
import type { Profile } from "../method/profile.ts";
import type { Master } from "../regions/master.ts";
import { lokusKey, readLokusCells, readScaledScore, type ScoreSpec } from "../validate/cells.ts";
import { matchHeader } from "../validate/header.ts";
import { numberOrCode } from "../validate/lookup.ts";
import { unreadableRows } from "../validate/rowHandlers.ts";
import type { FileTally } from "../validate/issues.ts";
import { detach, type CsvVisitor } from "../csv/readCsv.ts";

const COLUMNS = ["kode_instansi", "lokus", "indikator", "nilai"] as const;

/** The F-02 scores of one lokus, complete: one integer per indicator, in profile order. */
export interface F02Lokus {
  readonly kode: string;
  readonly lokus: string;
  readonly key: string;
  readonly values: Int8Array;
  /** First row of this lokus in the file, for messages about it. */
  readonly row: number;
}

interface Draft {
  kode: string;
  lokus: string;
  firstRow: number;
  values: Int8Array; // -1 = not seen
  rows: Int32Array; // row of the accepted value, for duplicate messages
  invalid: Set<number> | null; // indicators whose row was rejected
  accepted: number;
}

export const lokusId = (kode: string, lokus: string) => `${kode}\u0000${lokusKey(lokus)}`;

/** lokusId of a name cleanText has already cleaned: lowering its case is all lokusKey has left to do. */
export const idOfClean = (kode: string, clean: string) => `${kode}\u0000${clean.toLowerCase()}`;

/**
 * The lokus of the previous row, keyed by its raw cells. Rows of one lokus
 * usually come one after another, and the same cells always give the same
 * lokus, so such rows skip the checks and the cleaning: a pure speed-up.
 */
interface LastLokus {
  readonly kodeCell: string;
  readonly lokusCell: string;
  readonly kode: string;
  readonly lokus: string;
  readonly id: string;
}

/**
 * Reads f02.csv row by row: one row per lokus × indicator. Keeps only a small
 * array per lokus, so memory grows with the number of lokus, not of rows.
 */
export function f02Reader(profile: Profile, master: Master, tally: FileTally) {
  const n = profile.indicators.length;
  const indicatorOf = numberOrCode(profile.indicators);
  const spec: ScoreSpec = { min: profile.def.skala.min, max: profile.def.skala.max, decimals: 0, column: "nilai" };
  const drafts = new Map<string, Draft>();
  let col: Record<(typeof COLUMNS)[number], number> | undefined;
  let headerOk = false;
  let last: LastLokus | undefined;
  const known = (kode: string) => master.byCode.has(kode);

  const visitor: CsvVisitor = {
    header(cells) {
      col = matchHeader(cells, COLUMNS, [], tally);
      headerOk = col !== undefined;
    },
    ...unreadableRows(tally),
    record(cells, row) {
      tally.read++;
      if (!headerOk || !col) return tally.reject("header-salah");
      const kodeCell = cells[col.kode_instansi] ?? "";
      const lokusCell = cells[col.lokus] ?? "";
      if (!last || last.kodeCell !== kodeCell || last.lokusCell !== lokusCell) {
        const checked = readLokusCells(kodeCell, lokusCell, row, known, tally);
        if (!checked) return;
        last = { kodeCell, lokusCell, ...checked, id: idOfClean(checked.kode, checked.lokus) };
      }
      const { kode, lokus, id } = last;
      const rawInd = (cells[col.indikator] ?? "").trim();
      const idx = indicatorOf(rawInd);
      if (idx === undefined) {
        tally.error(
          "indikator-tidak-dikenal",
          `indikator tidak dikenal: pakai nomor 1–${n} atau kode seperti ${profile.indicators[7]?.kode ?? profile.indicators[0]!.kode}`,
          {
            row,
            column: "indikator",
            value: cells[col.indikator] ?? "",
          },
        );
        return tally.reject("indikator-tidak-dikenal");
      }
      let d = drafts.get(id);
      if (!d) {
        d = {
          kode,
          lokus: detach(lokus),
          firstRow: row,
          values: new Int8Array(n).fill(-1),
          rows: new Int32Array(n),
          invalid: null,
          accepted: 0,
        };
        drafts.set(id, d);
      }
      const value = readScaledScore(cells[col.nilai] ?? "", spec, row, tally);
      if (typeof value === "string") {
        (d.invalid ??= new Set()).add(idx);
        return tally.reject(value);
      }
      if (d.values[idx]! >= 0) {
        tally.error(
          "duplikat",
          `indikator ${profile.indicators[idx]!.kode} untuk lokus "${shown(lokus)}" sudah ada di baris ${d.rows[idx]}`,
          {
            row,
            column: "indikator",
            value: cells[col.indikator] ?? "",
          },
        );
        return tally.reject("duplikat");
      }
      d.values[idx] = value;
      d.rows[idx] = row;
      d.accepted++;
    },
  };

  /** Closes the file: incomplete lokus are reported and their rows rejected. */
  function finish(): F02Lokus[] {
    const complete: F02Lokus[] = [];
    for (const [key, d] of drafts) {
      const missing = profile.indicators
        .filter((_, i) => d.values[i]! < 0 && !d.invalid?.has(i))
        .map((ind) => ind.kode);
      const invalid = [...(d.invalid ?? [])].filter((i) => d.values[i]! < 0).map((i) => profile.indicators[i]!.kode);
      if (missing.length === 0 && invalid.length === 0) {
        complete.push({ kode: d.kode, lokus: d.lokus, key, values: d.values, row: d.firstRow });
        tally.used += d.accepted;
        continue;
      }
      const parts = [
        missing.length ? `tidak punya indikator ${listCodes(missing)}` : "",
        invalid.length ? `nilai tidak valid pada indikator ${listCodes(invalid)}` : "",
      ].filter(Boolean);
      // Missing indicators are an error of their own; a lokus held back only by values
      // already reported as errors gets a warning, so one bad cell is not two errors.
      tally.report(
        missing.length ? "error" : "warning",
        "lokus-tidak-lengkap",
        `lokus "${shown(d.lokus)}" instansi ${d.kode} ${parts.join(" dan ")}; lokus ini tidak dinilai (indikator yang hilang tidak dianggap 0)`,
        {
          row: d.firstRow,
          column: "indikator",
        },
      );
      tally.reject("lokus-tidak-lengkap", d.accepted);
    }
    return complete;
  }

  return { visitor, finish, seen: (key: string) => drafts.has(key) };
}

function listCodes(codes: readonly string[]): string {
  return codes.length <= 8 ? codes.join(", ") : `${codes.slice(0, 8).join(", ")} dan ${codes.length - 8} lainnya`;
}
