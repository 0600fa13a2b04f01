import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { topology } from "topojson-server";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runGeo, type GeoRunOptions } from "../../../scripts/geo/run.ts";
import { CACHE_NAME, UPSTREAM } from "../../../scripts/geo/pinned.ts";
import { GeoStatus } from "../../../src/lib/schema/geo.ts";

let tmp: string;
let logs: string[];
beforeEach(async () => {
  tmp = await mkdtemp(`${tmpdir()}/geo-run-`);
  logs = [];
});
afterEach(async () => {
  await rm(tmp, { recursive: true, force: true });
});

function options(over: Partial<GeoRunOptions> = {}): GeoRunOptions {
  return {
    root: tmp,
    out: `${tmp}/public/geo`,
    source: undefined,
    boundariesDir: undefined,
    sharedDir: `${tmp}/shared/geo/cahyadsn-wilayah_boundaries`,
    cacheDir: `${tmp}/data/.cache`,
    offline: false,
    download: async () => {
      throw new Error("fetch failed");
    },
    codeProperty: "code",
    nameProperty: null,
    object: null,
    attribution: null,
    master: { kabkota: ["32.01", "32.04", "32.73"], provinsi: ["32", "33"] },
    ci: false,
    log: (m) => logs.push(m),
    warn: (m) => logs.push(m),
    ...over,
  };
}

const readStatus = async () => GeoStatus.parse(JSON.parse(await readFile(`${tmp}/public/geo/status.json`, "utf8")));

describe("no boundary source", () => {
  it("writes status.json saying so, removes an old map, and exits 0", async () => {
    await mkdir(`${tmp}/public/geo`, { recursive: true });
    await writeFile(`${tmp}/public/geo/wilayah.topo.json`, "{}");
    expect(await runGeo(options())).toBe(0);
    const status = await readStatus();
    expect(status.available).toBe(false);
    if (status.available) return;
    expect(status.reason).toMatch(/tidak tersedia/);
    expect(status.tried.map((t) => [t.kind, t.location, t.result])).toEqual([
      ["shared", "shared/geo/cahyadsn-wilayah_boundaries", "tidak ada"],
      ["cache", `data/.cache/${CACHE_NAME}`, "tidak ada"],
      [
        "download",
        `https://codeload.github.com/cahyadsn/wilayah_boundaries/tar.gz/${UPSTREAM.commit}`,
        "gagal: fetch failed",
      ],
    ]);
    await expect(readFile(`${tmp}/public/geo/wilayah.topo.json`)).rejects.toThrow(/ENOENT/);
    expect(logs.join("\n")).toMatch(/PERINGATAN: batas wilayah tidak tersedia/);
  });

  it("fails with CI=true, after writing the same status", async () => {
    expect(await runGeo(options({ ci: true }))).toBe(1);
    expect((await readStatus()).available).toBe(false);
    expect(logs.join("\n")).toMatch(/GALAT: batas wilayah tidak tersedia dan CI=true/);
  });

  it("skips the download with --offline", async () => {
    let called = false;
    const download = async () => {
      called = true;
      return "";
    };
    expect(await runGeo(options({ offline: true, download }))).toBe(0);
    expect(called).toBe(false);
    const status = await readStatus();
    expect(!status.available && status.tried.at(-1)?.result).toBe("dilewati (--offline)");
  });

  it("ignores a cache whose files do not match the pinned SHA-256", async () => {
    await mkdir(`${tmp}/data/.cache/${CACHE_NAME}/db/kab`, { recursive: true });
    await writeFile(`${tmp}/data/.cache/${CACHE_NAME}/db/kab/wilayah_boundaries_kab_11.sql`, "tampered");
    expect(await runGeo(options())).toBe(0);
    const status = await readStatus();
    expect(!status.available && status.tried[1]?.result).toMatch(/^diabaikan: .*berkas tidak ada.*berbeda SHA-256/);
  });

  it("treats a wrong BOUNDARIES_DIR or --source as an error, not as a reason to look elsewhere", async () => {
    await expect(runGeo(options({ boundariesDir: "nowhere" }))).rejects.toThrow(/BOUNDARIES_DIR=nowhere/);
    await expect(runGeo(options({ source: "nowhere.geojson" }))).rejects.toThrow(
      /--source nowhere.geojson: tidak ditemukan/,
    );
  });
});

describe("another source: GeoJSON or TopoJSON with a code property", () => {
  const square = (x: number, y: number) => ({
    type: "Polygon" as const,
    coordinates: [
      [
        [x, y],
        [x + 0.5, y],
        [x + 0.5, y + 0.5],
        [x, y + 0.5],
        [x, y],
      ],
    ],
  });
  const geojson = {
    type: "FeatureCollection" as const,
    features: [
      { type: "Feature" as const, properties: { KODE: "3273", NAMA: "KOTA BANDUNG" }, geometry: square(107, -7) },
      { type: "Feature" as const, properties: { KODE: 3204, NAMA: "BANDUNG" }, geometry: square(107.5, -7) },
      { type: "Feature" as const, properties: { KODE: "32.04", NAMA: "BANDUNG" }, geometry: square(108, -7) },
      { type: "Feature" as const, properties: { KODE: "3399", NAMA: "X" }, geometry: square(110, -7) },
      { type: "Feature" as const, properties: { KODE: "kec-1" }, geometry: square(111, -7) },
    ],
  };

  it("normalises the codes and reports those that did not match the master", async () => {
    await writeFile(`${tmp}/big.geojson`, JSON.stringify(geojson));
    const code = await runGeo(
      options({ source: "big.geojson", codeProperty: "KODE", nameProperty: "NAMA", attribution: "Batas wilayah: BIG" }),
    );
    expect(code).toBe(0);
    const status = await readStatus();
    if (!status.available) throw new Error("expected a map");
    expect(status.source).toEqual({ kind: "custom", location: "big.geojson", commit: null, verified: false });
    expect(status.attribution).toBe("Batas wilayah: BIG");
    expect(status.features).toEqual({ kabkota: 3, provinsi: 2 });
    expect(status.join).toEqual({
      kabkota: { matched: 2, missing_from_geometry: ["32.01"], not_in_master: ["33.99"] },
      provinsi: { matched: 2, missing_from_geometry: [], not_in_master: [] },
      unusable_codes: ["kec-1"],
      duplicate_codes: ["32.04"],
    });
    expect(status.notes).toEqual([]);
    const topo = JSON.parse(await readFile(`${tmp}/public/geo/wilayah.topo.json`, "utf8"));
    expect(topo.objects.kabkota.geometries.map((g: { properties: unknown }) => g.properties)).toEqual([
      { code: "32.04", name: "BANDUNG" },
      { code: "32.73", name: "KOTA BANDUNG" },
      { code: "33.99", name: "X" },
    ]);
    expect(topo.objects.provinsi.geometries.map((g: { properties: unknown }) => g.properties)).toEqual([
      { code: "32", name: "32" },
      { code: "33", name: "33" },
    ]);
    expect(logs.join("\n")).toMatch(/kabkota tanpa geometri: 32.01/);
  });

  it("reads TopoJSON the same way, and asks which object when there are several", async () => {
    await writeFile(`${tmp}/one.topo.json`, JSON.stringify(topology({ kab: geojson })));
    expect(await runGeo(options({ source: "one.topo.json", codeProperty: "KODE" }))).toBe(0);
    const status = await readStatus();
    expect(status.available && status.join.kabkota.matched).toBe(2);
    expect(status.available && status.attribution).toBe("Batas wilayah: one.topo.json");

    await writeFile(`${tmp}/two.topo.json`, JSON.stringify(topology({ a: geojson, b: geojson })));
    await expect(runGeo(options({ source: "two.topo.json", codeProperty: "KODE" }))).rejects.toThrow(
      /--object \(a, b\)/,
    );
    expect(await runGeo(options({ source: "two.topo.json", codeProperty: "KODE", object: "b" }))).toBe(0);
  });

  it("says which property to use when the code property is absent", async () => {
    await writeFile(`${tmp}/big.geojson`, JSON.stringify(geojson));
    await expect(runGeo(options({ source: "big.geojson" }))).rejects.toThrow(/properti "code".*--code-property/);
  });
});
