import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { readCsv, type CsvSource } from "../../../src/lib/csv/readCsv.ts";

async function collect(source: CsvSource) {
  const seen: { header?: string[]; rows: [number, string[]][]; blank: number[]; bad: [number, string][] } = {
    rows: [],
    blank: [],
    bad: [],
  };
  const summary = await readCsv(source, {
    header: (cells) => (seen.header = cells),
    record: (cells, row) => seen.rows.push([row, cells]),
    blank: (row) => seen.blank.push(row),
    malformed: (row, reason) => seen.bad.push([row, reason]),
  });
  return { ...seen, summary };
}

describe("readCsv", () => {
  it("reads `;` with decimal commas, a BOM, CRLF and spaces", async () => {
    const r = await collect("\uFEFF kode ; nilai \r\n32.73; 4,63 \r\n34.04;5\r\n");
    expect(r.header).toEqual(["kode", "nilai"]);
    expect(r.rows).toEqual([
      [2, ["32.73", " 4,63 "]],
      [3, ["34.04", "5"]],
    ]);
    expect(r.summary).toEqual({ delimiter: ";", rows: 2, lines: 2, trailingBlanks: [] });
  });

  it("reads `,` with quoted fields", async () => {
    const r = await collect('kode,nama\nKL.023,"Kementerian Pendidikan, Kebudayaan"\n');
    expect(r.rows).toEqual([[2, ["KL.023", "Kementerian Pendidikan, Kebudayaan"]]]);
    expect(r.summary.delimiter).toBe(",");
  });

  it("numbers rows as a spreadsheet does, reports blank rows between data and ignores trailing ones", async () => {
    const r = await collect("a,b\n1,2\n\n,\n3,4\n\n\n");
    expect(r.rows.map(([row]) => row)).toEqual([2, 5]);
    expect(r.blank).toEqual([3, 4]);
    expect(r.summary.rows).toBe(4);
    // Lines 2–7 exist; nothing follows the last line break.
    expect(r.summary.lines).toBe(6);
    expect(r.summary.trailingBlanks).toEqual([6, 7]);
  });

  it("counts the lines of a file that does not end with a line break", async () => {
    expect((await collect("a,b\n1,2\n3,4")).summary).toMatchObject({ rows: 2, lines: 2, trailingBlanks: [] });
    expect((await collect("a,b\r\n1,2\r\n\r\n")).summary).toMatchObject({ rows: 1, lines: 2, trailingBlanks: [3] });
    expect((await collect("a,b\n")).summary).toMatchObject({ rows: 0, lines: 0 });
    expect((await collect("")).summary).toMatchObject({ rows: 0, lines: 0 });
  });

  it("reports a row with the wrong number of cells, hinting at an unquoted decimal comma", async () => {
    const r = await collect("a,b,c\n1,2,3\n1,2,4,5\n1,2\n");
    expect(r.bad).toEqual([
      [3, "baris punya 4 kolom, header punya 3 (koma desimal tanpa tanda kutip? pakai titik, atau pemisah ;)"],
      [4, "baris punya 2 kolom, header punya 3"],
    ]);
  });

  it("streams from a Node readable in small chunks with the same result", async () => {
    const text = "kode;nilai\r\n" + Array.from({ length: 500 }, (_, i) => `${i};${i % 6}\r\n`).join("");
    const chunks = text.match(/[\s\S]{1,7}/g)!;
    const streamed = await collect(
      Readable.from(chunks, { objectMode: false }).setEncoding("utf8") as unknown as CsvSource,
    );
    const whole = await collect(text);
    expect(streamed.rows).toEqual(whole.rows);
    expect(streamed.rows).toHaveLength(500);
    expect(streamed.rows.at(-1)).toEqual([501, ["499", "1"]]);
  });
  it("reads a CRLF header with LF rows (files joined), CR-only files and a CRLF cut between two pieces", async () => {
    const joined = await collect("a,b\r\n1,2\n3,4\n");
    expect(joined.rows).toEqual([
      [2, ["1", "2"]],
      [3, ["3", "4"]],
    ]);
    expect((await collect("a,b\r1,2\r3,4\r")).rows.map(([row]) => row)).toEqual([2, 3]);
    async function* cut() {
      yield "a,b\r";
      yield "\n1,2\r";
      yield "\n3,4\r\n";
    }
    const r = await collect(cut());
    expect(r.rows).toEqual([
      [2, ["1", "2"]],
      [3, ["3", "4"]],
    ]);
    expect(r.summary).toMatchObject({ rows: 2, lines: 2 });
    expect(r.blank).toEqual([]);
  });

  it("refuses text that is not UTF-8 or holds NUL, with the row, reading no further", async () => {
    await expect(collect("a,b\n1,2\n3,\uFFFD\n")).rejects.toMatchObject({
      row: 3,
      message: expect.stringContaining("simpan sebagai UTF-8"),
    });
    await expect(collect("a,b\n1,\u00002\n")).rejects.toMatchObject({ row: 2 });
  });

  it("rejects a row with a cell over the limit, naming its column, and reads on", async () => {
    const r = await collect(`a,b\n1,${"x".repeat(1001)}\n3,4\n`);
    expect(r.bad).toEqual([
      [2, expect.stringMatching(/^sel lebih panjang dari batas 1\.000 karakter; baris ini ditolak/)],
    ]);
    expect(r.rows).toEqual([[3, ["3", "4"]]]);
  });
});
