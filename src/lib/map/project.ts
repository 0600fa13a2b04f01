/**
 * TopoJSON → SVG path strings, at build time.
 *
 * A Mercator projection (d3-geo, the same family as Leaflet's, so the server
 * map and the live map look alike) fitted to the chosen geometries. The
 * shared arcs are projected and simplified once each, before the rings are
 * assembled, so two neighbours keep exactly the same border: no slivers, and
 * the province outlines lie on the kab/kota borders. Coordinates are whole
 * viewBox units written as relative moves, which keeps the SVG small; the
 * detail is set by the viewBox width.
 */
import { geoMercator } from "d3-geo";
import { decodeArc, polygonsOf, type MapLevel, type Topo, type TopoGeometry } from "./topology.ts";

export interface ProjectOptions {
  readonly level: MapLevel;
  /** Keep only these geometries (default: all of the level). */
  readonly filter?: (code: string) => boolean;
  /** ViewBox width; also the grid coordinates are rounded to. */
  readonly width: number;
  /** Cap on the viewBox height: a tall region is fitted to it instead, narrower. */
  readonly maxHeight?: number;
  /** Margin in viewBox units. */
  readonly pad?: number;
  /** A vertex closer than this (viewBox units) to the last kept one is dropped. */
  readonly tolerance?: number;
  /**
   * Draw, as one extra path, the shared borders between two regions for
   * which this says true (e.g. kab/kota of different provinces: the
   * province borders, each drawn once and exactly on the regions' edges).
   */
  readonly meshBetween?: (a: string, b: string) => boolean;
}

export interface ProjectedRegion {
  readonly code: string;
  /** SVG path data; a region too small to draw gets a small diamond at its centre, so it stays visible and clickable. */
  readonly d: string;
  /** True when `d` is that diamond rather than the outline. */
  readonly marker: boolean;
}

export interface ProjectedMap {
  readonly width: number;
  readonly height: number;
  /** Sorted by code. */
  readonly regions: readonly ProjectedRegion[];
  /** Open polylines of the borders chosen by `meshBetween`; "" without it. */
  readonly mesh: string;
}

type Pt = readonly [number, number];

function bboxOf(topo: Topo, geometries: readonly TopoGeometry[]): [number, number, number, number] {
  const b: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  const seen = new Set<number>();
  for (const g of geometries)
    for (const poly of polygonsOf(g))
      for (const ring of poly)
        for (const a of ring) {
          const i = a < 0 ? ~a : a;
          if (seen.has(i)) continue;
          seen.add(i);
          for (const [x, y] of decodeArc(topo, i)) {
            if (x < b[0]) b[0] = x;
            if (y < b[1]) b[1] = y;
            if (x > b[2]) b[2] = x;
            if (y > b[3]) b[3] = y;
          }
        }
  return b;
}

/** Rounds every vertex to the grid and drops those within `tolerance` of the last kept; both ends stay. */
function simplify(points: readonly Pt[], tolerance: number): Pt[] {
  const out: Pt[] = [];
  const last = points.length - 1;
  points.forEach(([x, y], i) => {
    const p: Pt = [Math.round(x), Math.round(y)];
    const prev = out[out.length - 1];
    if (!prev) return void out.push(p);
    const dist = Math.hypot(p[0] - prev[0], p[1] - prev[1]);
    if (i === last ? dist > 0 : dist >= tolerance) out.push(p);
    else if (i === last) out[out.length - 1] = p; // the end is shared with the next arc: keep it exactly
  });
  return out;
}

/** Relative path data for one closed ring: "M12 34l3-1 0 2z". Minus signs double as separators. */
function ringPath(ring: readonly Pt[]): string {
  return ring.length ? `${linePath(ring)}z` : "";
}

/** Relative path data for an open line: "M12 34l3-1 0 2". */
function linePath(ring: readonly Pt[]): string {
  const [first] = ring;
  if (!first) return "";
  let s = `M${first[0]} ${first[1]}l`;
  for (let i = 1; i < ring.length; i++) {
    const dx = ring[i]![0] - ring[i - 1]![0];
    const dy = ring[i]![1] - ring[i - 1]![1];
    s += `${i > 1 && dx >= 0 ? " " : ""}${dx}${dy >= 0 ? " " : ""}${dy}`;
  }
  return s;
}

function distinct(ring: readonly Pt[]): number {
  return new Set(ring.map(([x, y]) => `${x},${y}`)).size;
}

/** Projects the geometries of one level, fitted to the drawing. */
export function projectTopology(topo: Topo, o: ProjectOptions): ProjectedMap {
  const pad = o.pad ?? 4;
  const tolerance = o.tolerance ?? 1;
  const geometries = topo.objects[o.level].geometries.filter((g) => !o.filter || o.filter(g.properties.code));
  if (geometries.length === 0) return { width: o.width, height: 0, regions: [], mesh: "" };
  const [x0, y0, x1, y1] = bboxOf(topo, geometries);
  const corners = {
    type: "MultiPoint" as const,
    coordinates: [
      [x0, y0],
      [x1, y1],
    ],
  };
  const projection = geoMercator().fitWidth(o.width - 2 * pad, corners);
  const ext = (p = projection) => [p([x0, y1])!, p([x1, y0])!] as const;
  let [tl, br] = ext();
  if (o.maxHeight !== undefined && br[1] - tl[1] > o.maxHeight - 2 * pad) {
    projection.fitHeight(o.maxHeight - 2 * pad, corners);
    [tl, br] = ext();
  }
  const t = projection.translate();
  projection.translate([t[0] + pad - tl[0], t[1] + pad - tl[1]]);
  const width = Math.ceil(br[0] - tl[0] + 2 * pad);
  const height = Math.ceil(br[1] - tl[1] + 2 * pad);

  const arcs = new Map<number, Pt[]>();
  const arcOf = (a: number): Pt[] => {
    const i = a < 0 ? ~a : a;
    let pts = arcs.get(i);
    if (!pts) {
      pts = simplify(
        decodeArc(topo, i).map((p) => projection(p)!),
        tolerance,
      );
      arcs.set(i, pts);
    }
    return a < 0 ? [...pts].reverse() : pts;
  };

  const regions = geometries.map((g): ProjectedRegion => {
    let d = "";
    let cx = 0;
    let cy = 0;
    let n = 0;
    for (const poly of polygonsOf(g))
      for (const ringArcs of poly) {
        const ring: Pt[] = [];
        for (const a of ringArcs) ring.push(...arcOf(a).slice(ring.length ? 1 : 0));
        for (const [x, y] of ring) {
          cx += x;
          cy += y;
          n++;
        }
        if (distinct(ring) >= 3) d += ringPath(ring);
      }
    if (d) return { code: g.properties.code, d, marker: false };
    const [x, y] = [Math.round(cx / Math.max(n, 1)), Math.round(cy / Math.max(n, 1))];
    return { code: g.properties.code, d: `M${x} ${y - 3}l3 3-3 3-3-3z`, marker: true };
  });
  regions.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return { width, height, regions, mesh: o.meshBetween ? meshPath(geometries, o.meshBetween, arcOf) : "" };
}

/** The arcs shared by two geometries that `between` accepts, as one path. */
function meshPath(
  geometries: readonly TopoGeometry[],
  between: (a: string, b: string) => boolean,
  arcOf: (a: number) => Pt[],
): string {
  const users = new Map<number, string[]>();
  for (const g of geometries)
    for (const poly of polygonsOf(g))
      for (const ring of poly)
        for (const a of ring) {
          const i = a < 0 ? ~a : a;
          const list = users.get(i) ?? [];
          if (!list.includes(g.properties.code)) list.push(g.properties.code);
          users.set(i, list);
        }
  let d = "";
  for (const [i, codes] of [...users].sort(([a], [b]) => a - b)) {
    const [a, b] = codes;
    if (codes.length === 2 && a !== undefined && b !== undefined && between(a, b)) {
      const line = arcOf(i);
      if (line.length >= 2) d += linePath(line);
    }
  }
  return d;
}
