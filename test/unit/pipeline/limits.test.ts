import { describe, expect, it } from "vitest";
import { CSV_LIMITS, readCsv } from "../../../src/lib/csv/readCsv.ts";
import { buildDataProduct } from "../../../src/lib/pipeline.ts";
import { readScore } from "../../../src/lib/validate/cells.ts";
import { FileTally } from "../../../src/lib/validate/issues.ts";
import { loadMaster, loadProfiles } from "../../../scripts/lib/sources.ts";
import { memoryEffects } from "../../support/memoryEffects.ts";

/**
 * Inputs read in time linear in their size, and refused as soon as a limit
 * is passed: a single line of several hundred MiB and a number cell of a
 * million digits are made as they are read (never stored), and the test
 * asserts how much of them was read before the refusal.
 */

const PIECE = 1 << 16;
const MiB = 1 << 20;

/** `head`, then `fill` repeated up to `total` characters, piece by piece; `pulled()` says how many characters were handed out. */
function endless(head: string, fill: string, total: number, tail = "") {
  let pulled = 0;
  const block = fill.repeat(Math.ceil(PIECE / fill.length)).slice(0, PIECE);
  return {
    pulled: () => pulled,
    async *source(): AsyncIterable<string> {
      pulled += head.length;
      yield head;
      for (let sent = 0; sent < total; sent += block.length) {
        pulled += block.length;
        yield block;
      }
      pulled += tail.length;
      yield tail;
    },
  };
}

const noop = () => {};
const visitor = { header: noop, record: noop, blank: noop, malformed: noop };

describe("limits of the CSV reader", () => {
  it("refuses a 512 MiB line at the row limit, having read one piece past it", async () => {
    const line = endless("kode_instansi,lokus,indikator,nilai\n34.04,", "RSUD ", 512 * MiB);
    await expect(readCsv(line.source(), visitor)).rejects.toThrow(
      'baris 2 lebih panjang dari batas 10.000 karakter (mungkin tanda kutip " yang tidak ditutup, atau bukan berkas CSV); pembacaan berhenti di baris ini',
    );
    expect(line.pulled()).toBeLessThanOrEqual(CSV_LIMITS.row + 2 * PIECE);
  });

  it("refuses a 300 MiB header line without a line break as row 1", async () => {
    const line = endless("", "kode_instansi;", 300 * MiB);
    await expect(readCsv(line.source(), visitor)).rejects.toMatchObject({ row: 1 });
    expect(line.pulled()).toBeLessThanOrEqual(CSV_LIMITS.row + 2 * PIECE);
  });

  it("refuses a quoted field that never closes at the row limit", async () => {
    const line = endless('kode_instansi,lokus,indikator,nilai\n34.04,"RSUD', "\n34.04,RSUD,1,4", 400 * MiB);
    await expect(readCsv(line.source(), visitor)).rejects.toMatchObject({ row: 2 });
    expect(line.pulled()).toBeLessThanOrEqual(CSV_LIMITS.row + 2 * PIECE);
  });

  it("reads a long file of short rows to the end (the limit is per row)", async () => {
    const file = endless("a,b\n", "1,2\n", 2 * MiB);
    const summary = await readCsv(file.source(), visitor);
    expect(summary.rows).toBe((Math.ceil((2 * MiB) / PIECE) * PIECE) / 4);
  });

  it("refuses a number cell of a million digits through the whole build, reading a fraction of it", async () => {
    const cell = endless("kode_instansi,lokus,indikator,nilai\n34.04,RSUD,1,", "7", 1_000_000, "\n");
    const effects = memoryEffects({ "mem/2024/pekppp/f02.csv": () => cell.source() });
    const [master, profiles] = await Promise.all([loadMaster("data"), loadProfiles("data")]);
    const outcome = await buildDataProduct({ input: "mem", out: "keluaran", master, profiles, effects });
    expect(outcome.ok).toBe(false);
    expect(outcome.messages).toEqual([
      'GALAT mem/2024/pekppp/f02.csv, baris 2: berkas ditolak: baris 2 lebih panjang dari batas 10.000 karakter (mungkin tanda kutip " yang tidak ditutup, atau bukan berkas CSV); pembacaan berhenti di baris ini',
    ]);
    expect(cell.pulled()).toBeLessThan(200_000);
    // Only the validation report is written, and it accounts for the refused file.
    expect([...effects.written.keys()]).toEqual(["keluaran/2024/validasi.json"]);
  });

  it("judges a number by its text before any arithmetic: a million digits is out of range at once", () => {
    const tally = new FileTally("f02.csv");
    const spec = { min: 0, max: 5, decimals: 2, column: "nilai", row: 2 };
    expect(readScore("9".repeat(1_000_000), spec, tally)).toBe("nilai-di-luar-rentang");
    expect(readScore(`4.${"0".repeat(999_999)}1`, spec, tally)).toBe("nilai-tidak-valid");
    expect(readScore(`4.5${"0".repeat(999_998)}`, spec, tally)).toEqual({ n: 9n, d: 2n });
    const [first] = tally.issues;
    expect(first?.value).toBe(`${"9".repeat(100)}… (1.000.000 karakter)`);
  });
});
