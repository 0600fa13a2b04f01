import { readCsv, type CsvSource } from "../csv/readCsv.ts";
import type { MethodologyProfile } from "../schema/methodology.ts";
import { readLokusCells, readName, readScaledScore, type ScoreSpec } from "../validate/cells.ts";
import { matchHeader } from "../validate/header.ts";
import { FileTally, ISSUE_LIMIT_PER_CODE, type TallyState } from "../validate/issues.ts";
import { numberOrCode } from "../validate/lookup.ts";
import { unreadableRows } from "../validate/rowHandlers.ts";
import { idOfClean } from "./f02.ts";
import { RespondentTable, type RespondentState } from "./respondents.ts";

const COLUMNS = ["kode_instansi", "lokus", "responden", "butir", "nilai"] as const;

/** What reading f03.csv needs of a methodology profile. */
export type F03Method = Pick<MethodologyProfile, "f03" | "skala">;

/** A row that repeats an item its respondent already has: reported once all parts are joined (f03Join.ts), when the row that counted is known. */
export interface Duplicate {
  readonly row: number;
  /** The respondent and the item, by number. */
  readonly r: number;
  readonly i: number;
}

/**
 * What reading f03.csv, or one part of it, leaves behind: plain data, so a
 * part read in another thread can be sent back (RespondentState's blocks
 * are transferable). Rows are numbered as in the part read, header = 1.
 */
export interface F03Part {
  readonly respondents: RespondentState;
  /** Per lokus (its lokusId), the first row that counted for one of its respondents. */
  readonly firstRowOfLokus: ReadonlyMap<string, number>;
  /** The first duplicates (at most ISSUE_LIMIT_PER_CODE); `duplicatesUnkept` counts the others. */
  readonly duplicates: readonly Duplicate[];
  readonly duplicatesUnkept: number;
  readonly tally: TallyState;
  /** From readCsv's summary: lines after the header, data rows, and the blank lines at the end. */
  readonly lines: number;
  readonly rows: number;
  readonly trailingBlanks: readonly number[];
}

/**
 * The lokus and the respondent of the previous row, keyed by their raw
 * cells: rows usually come grouped by lokus and respondent, and the same
 * cells always give the same lokus and respondent, so such rows skip the
 * checks, the cleaning and the look-ups. A pure speed-up: rows in any order
 * give the same result.
 */
interface LastLokus {
  readonly kodeCell: string;
  readonly lokusCell: string;
  readonly lid: string;
  readonly lokus: string;
  readonly respondents: Map<string, number>;
}
interface LastRespondent {
  readonly respCell: string;
  readonly resp: string;
  /** The respondent, once a row of it has been accepted this far. */
  r: number | undefined;
}

/**
 * Reads f03.csv, or a part of it, row by row: one row per respondent ×
 * item. Keeps a few integers per respondent (respondents.ts); rows
 * themselves are never stored. A `continuation` part starts with a copy of
 * the file's header line, whose problems the first part already reports.
 */
export async function readF03Part(
  source: CsvSource,
  o: {
    readonly method: F03Method;
    readonly known: (kode: string) => boolean;
    readonly file: string;
    readonly continuation?: boolean;
  },
): Promise<F03Part> {
  const items = o.method.f03.butir;
  const m = items.length;
  const itemOf = numberOrCode(items.map((b) => ({ nomor: b.butir, kode: b.kode })));
  const spec: ScoreSpec = {
    min: o.method.skala.min,
    max: o.method.skala.max,
    decimals: o.method.f03.desimal_nilai,
    column: "nilai",
  };
  const tally = new FileTally(o.file);
  const respondents = new RespondentTable(m);
  const firstRowOfLokus = new Map<string, number>();
  const duplicates: Duplicate[] = [];
  let duplicatesUnkept = 0;
  let col: Record<(typeof COLUMNS)[number], number> | undefined;
  let lastLokus: LastLokus | undefined;
  let last: LastRespondent | undefined;

  const summary = await readCsv(source, {
    header(cells) {
      col = matchHeader(cells, COLUMNS, [], o.continuation ? new FileTally(o.file) : tally);
    },
    ...unreadableRows(tally),
    record(cells, row) {
      tally.read++;
      if (!col) return tally.reject("header-salah");
      const kodeCell = cells[col.kode_instansi] ?? "";
      const lokusCell = cells[col.lokus] ?? "";
      const respCell = cells[col.responden] ?? "";
      if (!lastLokus || lastLokus.kodeCell !== kodeCell || lastLokus.lokusCell !== lokusCell) {
        const checked = readLokusCells(kodeCell, lokusCell, row, o.known, tally);
        if (!checked) return;
        const lid = idOfClean(checked.kode, checked.lokus);
        lastLokus = { kodeCell, lokusCell, lid, lokus: checked.lokus, respondents: respondents.ofLokus(lid) };
        last = undefined;
      }
      if (!last || last.respCell !== respCell) {
        const name = readName(respCell);
        if ("problem" in name) {
          tally.error("sel-tidak-sah", name.problem, { row, column: "responden", value: respCell });
          return tally.reject("sel-tidak-sah");
        }
        const resp = name.text;
        if (resp === "") {
          tally.error("responden-kosong", "responden kosong", { row, column: "responden", value: respCell });
          return tally.reject("responden-kosong");
        }
        last = { respCell, resp, r: undefined };
      }
      const idx = itemOf((cells[col.butir] ?? "").trim());
      if (idx === undefined) {
        tally.error("butir-tidak-dikenal", `butir tidak dikenal: pakai nomor 1–${m}`, {
          row,
          column: "butir",
          value: cells[col.butir] ?? "",
        });
        return tally.reject("butir-tidak-dikenal");
      }
      if (last.r === undefined) {
        const { lid, lokus } = lastLokus;
        if (!firstRowOfLokus.has(lid)) firstRowOfLokus.set(lid, row);
        last.r =
          lastLokus.respondents.get(last.resp) ?? respondents.add(lastLokus.respondents, lid, last.resp, lokus, row);
      }
      const r = last.r;
      const value = readScaledScore(cells[col.nilai] ?? "", spec, row, tally);
      if (typeof value === "string") {
        respondents.markInvalid(r, idx);
        return tally.reject(value);
      }
      if (respondents.score(r, idx) >= 0) {
        if (duplicates.length < ISSUE_LIMIT_PER_CODE) duplicates.push({ row, r, i: idx });
        else duplicatesUnkept++;
        return tally.reject("duplikat");
      }
      respondents.accept(r, idx, value, row);
    },
  });
  return {
    respondents: respondents.state(),
    firstRowOfLokus,
    duplicates,
    duplicatesUnkept,
    tally: tally.state(),
    lines: summary.lines,
    rows: summary.rows,
    trailingBlanks: summary.trailingBlanks,
  };
}
