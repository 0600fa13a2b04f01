import Papa from "papaparse";
import { detectDialect, hasFirstLine } from "./dialect.ts";

/**
 * What a CSV can be read from: the whole text, or its text chunk by chunk
 * (a Node `Readable` with an encoding set is such an iterable; so is a
 * browser stream through `TextDecoderStream`). The core never opens files, and
 * with chunks memory stays flat however large the file is.
 */
export type CsvSource = string | AsyncIterable<string>;

export interface CsvVisitor {
  /** Receives the header cells, trimmed and with any byte-order mark removed. */
  header(cells: string[]): void;
  /**
   * Receives each data row; `row` is the spreadsheet row number (header = 1).
   * A cell may share memory with the whole piece it was cut from: keep one
   * beyond the row only through `detach`.
   */
  record(cells: string[], row: number): void;
  /** A row with no content between other rows (trailing empty lines are ignored). */
  blank(row: number): void;
  /** A row the CSV grammar could not read, or with the wrong number of cells. */
  malformed(row: number, reason: string): void;
}

export interface CsvSummary {
  readonly delimiter: string;
  /** Data rows seen, blank and malformed ones included (the header is not counted). */
  readonly rows: number;
  /**
   * Lines after the header, trailing blank ones included: where the next
   * piece of the same file would start counting. Reading a file in parts
   * (one part per thread) needs it to number rows as one reading would.
   */
  readonly lines: number;
  /** The rows of the blank lines at the end, which a reader of the whole file ignores (see `lines`). */
  readonly trailingBlanks: readonly number[];
}

/**
 * A copy of a cell that shares no memory with the piece of file it came from.
 * V8 keeps a substring of 13 characters or more as a view into its parent, so
 * a lokus name kept until the end of the file would keep a whole piece (64 KiB
 * or more) alive, and memory would grow with the file. Concatenating makes a
 * rope; slicing it flattens the rope into a new string of the cell's own size.
 * Call it once per value kept (a lokus, a respondent, an issue), not per row.
 * (The bench's "readers' live state" figure would show a change in V8 here.)
 */
export const detach = (cell: string): string => (cell.length < VIEW_MIN_LENGTH ? cell : ` ${cell}`.slice(1));

/** V8 copies a shorter substring outright (SlicedString::kMinLength); such a cell needs no detaching. */
const VIEW_MIN_LENGTH = 13;

/** Strings are cut into pieces of this size so parsing never holds a whole file's rows. */
const PIECE = 1 << 20;

async function* pieces(source: CsvSource): AsyncIterable<string> {
  if (typeof source !== "string") {
    yield* source;
    return;
  }
  for (let i = 0; i < source.length; i += PIECE) yield source.slice(i, i + PIECE);
}

function isBlank(cells: readonly string[]): boolean {
  for (const c of cells) if (c.trim() !== "") return false;
  return true;
}

function grammarMessage(code: string, fallback: string): string {
  if (code === "MissingQuotes") return "tanda kutip tidak ditutup";
  if (code === "InvalidQuotes") return "tanda kutip di tengah nilai tanpa pasangan";
  return fallback;
}

function widthProblem(got: number, want: number, delimiter: string): string | undefined {
  if (got === want) return undefined;
  const hint = got > want && delimiter === "," ? " (koma desimal tanpa tanda kutip? pakai titik, atau pemisah ;)" : "";
  return `baris punya ${got} kolom, header punya ${want}${hint}`;
}

/**
 * Reads a CSV with PapaParse's core parser, piece by piece: `,` or `;` as
 * delimiter and LF, CRLF or CR line ends (both read off the header line), a
 * UTF-8 byte-order mark, quoted fields across pieces. Rows are handed to the
 * visitor one by one and never collected.
 */
export async function readCsv(source: CsvSource, visitor: CsvVisitor): Promise<CsvSummary> {
  let parser: Papa.Parser | undefined;
  let delimiter = ",";
  let pending = "";
  let base = 0;
  let record = 0; // index of the next record; 0 is the header
  let width = 0;
  let blanks: number[] = [];
  let first = true;

  const take = (rows: string[][], errors: Papa.ParseError[]) => {
    const bad = new Map<number, string>();
    for (const e of errors) if (typeof e.row === "number") bad.set(e.row, grammarMessage(e.code, e.message));
    // A plain loop, not forEach: this runs once per row of every file.
    for (let i = 0; i < rows.length; i++) {
      const cells = rows[i]!;
      const row = ++record; // spreadsheet row number: header is row 1
      if (row === 1) {
        width = cells.length;
        visitor.header(cells.map((c) => c.trim()));
        continue;
      }
      if (isBlank(cells) && !bad.has(i)) {
        blanks.push(row);
        continue;
      }
      if (blanks.length) {
        for (const b of blanks) visitor.blank(b);
        blanks = [];
      }
      const problem = bad.get(i) ?? widthProblem(cells.length, width, delimiter);
      if (problem !== undefined) visitor.malformed(row, problem);
      else visitor.record(cells, row);
    }
  };

  const feed = (final: boolean) => {
    if (!parser) {
      if (!final && !hasFirstLine(pending)) return;
      const dialect = detectDialect(pending);
      delimiter = dialect.delimiter;
      parser = new Papa.Parser({ delimiter: dialect.delimiter, newline: dialect.newline });
    }
    const result = parser.parse(pending, base, !final) as Papa.ParseResult<string[]>;
    take(result.data, result.errors);
    const cursor = result.meta.cursor;
    pending = pending.slice(cursor - base);
    base = cursor;
  };

  for await (const piece of pieces(source)) {
    pending += first ? piece.replace(/^\uFEFF/, "") : piece;
    first = false;
    feed(false);
  }
  if (pending !== "" || !parser) feed(true);
  if (record === 0) visitor.header([]); // an empty file: let the header check say what is missing
  // Each piece is parsed up to its last line break, the rest kept for the next, so a final
  // line break leaves nothing behind: no empty record is read after it.
  return {
    delimiter,
    rows: Math.max(0, record - 1 - blanks.length),
    lines: Math.max(0, record - 1),
    trailingBlanks: blanks,
  };
}
