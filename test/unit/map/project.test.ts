import { describe, expect, it } from "vitest";
import { projectTopology } from "../../../src/lib/map/project.ts";
import { asTopo, type Topo } from "../../../src/lib/map/topology.ts";

/**
 * Two squares side by side sharing one edge (arc 0), in two "provinces",
 * and a speck of an island too small to draw. Quantised with scale 1.
 */
function fixture(): Topo {
  return asTopo({
    type: "Topology",
    transform: { scale: [0.001, 0.001], translate: [100, -5] },
    arcs: [
      [
        [1000, 0],
        [0, 1000],
      ], // shared edge x=1, from y=0 to y=1
      [
        [1000, 1000],
        [-1000, 0],
        [0, -1000],
        [1000, 0],
      ], // rest of square A
      [
        [1000, 0],
        [1000, 0],
        [0, 1000],
        [-1000, 0],
      ], // rest of square B
      [
        [2000, 500],
        [1, 0],
        [0, 1],
        [-1, -1],
      ], // speck, on the edge of B
    ],
    objects: {
      kabkota: {
        type: "GeometryCollection",
        geometries: [
          { type: "Polygon", arcs: [[0, 1]], properties: { code: "11.01", name: "A" } },
          { type: "Polygon", arcs: [[2, -1]], properties: { code: "12.01", name: "B" } },
          { type: "Polygon", arcs: [[3]], properties: { code: "12.02", name: "Speck" } },
        ],
      },
      provinsi: { type: "GeometryCollection", geometries: [] },
    },
  });
}

describe("projectTopology", () => {
  const m = projectTopology(fixture(), {
    level: "kabkota",
    width: 400,
    pad: 4,
    meshBetween: (a, b) => a.slice(0, 2) !== b.slice(0, 2),
  });

  it("fits the width, keeps the aspect, and sorts regions by code", () => {
    expect(m.width).toBe(400);
    expect(m.height).toBeGreaterThan(100);
    expect(m.height).toBeLessThan(400);
    expect(m.regions.map((r) => r.code)).toEqual(["11.01", "12.01", "12.02"]);
  });

  it("writes whole-number relative paths, closed", () => {
    for (const r of m.regions) expect(r.d).toMatch(/^M-?\d+ -?\d+l[-\d ]+z$/);
  });

  it("gives neighbours exactly the same border: the shared edge's points appear in both", () => {
    const abs = (d: string) => {
      const [x0, y0, ...rel] = d.replace(/[Mlz]/g, " ").replace(/-/g, " -").trim().split(/\s+/).map(Number);
      const pts = [[x0!, y0!]];
      for (let i = 0; i + 1 < rel.length; i += 2) pts.push([pts.at(-1)![0]! + rel[i]!, pts.at(-1)![1]! + rel[i + 1]!]);
      return new Set(pts.map((p) => p.join(",")));
    };
    const a = abs(m.regions[0]!.d);
    const b = abs(m.regions[1]!.d);
    const shared = [...a].filter((p) => b.has(p));
    expect(shared.length).toBeGreaterThanOrEqual(2);
  });

  it("draws a region too small for the scale as a small diamond, so it stays clickable", () => {
    const speck = m.regions[2]!;
    expect(speck.marker).toBe(true);
    expect(speck.d).toMatch(/l3 3-3 3-3-3z$/);
  });

  it("draws the mesh of borders between different provinces once, as open lines", () => {
    expect(m.mesh).toMatch(/^M\d+ \d+l/);
    expect(m.mesh.match(/M/g)).toHaveLength(1);
    expect(m.mesh).not.toContain("z");
  });

  it("filters regions and fits to them, capping the height", () => {
    const one = projectTopology(fixture(), {
      level: "kabkota",
      width: 400,
      maxHeight: 200,
      filter: (c) => c === "11.01",
    });
    expect(one.regions.map((r) => r.code)).toEqual(["11.01"]);
    expect(one.height).toBeLessThanOrEqual(200);
    expect(one.width).toBeLessThanOrEqual(400);
    expect(one.mesh).toBe("");
  });

  it("returns an empty drawing when nothing is selected", () => {
    expect(projectTopology(fixture(), { level: "provinsi", width: 100 }).regions).toEqual([]);
  });
});
