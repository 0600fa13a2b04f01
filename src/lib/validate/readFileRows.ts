import { readCsv, type CsvSummary, type CsvVisitor } from "../csv/readCsv.ts";
import type { Effects } from "../effects.ts";
import { InputError } from "./inputError.ts";
import type { FileTally } from "./issues.ts";

/**
 * Reads one file through a visitor. A file that cannot be read (InputError:
 * no permission, not UTF-8, a row over the length limit) is reported, with
 * its row when one is at fault, and rejected whole: its rows are counted as
 * not read, and undefined is returned so nothing of it is used.
 */
export async function readFileRows(
  effects: Effects,
  tally: FileTally,
  visitor: CsvVisitor,
): Promise<CsvSummary | undefined> {
  try {
    return await readCsv(effects.openText(tally.file), visitor);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    refuseFile(tally, e);
    return undefined;
  }
}

/** Reports a file that could not be read and drops the counts of the rows read before: the whole file is refused. */
export function refuseFile(tally: FileTally, e: InputError): void {
  tally.error("berkas-tidak-terbaca", `berkas ditolak: ${e.message}`, e.row !== undefined ? { row: e.row } : {});
  tally.forget();
}
