import Papa from "papaparse";
import { formatDecimal } from "../format/number.ts";
import { InputError } from "../validate/inputError.ts";
import { normaliseCell, shown, UNUSUAL } from "./cellText.ts";
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
  /**
   * A row the CSV grammar could not read, with the wrong number of cells, or
   * with a cell that is refused (too long, an invisible or control
   * character): then `column` names the cell's column.
   */
  malformed(row: number, reason: string, column?: string): void;
}

/**
 * The limits of every CSV input, in characters (documented in data/README.md).
 * A longer cell rejects its row; a longer row (a line, or lines joined by an
 * unclosed quote) stops the reading of the file there, before anything more
 * of it is read: a file like that is not the export of a form.
 */
export const CSV_LIMITS = { cell: 1000, row: 10_000 } as const;

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

/** A header cell normalised as the readers normalise what they compare; a refused character refuses the file. */
function headerCell(cell: string, j: number): string {
  if (!UNUSUAL.test(cell)) return cell;
  const r = normaliseCell(cell);
  if ("problem" in r) throw new InputError(`header kolom ke-${j + 1}: ${r.problem}`, 1);
  return r.text;
}

const count = (n: number) => formatDecimal(n, "id", 0);

/** The row of the character at `at` in `text`, which starts at row `row`. */
function rowAt(text: string, at: number, row: number): number {
  for (let i = text.indexOf("\n"); i !== -1 && i < at; i = text.indexOf("\n", i + 1)) row++;
  return row;
}

/** Refuses text that is not what a CSV saved as UTF-8 gives: undecodable bytes (U+FFFD) or NUL bytes. */
function checkText(text: string, firstRow: number): void {
  const replaced = text.indexOf("\uFFFD");
  if (replaced !== -1)
    throw new InputError(
      "bukan teks UTF-8 yang sah (mungkin disimpan sebagai ANSI/Latin-1/Windows-1252), atau memuat karakter pengganti U+FFFD; simpan sebagai UTF-8 (di Excel: CSV UTF-8)",
      rowAt(text, replaced, firstRow),
    );
  const nul = text.indexOf("\0");
  if (nul !== -1)
    throw new InputError(
      "memuat byte NUL (mungkin UTF-16 atau bukan berkas teks); simpan sebagai UTF-8 (di Excel: CSV UTF-8)",
      rowAt(text, nul, firstRow),
    );
}

/**
 * Reads a CSV with PapaParse's core parser, piece by piece: `,` or `;` as
 * delimiter (read off the header line), LF, CRLF or CR line ends, mixed
 * too (all read as LF), a UTF-8 byte-order mark, quoted fields across
 * pieces. Rows are handed to the visitor one by one and never collected.
 * Header cells are normalised (cellText.ts); data cells are left to the
 * readers, which normalise the ones they compare. Text that is not UTF-8 and rows over CSV_LIMITS.row throw an InputError
 * with the row, and nothing after it is read. Time is linear in the size
 * of the input: no piece of text is parsed more than once plus a row.
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

  let header: string[] = [];

  const tooLong = (row: number): never => {
    throw new InputError(
      `baris ${row} lebih panjang dari batas ${count(CSV_LIMITS.row)} karakter (mungkin tanda kutip " yang tidak ditutup, atau bukan berkas CSV); pembacaan berhenti di baris ini`,
      row,
    );
  };

  const take = (rows: string[][], errors: Papa.ParseError[]) => {
    const bad = new Map<number, string>();
    for (const e of errors)
      if (typeof e.row === "number") {
        let reason = grammarMessage(e.code, e.message);
        if (e.code === "MissingQuotes") {
          // The rest of the file became one cell: say so, without quoting it.
          let lines = 0;
          for (const c of rows[e.row] ?? [])
            for (let k = c.indexOf("\n"); k !== -1 && k < c.length - 1; k = c.indexOf("\n", k + 1)) lines++;
          if (lines > 0)
            reason += `; ${count(lines)} baris sesudahnya ikut terbaca sebagai isi satu sel (tutup tanda kutipnya)`;
        }
        bad.set(e.row, reason);
      }
    // A plain loop, not forEach: this runs once per row of every file.
    for (let i = 0; i < rows.length; i++) {
      const cells = rows[i]!;
      const row = ++record; // spreadsheet row number: header is row 1
      let length = cells.length - 1;
      let longCell = -1;
      for (let j = 0; j < cells.length; j++) {
        const n = cells[j]!.length;
        length += n;
        if (n > CSV_LIMITS.cell && longCell < 0) longCell = j;
      }
      if (length > CSV_LIMITS.row) tooLong(row);
      if (row === 1) {
        if (bad.has(i)) throw new InputError(`header tidak dapat dibaca sebagai CSV: ${bad.get(i)}`, 1);
        if (longCell >= 0)
          throw new InputError(
            `header kolom ke-${longCell + 1} lebih panjang dari ${count(CSV_LIMITS.cell)} karakter`,
            1,
          );
        width = cells.length;
        header = cells.map((c) => c.trim());
        visitor.header(header.map((c, j) => headerCell(c, j)));
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
      else if (longCell >= 0)
        visitor.malformed(
          row,
          `sel lebih panjang dari batas ${count(CSV_LIMITS.cell)} karakter; baris ini ditolak (sel: "${shown(cells[longCell]!, 40)}")`,
          header[longCell] || `ke-${longCell + 1}`,
        );
      else visitor.record(cells, row);
    }
  };

  const feed = (final: boolean) => {
    if (!parser) {
      if (!final && !hasFirstLine(pending)) {
        if (pending.length > CSV_LIMITS.row) tooLong(1);
        return;
      }
      const dialect = detectDialect(pending);
      delimiter = dialect.delimiter;
      // Every line break reaches the parser as LF (see below), whatever the file used.
      parser = new Papa.Parser({ delimiter: dialect.delimiter, newline: "\n" });
    }
    const result = parser.parse(pending, base, !final) as Papa.ParseResult<string[]>;
    take(result.data, result.errors);
    const cursor = result.meta.cursor;
    pending = pending.slice(cursor - base);
    base = cursor;
    // What is left is the start of one row: the limit keeps it, and so the parsing of each piece, short.
    if (pending.length > CSV_LIMITS.row) tooLong(record + 1);
  };

  let carry = ""; // a CR that ended the last piece: its LF may start the next
  for await (const raw of pieces(source)) {
    let piece = carry + (first ? raw.replace(/^\uFEFF/, "") : raw);
    first = false;
    carry = "";
    if (piece.endsWith("\r")) {
      carry = "\r";
      piece = piece.slice(0, -1);
    }
    // CRLF and CR to LF: a file whose header ends in CRLF and whose rows end in LF (files joined) reads right.
    if (piece.indexOf("\r") !== -1) piece = piece.replace(/\r\n?/g, "\n");
    if (piece.indexOf("\uFFFD") !== -1 || piece.indexOf("\0") !== -1)
      checkText(piece, rowAt(pending, pending.length, record + 1));
    pending += piece;
    feed(false);
  }
  if (carry) pending += "\n";
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
