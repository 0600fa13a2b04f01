/**
 * Build-time reading of the boundaries `npm run geo` left in public/geo/.
 * With src/pagedata/data.ts (the data product's loader) the only modules under
 * src/ that touch the file system, so components and src/lib/map stay pure;
 * read once per build. MAP_GEO_DIR points it elsewhere (used to build the site
 * without boundaries in a test, without touching the shared public/geo).
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { once } from "./cache.ts";
import { GEO_STATUS_FILE, GEO_TOPOLOGY_FILE } from "../lib/schema/geo.ts";
import { geoState, type GeoState } from "../lib/map/geoState.ts";

const DIR = process.env["MAP_GEO_DIR"] ?? join(process.cwd(), "public", "geo");

function readJson(name: string): unknown {
  const file = join(DIR, name);
  return existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : undefined;
}

/** The boundaries, read once per build. */
export const geoData = once((): GeoState => {
  let status: unknown;
  try {
    status = readJson(GEO_STATUS_FILE);
  } catch (e) {
    return {
      available: false,
      reason: `public/geo/${GEO_STATUS_FILE} tidak terbaca: ${e instanceof Error ? e.message : String(e)}`,
    };
  }
  return geoState(status, () => readJson(GEO_TOPOLOGY_FILE));
});
