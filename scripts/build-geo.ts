/**
 * npm run geo -- [--out public/geo] [--offline]
 *                [--source <file.geojson|file.topojson|dir> [--code-property code] [--name-property name] [--object name] [--attribution "…"]]
 * Builds public/geo/wilayah.topo.json (kab/kota and provinces sharing arcs)
 * and public/geo/status.json from the boundary source; see src/lib/geo/README.md.
 * With no source it writes a status saying so and exits 0, or 1 when CI=true.
 */
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { masterCodes } from "../src/lib/geo/join.ts";
import { downloadToCache } from "./geo/download.ts";
import { runGeo } from "./geo/run.ts";
import { loadMaster, PROJECT_DATA } from "./lib/sources.ts";

const ROOT = fileURLToPath(new URL("../", import.meta.url)).replace(/\/$/, "");

const { values } = parseArgs({
  options: {
    out: { type: "string", default: "public/geo" },
    source: { type: "string" },
    "code-property": { type: "string", default: "code" },
    "name-property": { type: "string" },
    object: { type: "string" },
    attribution: { type: "string" },
    offline: { type: "boolean", default: false },
  },
});

const started = performance.now();
try {
  const master = masterCodes((await loadMaster(PROJECT_DATA)).list);
  const code = await runGeo({
    root: ROOT,
    out: values.out.replace(/\/$/, ""),
    source: values.source,
    boundariesDir: process.env["BOUNDARIES_DIR"] || undefined,
    sharedDir: `${ROOT}/../shared/geo/cahyadsn-wilayah_boundaries`,
    cacheDir: `${ROOT}/data/.cache`,
    offline: values.offline,
    download: (cacheDir) => downloadToCache(cacheDir),
    codeProperty: values["code-property"],
    nameProperty: values["name-property"] ?? null,
    object: values.object ?? null,
    attribution: values.attribution ?? null,
    master,
    ci: process.env["CI"] === "true",
    log: (m) => console.log(m),
    warn: (m) => console.warn(m),
  });
  console.log(`Selesai dalam ${((performance.now() - started) / 1000).toFixed(1)} s`);
  process.exit(code);
} catch (e) {
  console.error(`GALAT: ${(e as Error).message}`);
  process.exit(1);
}
