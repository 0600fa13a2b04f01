import mapshaper from "mapshaper";
import type { FeatureCollection } from "geojson";

/**
 * mapshaper steps, after the research recipe (geodata.md §5) but ending in one
 * topology, so the province borders reuse the kab/kota arcs:
 * - clean: close river-mouth cracks narrower than 1 km and give each overlap
 *   to the smaller polygon (the Kab. Sorong polygon still covers the districts
 *   Tambrauw and Maybrat received in 2013; the smaller polygons are right);
 * - simplify: small regions (< 500 km², mostly kota) keep 60% of their
 *   vertices, the rest 18%, weighted so shapes stay recognisable, and no
 *   region may vanish (keep-shapes);
 * - dissolve the kab/kota on the first two digits of the code into provinces,
 *   which gives the 38 provinces of the 2022 Papua split;
 * - write TopoJSON quantised to 1e5 steps across the bounding box (~50 m).
 */
export const MAPSHAPER_COMMANDS = [
  "-i kabkota.json name=kabkota",
  "-clean close-outer-gaps gap-width=1km overlap-rule=min-area",
  "-filter-fields code,name",
  "-simplify variable percentage='this.area < 5e8 ? 0.6 : 0.18' weighted keep-shapes",
  "-each 'prov=code.slice(0,2)'",
  "-dissolve prov + name=provinsi",
  "-rename-fields code=prov target=provinsi",
  "-filter-fields code,name target=kabkota",
  "-o wilayah.topo.json format=topojson quantization=100000 target=kabkota,provinsi",
].join(" ");

/** Runs the steps above in memory; returns mapshaper's TopoJSON text (to be finalised). */
export async function toTopology(kabkota: FeatureCollection): Promise<string> {
  const out = await mapshaper.applyCommands(MAPSHAPER_COMMANDS, { "kabkota.json": kabkota });
  const file = out["wilayah.topo.json"];
  if (file === undefined) throw new Error("mapshaper tidak menghasilkan wilayah.topo.json");
  return typeof file === "string" ? file : new TextDecoder().decode(file);
}
