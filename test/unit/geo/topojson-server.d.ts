// topojson-server has no bundled types; the run test uses it to write a TopoJSON fixture.
declare module "topojson-server" {
  import type { GeoJsonObject } from "geojson";
  import type { Topology } from "topojson-specification";
  export function topology(objects: Record<string, GeoJsonObject>, quantization?: number): Topology;
}
