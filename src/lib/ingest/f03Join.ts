import { shown } from "../csv/cellText.ts";
import type { FileTally } from "../validate/issues.ts";
import { unreadableRows } from "../validate/rowHandlers.ts";
import type { F03Method, F03Part } from "./f03.ts";
import { RespondentTable } from "./respondents.ts";

/**
 * The respondents of one part. Its rows are numbered `shift` less than in
 * the whole file. `gone` marks the respondents that had already appeared in
 * an earlier part: their items were added to that respondent.
 */
export interface Segment {
  readonly table: RespondentTable;
  readonly shift: number;
  readonly gone: Uint8Array;
}

/** The respondents of the whole file, in order of first appearance: the segments in order, each without its gone ones. */
export interface Joined {
  readonly segments: readonly Segment[];
  /** Per lokus (its lokusId), the first row that counted for one of its respondents (whole-file numbering). */
  readonly firstRowOfLokus: ReadonlyMap<string, number>;
}

interface Placed {
  readonly row: number;
  readonly segment: Segment;
  readonly r: number;
  readonly i: number;
}

/**
 * Joins the parts of f03.csv, read in file order, into what one reading of
 * the whole file gives. Most respondents lie in one part and are left where
 * they are; only those of a lokus that an earlier part also has are looked
 * up there and, when found, joined (an item both have is a duplicate at the
 * later row). Blank lines that end a part are reported when data follows;
 * duplicates are reported once all parts are in, since their message names
 * the row that counted. Issues go to `tally`, in row order.
 */
export function joinParts(parts: readonly F03Part[], method: F03Method, tally: FileTally): Joined {
  const segments: Segment[] = [];
  const firstRowOfLokus = new Map<string, number>();
  const duplicates: Placed[] = [];
  let unkept = 0;
  let shift = 0;
  const blanks: number[] = [];
  const blank = unreadableRows(tally).blank;

  for (const part of parts) {
    if (part.rows > 0) for (const row of blanks.splice(0)) blank(row);
    for (const row of part.trailingBlanks) blanks.push(row + shift);
    const table = RespondentTable.fromState(part.respondents);
    const segment: Segment = { table, shift, gone: new Uint8Array(table.count) };
    const home = new Map<number, { segment: Segment; r: number }>();
    const shared = new Set([...part.firstRowOfLokus.keys()].filter((lid) => firstRowOfLokus.has(lid)));
    if (shared.size)
      for (let p = 0; p < table.count; p++) {
        const lid = table.lokusId(p);
        if (!shared.has(lid)) continue;
        for (const earlier of segments) {
          const r = earlier.table.ofLokus(lid).get(table.name(p));
          if (r === undefined) continue;
          earlier.table.absorb(r, table, p, shift - earlier.shift, (row, i) => {
            duplicates.push({ row: row + shift, segment: earlier, r, i });
            tally.reject("duplikat");
          });
          segment.gone[p] = 1;
          home.set(p, { segment: earlier, r });
          break;
        }
      }
    for (const d of part.duplicates)
      duplicates.push({ row: d.row + shift, ...(home.get(d.r) ?? { segment, r: d.r }), i: d.i });
    unkept += part.duplicatesUnkept;
    for (const [lid, row] of part.firstRowOfLokus) if (!firstRowOfLokus.has(lid)) firstRowOfLokus.set(lid, row + shift);
    tally.absorb(part.tally, shift);
    segments.push(segment);
    shift += part.lines;
  }

  const items = method.f03.butir;
  duplicates.sort((a, b) => a.row - b.row);
  for (const { row, segment, r, i } of duplicates) {
    const butir = String(items[i]!.butir);
    const { table } = segment;
    const first = table.rowOf(r, i) + segment.shift;
    tally.error(
      "duplikat",
      `butir ${butir} responden "${shown(table.name(r))}" lokus "${shown(table.lokus(r))}" sudah ada di baris ${first}`,
      { row, column: "butir", value: butir },
    );
  }
  tally.countUnkept("error", "duplikat", unkept);
  tally.settle();
  return { segments, firstRowOfLokus };
}
