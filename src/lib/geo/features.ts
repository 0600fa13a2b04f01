import type { Feature, FeatureCollection, Geometry, MultiPolygon } from "geojson";
import type { GeoProperties } from "../schema/geo.ts";
import { byCode, levelOf, normaliseCode } from "./codes.ts";
import { pathToMultiPolygon, type PolygonCoords } from "./rings.ts";
import type { BoundaryRow } from "./sqlRows.ts";

/** One feature of a boundary source, before its code is checked. */
export interface SourceItem {
  readonly rawCode: unknown;
  readonly name: string | null;
  readonly polygons: PolygonCoords[];
}

export interface Region {
  readonly code: string;
  readonly name: string;
  readonly polygons: PolygonCoords[];
}

export interface Collected {
  /** One region per kab/kota code, in code order. */
  readonly regions: Region[];
  readonly unusable: string[];
  readonly duplicates: string[];
}

/**
 * Keys the source features by kab/kota code. Features without a usable code
 * are left out and listed; several features with one code are merged, since a
 * source may store each island of a kab/kota as its own feature.
 */
export function collectRegions(items: Iterable<SourceItem>): Collected {
  const byKey = new Map<string, { name: string; polygons: PolygonCoords[] }>();
  const unusable = new Set<string>();
  const duplicates = new Set<string>();
  for (const item of items) {
    const code = normaliseCode(item.rawCode);
    if (code === null || levelOf(code) !== "kabkota") {
      unusable.add(String(item.rawCode));
      continue;
    }
    const seen = byKey.get(code);
    if (seen) {
      duplicates.add(code);
      seen.polygons.push(...item.polygons);
    } else {
      byKey.set(code, { name: item.name?.trim() || code, polygons: [...item.polygons] });
    }
  }
  const regions = [...byKey].map(([code, r]) => ({ code, ...r })).sort((a, b) => byCode(a.code, b.code));
  return { regions, unusable: [...unusable].sort(byCode), duplicates: [...duplicates].sort(byCode) };
}

/** cahyadsn rows: [lat, lng] rings, islands possibly filed as holes. */
export function itemsFromRows(rows: Iterable<BoundaryRow>): SourceItem[] {
  return [...rows].map((row) => {
    let path: unknown;
    try {
      path = JSON.parse(row.path);
    } catch (e) {
      throw new Error(`${row.kode}: kolom path bukan JSON yang sah (${(e as Error).message})`, { cause: e });
    }
    return { rawCode: row.kode, name: row.nama, polygons: pathToMultiPolygon(path, row.kode) };
  });
}

/** Polygons of a GeoJSON geometry, [] for anything that is not an area. */
function polygonsOf(geometry: Geometry | null): PolygonCoords[] {
  if (geometry?.type === "Polygon") return [geometry.coordinates as PolygonCoords];
  if (geometry?.type === "MultiPolygon") return geometry.coordinates as PolygonCoords[];
  if (geometry?.type === "GeometryCollection") return geometry.geometries.flatMap(polygonsOf);
  return [];
}

/** Features of another GeoJSON source: the code and name are read from the given properties. */
export function itemsFromFeatures(
  features: readonly Feature<Geometry | null>[],
  codeProperty: string,
  nameProperty: string | null,
): SourceItem[] {
  return features.map((f) => {
    const props = (f.properties ?? {}) as Record<string, unknown>;
    const name = nameProperty === null ? null : props[nameProperty];
    return {
      rawCode: props[codeProperty],
      name: typeof name === "string" ? name : null,
      polygons: polygonsOf(f.geometry),
    };
  });
}

/** The regions as the GeoJSON mapshaper reads; regions with no area are left out. */
export function toFeatureCollection(regions: readonly Region[]): FeatureCollection<MultiPolygon, GeoProperties> {
  return {
    type: "FeatureCollection",
    features: regions
      .filter((r) => r.polygons.length > 0)
      .map((r) => ({
        type: "Feature",
        properties: { code: r.code, name: r.name },
        geometry: { type: "MultiPolygon", coordinates: r.polygons },
      })),
  };
}
