import { describe, expect, it } from "vitest";
import { pathToMultiPolygon, readPath, regroupRings, type Ring } from "../../../src/lib/geo/rings.ts";

/** A closed square ring in [lat, lng] order, as the source stores it. */
const latLngSquare = (lat: number, lng: number, size: number): number[][] => [
  [lat, lng],
  [lat + size, lng],
  [lat + size, lng + size],
  [lat, lng + size],
  [lat, lng],
];
/** The same square in GeoJSON order ([lng, lat]). */
const square = (lat: number, lng: number, size: number): Ring => latLngSquare(lat, lng, size).map(([a, b]) => [b!, a!]);

describe("readPath: source rings to GeoJSON positions", () => {
  it("swaps [lat, lng] to [lng, lat] and reads depth 3 as one polygon", () => {
    expect(readPath([latLngSquare(-2, 130, 1)], true, "t")).toEqual([[square(-2, 130, 1)]]);
  });

  it("reads depth 4 as a MultiPolygon", () => {
    const mp = readPath([[latLngSquare(0, 100, 1)], [latLngSquare(5, 100, 1)]], true, "t");
    expect(mp).toHaveLength(2);
  });

  it("closes an unclosed ring and drops rings too short to have an area", () => {
    const open = latLngSquare(0, 100, 1).slice(0, 4);
    const [poly] = readPath(
      [
        open,
        [
          [1, 1],
          [2, 2],
          [1, 1],
        ],
      ],
      true,
      "t",
    );
    expect(poly).toEqual([square(0, 100, 1)]);
  });

  it("refuses any other depth or a non-numeric point, naming the row", () => {
    expect(() => readPath([[1, 2]], true, "96.01")).toThrow(/96\.01.*kedalaman larik 2/);
    expect(() => readPath([[[1, "x"]]], true, "96.01")).toThrow(/96\.01/);
    expect(() => readPath([[["1", "2"]]], true, "96.01")).toThrow("96.01: kedalaman larik -1");
  });

  it("refuses a later ring or polygon that is not an array, naming where it is", () => {
    expect(() => readPath([latLngSquare(0, 100, 1), 7], true, "91.06")).toThrow(
      "91.06, poligon 0 cincin 1: cincin bukan larik",
    );
    expect(() => readPath([[latLngSquare(0, 100, 1)], 7], true, "91.06")).toThrow("91.06: poligon 1 bukan larik");
  });

  it("leaves [lng, lat] sources as they are when not asked to swap", () => {
    expect(readPath([square(-2, 130, 1)], false, "t")).toEqual([[square(-2, 130, 1)]]);
  });
});

describe("regroupRings: islands filed as holes (91.06 Biak Numfor, 96.01 Sorong)", () => {
  it("a second ring outside the first becomes a polygon of its own", () => {
    const mp = pathToMultiPolygon([latLngSquare(0, 100, 1), latLngSquare(0, 105, 1)], "t");
    expect(mp).toEqual([[square(0, 100, 1)], [square(0, 105, 1)]]);
  });

  it("a real hole stays a hole of its polygon", () => {
    const mp = pathToMultiPolygon([latLngSquare(0, 100, 10), latLngSquare(2, 102, 2)], "t");
    expect(mp).toEqual([[square(0, 100, 10), square(2, 102, 2)]]);
  });

  it("sorts many rings at once: holes to the ring around them, islands (also in a lake) out", () => {
    const outer = square(0, 100, 10);
    const lake = square(2, 102, 4);
    const islandInLake = square(3, 103, 1);
    const farIsland = square(0, 120, 1);
    const holeOfFar = square(0.25, 120.25, 0.5);
    expect(regroupRings([outer, farIsland, lake, islandInLake, holeOfFar])).toEqual([
      [outer, lake],
      [farIsland, holeOfFar],
      [islandInLake],
    ]);
  });

  it("keeps a hole whose corners touch the outer ring", () => {
    const outer = square(0, 0, 4);
    const touching: Ring = [
      [0, 2],
      [2, 0],
      [4, 2],
      [2, 4],
      [0, 2],
    ]; // a diamond with its corners on the edges
    expect(regroupRings([outer, touching])).toEqual([[outer, touching]]);
  });

  it("does not depend on which ring comes first", () => {
    const outer = square(0, 100, 10);
    const hole = square(2, 102, 2);
    expect(regroupRings([hole, outer])).toEqual([[outer, hole]]);
  });
});
