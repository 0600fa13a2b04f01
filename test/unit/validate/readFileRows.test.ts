import { describe, expect, it } from "vitest";
import type { CsvVisitor } from "../../../src/lib/csv/readCsv.ts";
import { InputError } from "../../../src/lib/validate/inputError.ts";
import { FileTally } from "../../../src/lib/validate/issues.ts";
import { readFileRows } from "../../../src/lib/validate/readFileRows.ts";
import { memoryEffects } from "../../support/memoryEffects.ts";

/** A visitor that counts each record as used. */
const counting = (tally: FileTally): CsvVisitor => ({
  header() {},
  blank() {},
  malformed() {},
  record() {
    tally.read++;
    tally.used++;
  },
});

describe("reading one input file through a visitor", () => {
  it("hands every row to the visitor and returns the summary", async () => {
    const tally = new FileTally("a.csv");
    const summary = await readFileRows(memoryEffects({ "a.csv": "x,y\n1,2\n3,4" }), tally, counting(tally));
    expect(summary).toBeDefined();
    expect([tally.read, tally.used, tally.errors]).toEqual([2, 2, 0]);
  });

  it("refuses a file that cannot be read whole, forgetting the rows read before the fault", async () => {
    const tally = new FileTally("a.csv");
    const effects = memoryEffects({ "a.csv": "x,y\n1,2\n3,\0" });
    expect(await readFileRows(effects, tally, counting(tally))).toBeUndefined();
    expect([tally.read, tally.used]).toEqual([0, 0]);
    expect(tally.issues).toEqual([
      expect.objectContaining({
        code: "berkas-tidak-terbaca",
        row: 3,
        message: expect.stringMatching(/^berkas ditolak: memuat byte NUL/),
      }),
    ]);
  });

  it("reports a file-level refusal without a row", async () => {
    const tally = new FileTally("a.csv");
    const effects = {
      ...memoryEffects({}),
      openText: () => {
        throw new InputError("adalah pipa, bukan berkas");
      },
    };
    expect(await readFileRows(effects, tally, counting(tally))).toBeUndefined();
    expect(tally.issues[0]).toEqual({
      severity: "error",
      code: "berkas-tidak-terbaca",
      file: "a.csv",
      message: "berkas ditolak: adalah pipa, bukan berkas",
    });
  });

  it("lets any other failure through: a bug is not an input problem", async () => {
    const tally = new FileTally("hilang.csv");
    await expect(readFileRows(memoryEffects({}), tally, counting(tally))).rejects.toThrow("hilang.csv: not in memory");
    expect(tally.issues).toEqual([]);
  });
});
