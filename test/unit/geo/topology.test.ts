import { describe, expect, it } from "vitest";
import type { Topology } from "topojson-specification";
import { finaliseTopology, objectCodes, topologyProblems } from "../../../src/lib/geo/topology.ts";

/** What mapshaper hands over: extra fields, geometries in any order. */
const raw = {
  type: "Topology",
  arcs: [
    [
      [0, 0],
      [1, 0],
      [0, 1],
      [-1, 0],
      [0, -1],
    ],
    [
      [1, 0],
      [1, 0],
      [0, 1],
      [-1, 0],
    ],
  ],
  transform: { scale: [1, 1], translate: [0, 0] },
  objects: {
    kabkota: {
      type: "GeometryCollection",
      geometries: [
        { type: "Polygon", arcs: [[1]], properties: { code: "32.73", name: "x", prov: "32" } },
        { type: "Polygon", arcs: [[0]], properties: { code: "32.01", name: "y" } },
      ],
    },
    provinsi: {
      type: "GeometryCollection",
      geometries: [{ type: "MultiPolygon", arcs: [[[0]], [[1]]], properties: { code: "32" } }],
    },
  },
};

const names = {
  kabkota: new Map([
    ["32.01", "Kabupaten Bogor"],
    ["32.73", "Kota Bandung"],
  ]),
  provinsi: new Map([["32", "Jawa Barat"]]),
};

describe("finaliseTopology", () => {
  const text = finaliseTopology(JSON.stringify(raw), names);
  const topo = JSON.parse(text) as Topology;

  it("sorts geometries by code and keeps exactly {code, name}, names from the source", () => {
    expect(objectCodes(topo, "kabkota")).toEqual(["32.01", "32.73"]);
    const kab = topo.objects["kabkota"] as { geometries: { properties: unknown }[] };
    expect(kab.geometries.map((g) => g.properties)).toEqual([
      { code: "32.01", name: "Kabupaten Bogor" },
      { code: "32.73", name: "Kota Bandung" },
    ]);
    expect(topologyProblems(topo)).toEqual([]);
  });

  it("does not depend on the order mapshaper wrote things in", () => {
    const shuffled = structuredClone(raw);
    shuffled.objects.kabkota.geometries.reverse();
    expect(finaliseTopology(JSON.stringify(shuffled), names)).toBe(text);
  });

  it("keeps a bounding box, leaves out a missing transform, and names a region the source lacks by its code", () => {
    const { transform: _, ...untransformed } = structuredClone(raw);
    const out = JSON.parse(
      finaliseTopology(JSON.stringify({ ...untransformed, bbox: [0, 0, 2, 1] }), {
        ...names,
        provinsi: new Map(),
      }),
    );
    expect(Object.keys(out)).toEqual(["type", "bbox", "objects", "arcs"]);
    expect(out.objects.provinsi.geometries[0].properties).toEqual({ code: "32", name: "32" });
  });

  it("refuses a topology without both objects", () => {
    expect(() =>
      finaliseTopology(JSON.stringify({ ...raw, objects: { kabkota: raw.objects.kabkota } }), names),
    ).toThrow(/provinsi/);
  });
});

describe("topologyProblems", () => {
  it("finds null geometries, stray properties, wrong-level and repeated codes", () => {
    const bad = structuredClone(raw) as unknown as { objects: Record<string, { geometries: unknown[] }> };
    bad.objects["kabkota"]!.geometries = [
      { type: null, properties: { code: "32.01", name: "a" } },
      { type: "Polygon", arcs: [[0]], properties: { code: "32.73", name: "b", extra: 1 } },
      { type: "Polygon", arcs: [[0]], properties: { code: "32.73", name: "c" } },
      { type: "Polygon", arcs: [[1]], properties: { code: "32", name: "d" } },
    ];
    delete bad.objects["provinsi"];
    expect(topologyProblems(bad as unknown as Topology)).toEqual([
      "kabkota 32.01: geometri kosong (null)",
      "kabkota 32.73: properti harus tepat {code, name}",
      "kabkota 32.73: kode muncul lebih dari sekali",
      "kabkota 32: kode bukan kode kabkota",
      "objek provinsi tidak ada",
    ]);
    expect(objectCodes(bad as unknown as Topology, "provinsi")).toEqual([]);
  });

  it("names a geometry without properties by a question mark", () => {
    const bare = JSON.parse(finaliseTopology(JSON.stringify(raw), names));
    bare.objects["provinsi"]!.geometries = [{ type: "Polygon", arcs: [[0]] }];
    expect(topologyProblems(bare as unknown as Topology)).toEqual([
      "provinsi ?: properti harus tepat {code, name}",
      "provinsi ?: kode bukan kode provinsi",
    ]);
  });
});
