import Papa from "papaparse";

/**
 * What a CSV can be read from: the whole text, or a stream of text chunks
 * (in Node, a `Readable` with an encoding set). The core never opens files;
 * the caller hands it something readable, so memory stays flat however large
 * the file is.
 */
export type CsvSource = string | CsvStream;
export interface CsvStream {
  readonly readable: boolean;
  read(size?: number): unknown;
  on(event: string, listener: (...args: unknown[]) => void): unknown;
  pause(): unknown;
  resume(): unknown;
  removeListener(event: string, listener: (...args: unknown[]) => void): unknown;
}

export interface CsvVisitor {
  /** Receives the header cells, trimmed and with any byte-order mark removed. */
  header(cells: string[]): void;
  /** Receives each data row; `row` is the spreadsheet row number (header = 1). */
  record(cells: string[], row: number): void;
  /** A row with no content between other rows (trailing empty lines are ignored). */
  blank(row: number): void;
  /** A row the CSV grammar could not read (an unclosed quote, for example). */
  malformed(row: number, reason: string): void;
}

export interface CsvSummary {
  readonly delimiter: string;
  /** Data rows seen, blank and malformed ones included (the header is not counted). */
  readonly rows: number;
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

const isBlank = (cells: readonly string[]) => cells.every((c) => c.trim() === "");

/**
 * Streams a CSV through PapaParse, accepting `,` or `;` as delimiter, CRLF or
 * LF, and a UTF-8 byte-order mark. Rows are handed over one by one and never
 * collected, so the visitor decides what to keep.
 */
export function readCsv(source: CsvSource, visitor: CsvVisitor): Promise<CsvSummary> {
  return new Promise((resolve, reject) => {
    let record = 0; // index of the next record; 0 is the header
    let pendingBlank: number[] = [];
    let delimiter = ",";
    let width = 0;
    const config: Papa.ParseLocalConfig<string[]> = {
      header: false,
      delimitersToGuess: [",", ";"],
      skipEmptyLines: false,
      chunk(results: Papa.ParseResult<string[]>) {
        if (results.meta.delimiter) delimiter = results.meta.delimiter;
        const bad = new Map<number, string>();
        for (const e of results.errors)
          if (e.code !== "UndetectableDelimiter" && typeof e.row === "number") bad.set(e.row, grammarMessage(e.code, e.message));
        results.data.forEach((cells, i) => {
          const row = ++record; // spreadsheet row number: header is row 1
          if (row === 1) {
            const [first = "", ...rest] = cells;
            width = cells.length;
            visitor.header([first.replace(/^\uFEFF/, ""), ...rest].map((c) => c.trim()));
            return;
          }
          if (isBlank(cells) && !bad.has(i)) {
            pendingBlank.push(row);
            return;
          }
          for (const b of pendingBlank) visitor.blank(b);
          pendingBlank = [];
          const problem = bad.get(i) ?? widthProblem(cells.length, width, delimiter);
          if (problem !== undefined) visitor.malformed(row, problem);
          else visitor.record(cells, row);
        });
      },
      complete() {
        const rows = Math.max(0, record - 1 - pendingBlank.length);
        resolve({ delimiter, rows });
      },
      error(err: Error) {
        reject(err);
      },
    };
    // PapaParse streams strings and Node readables alike; its typings only allow DOM files here.
    (Papa.parse as (input: CsvSource, config: Papa.ParseLocalConfig<string[]>) => void)(source, config);
  });
}
