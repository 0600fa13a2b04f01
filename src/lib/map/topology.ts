/**
 * The small slice of TopoJSON the map reads: the two objects written by
 * `npm run geo` (src/lib/schema/geo.ts), each a GeometryCollection of
 * Polygon/MultiPolygon geometries with `{code, name}`, sharing quantised,
 * delta-encoded arcs. Typed here rather than through topojson-specification
 * so the build code can check its input without casts.
 */
import { GEO_OBJECTS } from "../schema/geo.ts";

export type MapLevel = (typeof GEO_OBJECTS)[number];

export interface TopoGeometry {
  readonly type: "Polygon" | "MultiPolygon";
  /** Polygon: rings of arc indices; MultiPolygon: polygons of rings. A negative index ~i is arc i reversed. */
  readonly arcs: readonly (readonly number[])[] | readonly (readonly (readonly number[])[])[];
  readonly properties: { readonly code: string; readonly name: string };
}

export interface Topo {
  readonly type: "Topology";
  readonly transform: { readonly scale: readonly [number, number]; readonly translate: readonly [number, number] };
  readonly arcs: readonly (readonly (readonly [number, number])[])[];
  readonly objects: Record<
    MapLevel,
    { readonly type: "GeometryCollection"; readonly geometries: readonly TopoGeometry[] }
  >;
}

/** Rings of a geometry as lists of polygons (a Polygon is one polygon). */
export function polygonsOf(g: TopoGeometry): readonly (readonly (readonly number[])[])[] {
  return g.type === "Polygon"
    ? [g.arcs as readonly (readonly number[])[]]
    : (g.arcs as readonly (readonly (readonly number[])[])[]);
}

/** Structural check of a parsed JSON value; throws naming what is wrong. */
export function asTopo(raw: unknown): Topo {
  const t = raw as Partial<Topo> | null;
  if (!t || t.type !== "Topology" || !Array.isArray(t.arcs) || !t.transform || !t.objects)
    throw new Error("bukan TopoJSON berkuantisasi");
  for (const name of GEO_OBJECTS) {
    const o = t.objects[name];
    if (!o || !Array.isArray(o.geometries)) throw new Error(`TopoJSON tanpa objek "${name}"`);
    for (const g of o.geometries) {
      if (g.type !== "Polygon" && g.type !== "MultiPolygon")
        throw new Error(`${name}: geometri ${g.properties?.code ?? "?"} bertipe ${String(g.type)}`);
      if (typeof g.properties?.code !== "string") throw new Error(`${name}: geometri tanpa kode`);
    }
  }
  return t as Topo;
}

/** Arc i decoded to longitude/latitude pairs. */
export function decodeArc(topo: Topo, i: number): [number, number][] {
  const arc = topo.arcs[i];
  if (!arc) throw new Error(`arc ${i} tidak ada`);
  const [sx, sy] = topo.transform.scale;
  const [tx, ty] = topo.transform.translate;
  let x = 0;
  let y = 0;
  return arc.map(([dx, dy]) => {
    x += dx;
    y += dy;
    return [x * sx + tx, y * sy + ty];
  });
}
