import type { Feature, Geometry } from "geojson";
import { describe, expect, it } from "vitest";
import { levelOf, normaliseCode } from "../../../src/lib/geo/codes.ts";
import { collectRegions, itemsFromFeatures, toFeatureCollection } from "../../../src/lib/geo/features.ts";
import { joinSide, masterCodes } from "../../../src/lib/geo/join.ts";

describe("normaliseCode: any source's code to dotted Kemendagri", () => {
  it.each([
    ["32.73", "32.73"],
    [" 32.73 ", "32.73"],
    ["3273", "32.73"],
    ["32-73", "32.73"],
    [3273, "32.73"],
    [11.1, "11.10"], // a spreadsheet's 11.10
    ["32", "32"],
    [32, "32"],
    ["09.01", "09.01"],
  ])("%j → %s", (raw, code) => expect(normaliseCode(raw)).toBe(code));

  it.each([["32.73.01"], ["327"], ["ID-JB"], [""], [null], [undefined], [-32], [{ code: "32" }]])(
    "%j is no province or kab/kota code",
    (raw) => expect(normaliseCode(raw)).toBeNull(),
  );

  it("tells the two levels apart", () => {
    expect(levelOf("32")).toBe("provinsi");
    expect(levelOf("32.73")).toBe("kabkota");
    expect(levelOf("3273")).toBeNull();
  });
});

describe("join report against the region master", () => {
  it("lists codes missing from the geometry and codes the master does not know, sorted", () => {
    expect(joinSide(["32.73", "99.99", "32.01", "11.01"], ["11.01", "32.01", "32.73", "32.04", "31.71"])).toEqual({
      matched: 3,
      missing_from_geometry: ["31.71", "32.04"],
      not_in_master: ["99.99"],
    });
  });

  it("takes provinces and kab/kota from the master, leaving the K/L out", () => {
    const list = [
      { kode: "32.73", tingkat: "kota" },
      { kode: "32", tingkat: "provinsi" },
      { kode: "KL.001", tingkat: "kl" },
      { kode: "32.01", tingkat: "kabupaten" },
    ] as const;
    expect(masterCodes(list)).toEqual({ kabkota: ["32.01", "32.73"], provinsi: ["32"] });
  });
});

describe("collectRegions: features of another source, keyed by code", () => {
  const sq = (x: number) => ({
    type: "Polygon" as const,
    coordinates: [
      [
        [x, 0],
        [x + 1, 0],
        [x + 1, 1],
        [x, 1],
        [x, 0],
      ],
    ],
  });
  const features: Feature<Geometry | null>[] = [
    { type: "Feature" as const, properties: { KODE: "3273", NAMA: "Kota Bandung" }, geometry: sq(0) },
    { type: "Feature" as const, properties: { KODE: 3204, NAMA: "Kab. Bandung" }, geometry: sq(2) },
    { type: "Feature" as const, properties: { KODE: "32.04", NAMA: "Kab. Bandung (pulau)" }, geometry: sq(4) },
    { type: "Feature" as const, properties: { KODE: "32", NAMA: "Jawa Barat" }, geometry: sq(6) },
    { type: "Feature" as const, properties: { KODE: "abc" }, geometry: sq(8) },
    { type: "Feature" as const, properties: { KODE: "32.01" }, geometry: null },
  ];
  const collected = collectRegions(itemsFromFeatures(features, "KODE", "NAMA"));

  it("normalises codes, merges duplicates and lists what it could not use", () => {
    expect(collected.regions.map((r) => [r.code, r.name, r.polygons.length])).toEqual([
      ["32.01", "32.01", 0],
      ["32.04", "Kab. Bandung", 2],
      ["32.73", "Kota Bandung", 1],
    ]);
    expect(collected.duplicates).toEqual(["32.04"]);
    expect(collected.unusable).toEqual(["32", "abc"]);
  });

  it("gives mapshaper only regions with an area, as MultiPolygons with {code, name}", () => {
    const fc = toFeatureCollection(collected.regions);
    expect(fc.features.map((f) => f.properties)).toEqual([
      { code: "32.04", name: "Kab. Bandung" },
      { code: "32.73", name: "Kota Bandung" },
    ]);
    expect(fc.features.every((f) => f.geometry.type === "MultiPolygon")).toBe(true);
  });
});
