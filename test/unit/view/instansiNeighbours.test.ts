import { describe, expect, it } from "vitest";
import { neighbourRows, neighbourTable } from "../../../src/lib/view/instansiNeighbours.ts";

const table = {
  caption: "all",
  columns: [
    { key: "peringkat", label: "Peringkat", align: "right" as const },
    { key: "nama", label: "Instansi", align: "left" as const },
  ],
  rows: Array.from({ length: 20 }, (_, i) => [i === 3 || i === 4 ? "=4" : String(i + 1), `I${i + 1}`]),
};
const named = (n: string) => (row: readonly string[]) => row[1] === n;

describe("neighbourRows", () => {
  it("keeps the row in the middle of its neighbours", () => {
    const n = neighbourRows(table, named("I10"), 2)!;
    expect(n.rows.map((r) => r[1])).toEqual(["I8", "I9", "I10", "I11", "I12"]);
    expect(n.index).toBe(2);
  });

  it("fills from the other side near either end", () => {
    expect(neighbourRows(table, named("I1"), 2)!.rows.map((r) => r[1])).toEqual(["I1", "I2", "I3", "I4", "I5"]);
    const end = neighbourRows(table, named("I20"), 2)!;
    expect(end.rows.map((r) => r[1])).toEqual(["I16", "I17", "I18", "I19", "I20"]);
    expect(end.index).toBe(4);
    expect(neighbourRows({ ...table, rows: table.rows.slice(0, 3) }, named("I2"), 5)!.rows).toHaveLength(3);
  });

  it("returns null when no row matches", () => {
    expect(neighbourRows(table, named("X"))).toBeNull();
  });
});

describe("neighbourTable", () => {
  it("names the rank range in the caption, without the tie sign", () => {
    const t = neighbourTable(table, named("I2"), (a, b) => `ranks ${a}–${b}`, 2);
    expect(t.caption).toBe("ranks 1–4");
    expect(t.rows).toHaveLength(5);
    expect(t.columns).toBe(table.columns);
    expect(neighbourTable(table, named("X"), () => "x")).toBe(table);
  });
});
