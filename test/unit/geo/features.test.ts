import type { Feature, Geometry } from "geojson";
import { describe, expect, it } from "vitest";
import { itemsFromFeatures, itemsFromRows } from "../../../src/lib/geo/features.ts";

const ring = (x: number) => [
  [x, 0],
  [x + 1, 0],
  [x + 1, 1],
  [x, 1],
  [x, 0],
];

describe("itemsFromFeatures", () => {
  it("takes the areas of Polygons, MultiPolygons and geometry collections, nothing from points", () => {
    const features: Feature<Geometry | null>[] = [
      {
        type: "Feature",
        properties: { k: "32.73" },
        geometry: { type: "MultiPolygon", coordinates: [[ring(0)], [ring(2)]] },
      },
      {
        type: "Feature",
        properties: { k: "32.04" },
        geometry: {
          type: "GeometryCollection",
          geometries: [
            { type: "Polygon", coordinates: [ring(4)] },
            { type: "Point", coordinates: [9, 9] },
          ],
        },
      },
      { type: "Feature", properties: { k: "32.01" }, geometry: { type: "Point", coordinates: [0, 0] } },
    ];
    expect(itemsFromFeatures(features, "k", null).map((i) => [i.rawCode, i.name, i.polygons.length])).toEqual([
      ["32.73", null, 2],
      ["32.04", null, 1],
      ["32.01", null, 0],
    ]);
  });

  it("reads a feature without properties as one without code or name", () => {
    const bare: Feature<Geometry | null> = { type: "Feature", properties: null, geometry: null };
    expect(itemsFromFeatures([bare], "KODE", "NAMA")).toEqual([{ rawCode: undefined, name: null, polygons: [] }]);
  });
});

describe("itemsFromRows", () => {
  it("reads [lat, lng] paths into GeoJSON order", () => {
    const [item] = itemsFromRows([
      { kode: "91.06", nama: "Biak Numfor", lat: 0, lng: 0, path: JSON.stringify([ring(0)]) },
    ]);
    expect(item?.polygons[0]?.[0]?.[1]).toEqual([0, 1]); // [lat 1, lng 0] read as lng 0, lat 1
  });

  it("names the row whose path is not JSON", () => {
    expect(() => itemsFromRows([{ kode: "96.01", nama: "Sorong", lat: 0, lng: 0, path: "[[1,2" }])).toThrow(
      /^96\.01: kolom path bukan JSON yang sah/,
    );
  });
});
