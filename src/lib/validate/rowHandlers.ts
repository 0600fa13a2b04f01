import type { CsvVisitor } from "../csv/readCsv.ts";
import type { FileTally } from "./issues.ts";

/**
 * What every input file does with a blank row (a warning, the row rejected)
 * and with a row the CSV grammar could not read (an error, the row
 * rejected): the part of a reader that does not depend on its columns.
 */
export function unreadableRows(tally: FileTally): Pick<CsvVisitor, "blank" | "malformed"> {
  return {
    blank(row) {
      tally.read++;
      tally.warn("baris-kosong", "baris kosong diabaikan", { row });
      tally.reject("baris-kosong");
    },
    malformed(row, reason, column) {
      tally.read++;
      // A reason about one cell names its column and says it all; one about the row is about the CSV grammar.
      if (column) tally.error("baris-rusak", reason, { row, column });
      else tally.error("baris-rusak", `baris tidak dapat dibaca sebagai CSV: ${reason}`, { row });
      tally.reject("baris-rusak");
    },
  };
}
