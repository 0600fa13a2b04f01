import { readFile, readdir } from "node:fs/promises";
import { gzipSync } from "node:zlib";
import { geoArea } from "d3";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { beforeAll, describe, expect, it } from "vitest";
import { buildGeo, type GeoBuild } from "../../../scripts/geo/run.ts";
import { readSqlSource } from "../../../scripts/geo/readSource.ts";
import { PINNED_NOTES, PINNED_NOTES_EN, UPSTREAM } from "../../../scripts/geo/pinned.ts";
import { loadMaster, PROJECT_DATA } from "../../../scripts/lib/sources.ts";
import { masterCodes } from "../../../src/lib/geo/join.ts";
import { pathToMultiPolygon, readPath } from "../../../src/lib/geo/rings.ts";
import { parseSqlRows } from "../../../src/lib/geo/sqlRows.ts";
import { topologyProblems } from "../../../src/lib/geo/topology.ts";
import { GEO_GZIP_BUDGET, GeoStatus } from "../../../src/lib/schema/geo.ts";
import { HAS_SOURCE, ON_CI, SHARED_GEO, SKIP_NOTE, SOURCE_DIR } from "./realSource.ts";

if (!HAS_SOURCE && !ON_CI) console.warn(`test/unit/geo/conversion.test.ts ${SKIP_NOTE}`);

describe.runIf(!HAS_SOURCE && ON_CI)("boundary source on CI", () => {
  it("is required (CI=true)", () => {
    throw new Error(`CI=true but the boundary source is missing at ${SOURCE_DIR}: the geometry checks cannot run`);
  });
});

type Props = { code: string; name: string };
const features = (topo: Topology, name: string) =>
  (feature(topo, topo.objects[name]!) as FeatureCollection<Geometry, Props>).features;
const areas = (fs: Feature<Geometry, Props>[]) => new Map(fs.map((f) => [f.properties.code, geoArea(f)]));

describe.skipIf(!HAS_SOURCE)(
  `the real source: cahyadsn/wilayah_boundaries${HAS_SOURCE ? "" : ` (${SKIP_NOTE})`}`,
  () => {
    let first: GeoBuild;
    let second: GeoBuild;
    let topo: Topology;
    let master: { kabkota: string[]; provinsi: string[] };

    // The whole conversion takes about 3 s, so it runs twice: once to check, once for determinism. Under coverage
    // (npm run test:unit) mapshaper runs about twice as slowly, and a busy machine slows it further: a wide margin.
    beforeAll(async () => {
      master = masterCodes((await loadMaster(PROJECT_DATA)).list);
      const found = {
        kind: "shared",
        path: SOURCE_DIR,
        location: "../shared/geo/cahyadsn-wilayah_boundaries",
        isFile: false,
      } as const;
      first = await buildGeo(found, await readSqlSource(SOURCE_DIR), { master, attribution: null });
      second = await buildGeo(found, await readSqlSource(SOURCE_DIR), { master, attribution: null });
      topo = JSON.parse(first.topology) as Topology;
    }, 180_000);

    it("parses every SQL row: 514 kab/kota and 38 provinces, none unreadable", async () => {
      for (const [level, count] of [
        ["kab", 514],
        ["prov", 38],
      ] as const) {
        const dir = `${SOURCE_DIR}/db/${level}`;
        let rows = 0;
        for (const name of await readdir(dir)) {
          const parsed = parseSqlRows(await readFile(`${dir}/${name}`, "utf8"));
          expect(parsed.unreadable, name).toEqual([]);
          rows += parsed.rows.length;
        }
        expect(rows).toBe(count);
      }
      expect(first.warnings).toEqual([]);
    });

    it("has 514 kab/kota and 38 provinces, codes equal to the region master", () => {
      expect(master.kabkota).toHaveLength(514);
      expect(master.provinsi).toHaveLength(38);
      expect(features(topo, "kabkota").map((f) => f.properties.code)).toEqual(master.kabkota);
      expect(features(topo, "provinsi").map((f) => f.properties.code)).toEqual(master.provinsi);
    });

    it("has no null or empty geometry and exactly {code, name} on every feature", () => {
      expect(topologyProblems(topo)).toEqual([]);
      for (const name of ["kabkota", "provinsi"]) {
        for (const f of features(topo, name)) {
          expect(f.geometry, f.properties.code).not.toBeNull();
          expect(Object.keys(f.properties)).toEqual(["code", "name"]);
          expect(geoArea(f), f.properties.code).toBeGreaterThan(0);
          expect(geoArea(f), `${f.properties.code} is wound inside out`).toBeLessThan(0.01);
        }
      }
    });

    it("keeps the source's own names (display names come from the master by code)", () => {
      const name = (layer: string, code: string) =>
        features(topo, layer).find((f) => f.properties.code === code)?.properties.name;
      expect(name("kabkota", "32.73")).toBe("Kota Bandung");
      expect(name("kabkota", "71.09")).toBe("Kabupaten Kep. Siau Tagulandang Biaro");
      expect(name("provinsi", "96")).toBe("Papua Barat Daya");
    });

    it("records a clean code-join report and the verified pinned source in status.json", () => {
      const status = GeoStatus.parse(first.status);
      expect(status).toMatchObject({
        available: true,
        source: { kind: "shared", commit: UPSTREAM.commit, verified: true },
        attribution: "Batas wilayah: cahyadsn/wilayah_boundaries (MIT)",
        features: { kabkota: 514, provinsi: 38 },
        join: {
          kabkota: { matched: 514, missing_from_geometry: [], not_in_master: [] },
          provinsi: { matched: 38, missing_from_geometry: [], not_in_master: [] },
          unusable_codes: [],
          duplicate_codes: [],
        },
        notes: PINNED_NOTES,
        notes_en: PINNED_NOTES_EN,
      });
      // The English notes go one for one with the Indonesian ones (the English map page shows them instead).
      expect(PINNED_NOTES_EN).toHaveLength(PINNED_NOTES.length);
      expect(PINNED_NOTES_EN.every((en, i) => en !== PINNED_NOTES[i])).toBe(true);
    });

    it(`stays within the gzip budget (${GEO_GZIP_BUDGET} B for both layers)`, () => {
      const gz = gzipSync(first.topology, { level: 9 }).length;
      expect(first.status.bytes).toEqual({
        raw: Buffer.byteLength(first.topology),
        gzip: gz,
        gzip_budget: GEO_GZIP_BUDGET,
      });
      expect(gz).toBeLessThanOrEqual(GEO_GZIP_BUDGET);
    });

    it("gives byte-identical output for the same source", () => {
      expect(second.topology).toBe(first.topology);
      expect(JSON.stringify(second.status)).toBe(JSON.stringify(first.status));
    });

    it("builds the provinces from the kab/kota arcs (one topology, shared borders)", () => {
      const used = (name: string) => {
        const ids = new Set<number>();
        const walk = (a: unknown): void => {
          if (typeof a === "number") ids.add(a < 0 ? ~a : a);
          else if (Array.isArray(a)) a.forEach(walk);
        };
        for (const g of (topo.objects[name] as GeometryCollection).geometries) walk((g as { arcs?: unknown }).arcs);
        return ids;
      };
      const kab = used("kabkota");
      expect([...used("provinsi")].every((i) => kab.has(i))).toBe(true);
    });

    it("dissolves each province from exactly its kab/kota (the 2022 Papua split comes out right)", () => {
      const kab = areas(features(topo, "kabkota"));
      for (const [code, area] of areas(features(topo, "provinsi"))) {
        const sum = [...kab].filter(([k]) => k.startsWith(`${code}.`)).reduce((s, [, a]) => s + a, 0);
        expect(Math.abs(area - sum) / sum, code).toBeLessThan(0.001);
      }
    });

    it("matches the researcher's reference files (../shared/geo/*.topo.json) region by region", async () => {
      for (const layer of ["kabkota", "provinsi"]) {
        const ref = JSON.parse(await readFile(`${SHARED_GEO}/${layer}.topo.json`, "utf8")) as Topology;
        const want = areas(features(ref, layer));
        const got = areas(features(topo, layer));
        expect([...got.keys()]).toEqual([...want.keys()].sort());
        for (const [code, area] of want)
          expect(Math.abs(got.get(code)! - area) / area, `${layer} ${code}`).toBeLessThan(0.02);
      }
    });

    it("keeps the islands the source filed as holes (96.01 Sorong, 91.06 Biak Numfor)", async () => {
      const row = async (code: string) => {
        const sql = await readFile(`${SOURCE_DIR}/db/kab/wilayah_boundaries_kab_${code.slice(0, 2)}.sql`, "utf8");
        return JSON.parse(parseSqlRows(sql).rows.find((r) => r.kode === code)!.path) as unknown;
      };
      const rings = (polys: unknown[][]) => polys.reduce((n, p) => n + p.length, 0);
      // As stored: 5 polygons holding 102 rings (Sorong), 90 holding 91 (Biak).
      for (const [code, stored, islands] of [
        ["96.01", 5, 102],
        ["91.06", 90, 91],
      ] as const) {
        const raw = readPath(await row(code), true, code);
        expect([raw.length, rings(raw)], code).toEqual([stored, islands]);
        const repaired = pathToMultiPolygon(await row(code), code);
        expect([repaired.length, rings(repaired)], code).toEqual([islands, islands]);
      }
      const sorong = features(topo, "kabkota").find((f) => f.properties.code === "96.01")!.geometry;
      expect(sorong.type === "MultiPolygon" && sorong.coordinates.length).toBeGreaterThan(10);
    });
  },
);
