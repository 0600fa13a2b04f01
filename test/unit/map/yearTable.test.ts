import { describe, expect, it } from "vitest";
import { buildYearTable, lookupYear } from "../../../src/lib/map/yearTable.ts";

describe("year table", () => {
  const t = buildYearTable(
    ["32", "32.73"],
    [
      { year: 2024, results: new Map([["32", { ipp: 4.125, predikat: "A-" }]]) },
      {
        year: 2023,
        results: new Map([
          ["32", { ipp: 3.5, predikat: "B-" }],
          ["32.73", { ipp: 4.6, predikat: "A" }],
        ]),
      },
    ],
  );

  it("packs each year as predikat indexes and IPP × 100, -1 for not evaluated", () => {
    expect(t.p["2024"]).toEqual([1, -1]);
    expect(t.i["2024"]).toEqual([413, -1]);
    expect(JSON.parse(JSON.stringify(t))).toEqual(t);
  });

  it("reads back a region's figures in any year", () => {
    expect(lookupYear(t, 2023, 1)).toEqual({ predikat: "A", ipp: 4.6 });
    expect(lookupYear(t, 2024, 1)).toEqual({ predikat: null, ipp: null });
    expect(lookupYear(t, 1999, 0)).toEqual({ predikat: null, ipp: null });
  });
});
