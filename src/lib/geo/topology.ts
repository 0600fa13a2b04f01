import type { GeoJsonProperties } from "geojson";
import type { GeometryCollection, GeometryObject, Topology } from "topojson-specification";
import { GEO_OBJECTS, GeoProperties } from "../schema/geo.ts";
import { byCode, levelOf } from "./codes.ts";

export type GeoObjectName = (typeof GEO_OBJECTS)[number];

const codeOf = (g: GeometryObject<GeoJsonProperties>): string =>
  String((g.properties as { code?: unknown } | null | undefined)?.code ?? "");

/** Codes of one object's geometries, in file order ([] when the object is missing). */
export function objectCodes(topo: Topology, name: GeoObjectName): string[] {
  const obj = topo.objects[name];
  return obj?.type === "GeometryCollection" ? obj.geometries.map(codeOf) : [];
}

/**
 * Gives mapshaper's TopoJSON its final form: geometries in code order with
 * exactly `{code, name}`, names from the boundary source, and a fixed key
 * order, so the same source always gives the same bytes.
 */
export function finaliseTopology(text: string, names: Record<GeoObjectName, ReadonlyMap<string, string>>): string {
  const topo = JSON.parse(text) as Topology;
  const objects: Record<string, GeometryCollection<GeoProperties>> = {};
  for (const name of GEO_OBJECTS) {
    const obj = topo.objects[name];
    if (obj?.type !== "GeometryCollection") throw new Error(`TopoJSON dari mapshaper tidak memuat objek ${name}`);
    const geometries = obj.geometries
      .map((g) => {
        const code = codeOf(g);
        const { type: _t, properties: _p, ...shape } = g as GeometryObject<GeoJsonProperties> & Record<string, unknown>;
        const properties: GeoProperties = { code, name: names[name].get(code) ?? code };
        return { type: g.type, ...shape, properties } as GeometryObject<GeoProperties> & { properties: GeoProperties };
      })
      .sort((a, b) => byCode(a.properties.code, b.properties.code));
    objects[name] = { type: "GeometryCollection", geometries };
  }
  const { bbox, transform, arcs } = topo;
  return JSON.stringify({
    type: "Topology",
    ...(bbox ? { bbox } : {}),
    ...(transform ? { transform } : {}),
    objects,
    arcs,
  });
}

/**
 * Structural problems of the finished topology: missing objects, null or
 * non-areal geometries, properties other than `{code, name}`, codes of the
 * wrong level or repeated. An empty list means the map pages can rely on it.
 */
export function topologyProblems(topo: Topology): string[] {
  const problems: string[] = [];
  for (const name of GEO_OBJECTS) {
    const obj = topo.objects[name];
    if (obj?.type !== "GeometryCollection") {
      problems.push(`objek ${name} tidak ada`);
      continue;
    }
    const level = name === "kabkota" ? "kabkota" : "provinsi";
    const seen = new Set<string>();
    for (const g of obj.geometries) {
      const props = GeoProperties.safeParse(g.properties);
      const code = props.success ? props.data.code : codeOf(g);
      if (!props.success) problems.push(`${name} ${code || "?"}: properti harus tepat {code, name}`);
      if (levelOf(code) !== level) problems.push(`${name} ${code || "?"}: kode bukan kode ${level}`);
      if (seen.has(code)) problems.push(`${name} ${code}: kode muncul lebih dari sekali`);
      seen.add(code);
      if ((g.type !== "Polygon" && g.type !== "MultiPolygon") || g.arcs.length === 0)
        problems.push(`${name} ${code}: geometri kosong (${String(g.type)})`);
    }
  }
  return problems;
}
