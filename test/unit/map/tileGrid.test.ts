import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { TILE_GRID, tileLayout } from "../../../src/lib/map/tileGrid.ts";

// The 38 provinces of idn-area-data (the region master), read from the package itself.
const csv = readFileSync(new URL("../../../node_modules/idn-area-data/data/provinces.csv", import.meta.url), "utf8");
const provinces = csv
  .trim()
  .split(/\r?\n/)
  .slice(1)
  .map((line) => line.split(",")[0]!.replace(/"/g, ""));

describe("tile grid of the provinces", () => {
  it("places all 38 provinces of the master, and nothing else", () => {
    expect(provinces).toHaveLength(38);
    expect(Object.keys(TILE_GRID).sort()).toEqual([...provinces].sort());
    expect(tileLayout(provinces).unplaced).toEqual([]);
  });

  it("puts no two provinces on the same tile", () => {
    const cells = Object.values(TILE_GRID).map((t) => `${t.col},${t.row}`);
    expect(new Set(cells).size).toBe(cells.length);
  });

  it("gives each a distinct two-letter ISO 3166-2:ID label", () => {
    const abbrs = Object.values(TILE_GRID).map((t) => t.abbr);
    expect(new Set(abbrs).size).toBe(38);
    for (const a of abbrs) expect(a).toMatch(/^[A-Z]{2}$/);
  });

  it("is roughly geographic: Aceh top left, Sumatra west of Java, Papua on the right", () => {
    const t = (c: string) => TILE_GRID[c]!;
    expect(t("11")).toMatchObject({ col: 0, row: 0 });
    expect(t("18").col).toBeLessThan(t("32").col);
    expect(t("31").row).toBeLessThan(t("32").row); // Jakarta on Java's north coast
    expect(t("34").row).toBeGreaterThan(t("33").row); // Yogyakarta on the south
    for (const papua of ["91", "92", "93", "94", "95", "96"]) expect(t(papua).col).toBeGreaterThan(t("81").col);
  });

  it("orders tiles row by row (the keyboard order) and sizes the drawing", () => {
    const l = tileLayout(provinces, 50, 5);
    const order = l.tiles.map((x) => x.row * 100 + x.col);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(l.width).toBe(14 * 55 - 5);
    expect(l.height).toBe(7 * 55 - 5);
    expect(tileLayout(["11", "00"]).unplaced).toEqual(["00"]);
  });
});
