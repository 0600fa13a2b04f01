import { describe, expect, it } from "vitest";
import { joinRegions, predikatCounts } from "../../../src/lib/map/join.ts";

const master = new Map([
  ["32.73", { kode: "32.73", nama: "Kota Bandung", slug: "kota-bandung" }],
  ["32.04", { kode: "32.04", nama: "Kabupaten Bandung", slug: "kabupaten-bandung" }],
  ["32.01", { kode: "32.01", nama: "Kabupaten Bogor", slug: "kabupaten-bogor" }],
]);
const results = new Map([
  ["32.73", { ipp: 4.12, predikat: "A-" }],
  ["32.01", { ipp: 2.3, predikat: "C-" }],
  ["99.99", { ipp: 3, predikat: "B-" }],
]);

describe("joinRegions: the code-join report", () => {
  const j = joinRegions(["32.01", "32.04", "32.73", "99.99"], ["32.01", "32.04", "32.73", "32.78"], master, results);

  it("takes names and slugs from the master, figures from the results", () => {
    expect(j.regions[2]).toEqual({
      code: "32.73",
      name: "Kota Bandung",
      slug: "kota-bandung",
      predikat: "A-",
      ipp: 4.12,
    });
  });

  it("marks a master region without a result as not evaluated (null, not zero)", () => {
    expect(j.regions[1]).toMatchObject({ code: "32.04", predikat: null, ipp: null });
    expect(j.report.not_evaluated).toEqual(["32.04"]);
  });

  it("keeps a geometry the master does not know, named by its code, without link or data", () => {
    expect(j.regions[3]).toEqual({ code: "99.99", name: "99.99", slug: null, predikat: null, ipp: null });
    expect(j.report.not_in_master).toEqual(["99.99"]);
  });

  it("lists master regions that have no geometry, and counts the matches", () => {
    expect(j.report.missing_geometry).toEqual(["32.78"]);
    expect(j.report.matched).toBe(2);
  });

  it("treats an unknown predikat code as not evaluated rather than inventing a colour", () => {
    const odd = joinRegions(["32.73"], ["32.73"], master, new Map([["32.73", { ipp: 4, predikat: "Z" }]]));
    expect(odd.regions[0]?.predikat).toBeNull();
  });
});

describe("predikatCounts", () => {
  it("counts every step, zeros included, and the not evaluated apart", () => {
    const c = predikatCounts([{ predikat: "A" }, { predikat: "A" }, { predikat: null }, { predikat: "F" }]);
    expect(c.byCode.get("A")).toBe(2);
    expect(c.byCode.get("B")).toBe(0);
    expect(c.byCode.get("F")).toBe(1);
    expect(c.byCode.size).toBe(9);
    expect(c.none).toBe(1);
  });
});
