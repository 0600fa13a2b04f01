/**
 * Turns a source `path` (rings of [lat, lng]) into GeoJSON MultiPolygon
 * coordinates ([lng, lat]) and repairs rings stored in the wrong place.
 *
 * Some rows keep separate islands as extra rings of one polygon (91.06 Biak
 * Numfor, 96.01 Sorong with 107 rings). Every GeoJSON reader takes those as
 * holes, which cuts the islands out of the region. So rings are not trusted
 * by position: each ring's role follows from how many other rings of its
 * polygon contain it (even: a shell, odd: a hole of the ring just around it).
 * A real hole keeps its place; an "inner" ring outside its outer ring, or an
 * island inside a lake, becomes a polygon of its own.
 */

export type Position = [number, number];
export type Ring = Position[];
export type PolygonCoords = Ring[];

export interface BBox {
  readonly minX: number;
  readonly minY: number;
  readonly maxX: number;
  readonly maxY: number;
}

/** Depth of nesting of the first coordinate: 3 is a Polygon, 4 a MultiPolygon. */
function depthOf(value: unknown): number {
  let d = 0;
  let v = value;
  while (Array.isArray(v)) {
    d++;
    v = v[0];
  }
  return typeof v === "number" ? d : -1;
}

function readRing(raw: unknown, swap: boolean, where: string): Ring {
  if (!Array.isArray(raw)) throw new Error(`${where}: cincin bukan larik`);
  const ring: Ring = raw.map((p: unknown, i) => {
    if (!Array.isArray(p) || p.length < 2 || !Number.isFinite(p[0]) || !Number.isFinite(p[1]))
      throw new Error(`${where}: titik ${i} bukan pasangan angka`);
    const [a, b] = p as [number, number];
    return swap ? [b, a] : [a, b];
  });
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (first && last && (first[0] !== last[0] || first[1] !== last[1])) ring.push([first[0], first[1]]);
  return ring;
}

/**
 * Parses a source path (already JSON-decoded). `swap` turns [lat, lng] into
 * [lng, lat]. Rings with fewer than 4 positions (after closing) are dropped.
 */
export function readPath(raw: unknown, swap: boolean, where: string): PolygonCoords[] {
  const depth = depthOf(raw);
  if (depth !== 3 && depth !== 4)
    throw new Error(`${where}: kedalaman larik ${depth}, harus 3 (Polygon) atau 4 (MultiPolygon)`);
  const polygons = (depth === 3 ? [raw] : raw) as unknown[];
  return polygons.map((poly, i) => {
    if (!Array.isArray(poly)) throw new Error(`${where}: poligon ${i} bukan larik`);
    return poly
      .map((ring: unknown, j) => readRing(ring, swap, `${where}, poligon ${i} cincin ${j}`))
      .filter((r) => r.length >= 4);
  });
}

export function bboxOf(ring: Ring): BBox {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const [x, y] of ring) {
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  return { minX, minY, maxX, maxY };
}

/** Positions closer than this (in degrees, ~0.1 mm) to an edge count as on it. */
const ON_EDGE = 1e-9;

/**
 * Where a point lies against a ring: 1 inside, -1 outside, 0 on its edge
 * (even-odd ray casting, with the edge test first because rings of one
 * region often share vertices and edges).
 */
export function pointInRing([x, y]: Position, ring: Ring): -1 | 0 | 1 {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    const dx = xj - xi;
    const dy = yj - yi;
    const len = Math.hypot(dx, dy);
    if (len > 0 && Math.abs(dx * (y - yi) - dy * (x - xi)) / len <= ON_EDGE) {
      const t = ((x - xi) * dx + (y - yi) * dy) / (len * len);
      if (t >= 0 && t <= 1) return 0;
    }
    if (yi > y !== yj > y && x < (dx * (y - yi)) / dy + xi) inside = !inside;
  }
  return inside ? 1 : -1;
}

const SAMPLES = 9;

/**
 * Whether ring `a` lies inside ring `b`. A few vertices and edge midpoints
 * spread along `a` vote; points on the edge of `b` (shared vertices, touching
 * corners) abstain.
 */
export function ringInside(a: Ring, aBox: BBox, b: Ring, bBox: BBox): boolean {
  if (aBox.minX < bBox.minX || aBox.maxX > bBox.maxX || aBox.minY < bBox.minY || aBox.maxY > bBox.maxY) return false;
  const n = a.length - 1; // the closing point repeats the first
  const count = Math.min(SAMPLES, n);
  let votes = 0;
  for (let k = 0; k < count; k++) {
    const i = Math.floor((k * n) / count);
    const p = a[i]!;
    const q = a[i + 1]!;
    votes += pointInRing(p, b) + pointInRing([(p[0] + q[0]) / 2, (p[1] + q[1]) / 2], b);
  }
  return votes > 0;
}

/** Regroups the rings of one polygon into shells with their true holes. */
export function regroupRings(rings: readonly Ring[]): PolygonCoords[] {
  const boxes = rings.map(bboxOf);
  const containers = rings.map((r, i) =>
    rings.flatMap((o, j) => (i !== j && ringInside(r, boxes[i]!, o, boxes[j]!) ? [j] : [])),
  );
  const depth = containers.map((c) => c.length);
  const shells = new Map<number, PolygonCoords>();
  rings.forEach((r, i) => {
    if (depth[i]! % 2 === 0) shells.set(i, [r]);
  });
  rings.forEach((r, i) => {
    if (depth[i]! % 2 === 0) return;
    // The ring just around a hole is the container nested deepest.
    const parent = containers[i]!.reduce((best, j) => (depth[j]! > depth[best]! ? j : best));
    shells.get(parent)?.push(r);
  });
  return [...shells.values()];
}

/** Reads a source path and repairs its rings: the MultiPolygon to draw. */
export function pathToMultiPolygon(raw: unknown, where: string): PolygonCoords[] {
  return readPath(raw, true, where).flatMap((rings) => regroupRings(rings));
}
