import { describe, expect, it } from "vitest";
import { asTopo, decodeArc, polygonsOf, type TopoGeometry } from "../../../src/lib/map/topology.ts";

const square: TopoGeometry = { type: "Polygon", arcs: [[0]], properties: { code: "11", name: "Aceh" } };
const topology = (kabkota: unknown[] = [], provinsi: unknown[] = [square]) => ({
  type: "Topology",
  transform: { scale: [0.5, 0.25], translate: [95, -11] },
  arcs: [
    [
      [0, 0],
      [2, 0],
      [0, 4],
      [-2, 0],
      [0, -4],
    ],
  ],
  objects: {
    kabkota: { type: "GeometryCollection", geometries: kabkota },
    provinsi: { type: "GeometryCollection", geometries: provinsi },
  },
});

describe("asTopo", () => {
  it("accepts the two collections of coded polygons that npm run geo writes", () => {
    expect(asTopo(topology()).objects.provinsi.geometries[0]?.properties.code).toBe("11");
  });

  it("says what is wrong with anything else", () => {
    expect(() => asTopo(null)).toThrow("bukan TopoJSON berkuantisasi");
    expect(() => asTopo({ ...topology(), transform: undefined })).toThrow("bukan TopoJSON berkuantisasi");
    const { kabkota: _, ...onlyProvinces } = topology().objects;
    expect(() => asTopo({ ...topology(), objects: onlyProvinces })).toThrow('TopoJSON tanpa objek "kabkota"');
    expect(() => asTopo(topology([{ type: "Point", coordinates: [0, 0], properties: { code: "11.01" } }]))).toThrow(
      "kabkota: geometri 11.01 bertipe Point",
    );
    expect(() => asTopo(topology([{ type: "LineString", arcs: [0] }]))).toThrow(
      "kabkota: geometri ? bertipe LineString",
    );
    expect(() => asTopo(topology([], [{ type: "Polygon", arcs: [[0]], properties: { name: "x" } }]))).toThrow(
      "provinsi: geometri tanpa kode",
    );
  });
});

describe("arcs and polygons", () => {
  const topo = asTopo(topology());

  it("decodes a delta-encoded arc through the transform", () => {
    expect(decodeArc(topo, 0)).toEqual([
      [95, -11],
      [96, -11],
      [96, -10],
      [95, -10],
      [95, -11],
    ]);
    expect(() => decodeArc(topo, 3)).toThrow("arc 3 tidak ada");
  });

  it("gives a Polygon as one polygon and a MultiPolygon as its polygons", () => {
    expect(polygonsOf(square)).toEqual([[[0]]]);
    const multi: TopoGeometry = { ...square, type: "MultiPolygon", arcs: [[[0]], [[~0]]] };
    expect(polygonsOf(multi)).toEqual([[[0]], [[-1]]]);
  });
});
