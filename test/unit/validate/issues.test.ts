import { describe, expect, it } from "vitest";
import { FileTally, formatIssue, ISSUE_LIMIT_PER_CODE } from "../../../src/lib/validate/issues.ts";

describe("an issue as one line a person can act on", () => {
  it("names file, row, column and value of an error", () => {
    expect(
      formatIssue({
        severity: "error",
        code: "nilai-tidak-valid",
        file: "2024/pekppp/f02.csv",
        row: 7,
        column: "nilai",
        value: "x",
        message: "bukan angka",
      }),
    ).toBe('GALAT 2024/pekppp/f02.csv, baris 7, kolom nilai: bukan angka (nilai: "x")');
  });

  it("leaves out what a file-level warning does not have", () => {
    expect(formatIssue({ severity: "warning", code: "lokus-tanpa-f03", file: "f03.csv", message: "tidak ada" })).toBe(
      "PERINGATAN f03.csv: tidak ada",
    );
  });
});

describe("the tally of one input file", () => {
  it("keeps the first issues of a code up to the limit and counts the rest as omitted", () => {
    const t = new FileTally("a.csv");
    for (let i = 0; i < ISSUE_LIMIT_PER_CODE + 2; i++) t.error("duplikat", "dua kali", { row: i + 2 });
    t.warn("lokus-tanpa-f03", "tanpa F-03");
    expect(t.issues).toHaveLength(ISSUE_LIMIT_PER_CODE + 1);
    expect(t.omitted.get("duplikat")).toBe(2);
    expect([t.errors, t.warnings]).toEqual([ISSUE_LIMIT_PER_CODE + 2, 1]);
    expect(t.issues.at(-1)).not.toHaveProperty("row");
  });

  it("counts unkept issues by severity, and ignores a count of none", () => {
    const t = new FileTally("a.csv");
    t.countUnkept("error", "duplikat", 3);
    t.countUnkept("warning", "duplikat", 2);
    t.countUnkept("error", "duplikat", 0);
    expect([t.errors, t.warnings, t.omitted.get("duplikat")]).toEqual([3, 2, 5]);
    expect(t.issues).toEqual([]);
  });

  it("adds a later part's tally with its rows shifted, then puts the issues in row order", () => {
    const whole = new FileTally("a.csv");
    whole.read = 2;
    whole.error("duplikat", "dua kali", { row: 3 });
    const part = new FileTally("a.csv");
    part.read = 5;
    part.used = 4;
    part.error("nilai-tidak-valid", "bukan angka", { row: 1 });
    part.warn("berkas-tidak-ada", "tanpa baris");
    part.reject("nilai-tidak-valid");
    part.countUnkept("error", "duplikat", 1);
    whole.absorb(part.state(), 10);
    whole.settle();
    expect(whole.issues.map((i) => [i.code, i.row])).toEqual([
      ["berkas-tidak-ada", undefined],
      ["duplikat", 3],
      ["nilai-tidak-valid", 11],
    ]);
    expect([whole.read, whole.used, whole.errors, whole.warnings]).toEqual([7, 4, 3, 1]);
    expect(whole.omitted.get("duplikat")).toBe(1);
    expect(whole.rejectedTotal).toBe(1);
  });

  it("keeps only the first issues of a code across parts when settled", () => {
    const whole = new FileTally("a.csv");
    const part = new FileTally("a.csv");
    for (let i = 0; i < ISSUE_LIMIT_PER_CODE; i++) part.error("duplikat", "dua kali", { row: i + 2 });
    whole.error("duplikat", "dua kali", { row: 1 });
    whole.absorb(part.state(), 0);
    whole.settle();
    expect(whole.issues).toHaveLength(ISSUE_LIMIT_PER_CODE);
    expect(whole.issues[0]!.row).toBe(1);
    expect(whole.omitted.get("duplikat")).toBe(1);
  });

  it("forgets the rows of a file refused part-way, keeping its issues", () => {
    const t = new FileTally("a.csv");
    t.read = 3;
    t.used = 2;
    t.reject("duplikat");
    t.reject("duplikat", 0);
    expect(t.rejected.get("duplikat")).toBe(1);
    t.error("berkas-tidak-terbaca", "ditolak");
    t.forget();
    expect([t.read, t.used, t.rejectedTotal, t.issues.length]).toEqual([0, 0, 0, 1]);
  });
});
