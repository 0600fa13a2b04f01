import { describe, expect, it } from "vitest";
import { buildYearTable, lookupYear } from "../../../src/lib/map/yearTable.ts";
import { geoState } from "../../../src/lib/map/geoState.ts";
import { find } from "../../../src/scripts/map/search.ts";

describe("year table", () => {
  const t = buildYearTable(["32", "32.73"], [
    { year: 2024, results: new Map([["32", { ipp: 4.125, predikat: "A-" }]]) },
    { year: 2023, results: new Map([["32", { ipp: 3.5, predikat: "B-" }], ["32.73", { ipp: 4.6, predikat: "A" }]]) },
  ]);

  it("packs each year as predikat indexes and IPP × 100, -1 for not evaluated", () => {
    expect(t.p["2024"]).toEqual([1, -1]);
    expect(t.i["2024"]).toEqual([413, -1]);
    expect(JSON.parse(JSON.stringify(t))).toEqual(t);
  });

  it("reads back a region's figures in any year", () => {
    expect(lookupYear(t, 2023, 1)).toEqual({ predikat: "A", ipp: 4.6 });
    expect(lookupYear(t, 2024, 1)).toEqual({ predikat: null, ipp: null });
    expect(lookupYear(t, 1999, 0)).toEqual({ predikat: null, ipp: null });
  });
});

describe("geoState", () => {
  const available = {
    version: 1, available: true, file: "wilayah.topo.json",
    source: { kind: "shared", location: "x", commit: null, verified: false },
    attribution: "Batas wilayah: uji", features: { kabkota: 0, provinsi: 0 }, bytes: { raw: 1, gzip: 1, gzip_budget: 2 },
    join: { kabkota: { matched: 0, missing_from_geometry: [], not_in_master: [] }, provinsi: { matched: 0, missing_from_geometry: [], not_in_master: [] }, unusable_codes: [], duplicate_codes: [] },
    notes: [],
  };
  const topo = { type: "Topology", transform: { scale: [1, 1], translate: [0, 0] }, arcs: [], objects: { kabkota: { type: "GeometryCollection", geometries: [] }, provinsi: { type: "GeometryCollection", geometries: [] } } };

  it("is unavailable, with a reason, when status.json is missing, invalid, says so, or the TopoJSON is missing or broken", () => {
    expect(geoState(undefined, () => topo)).toMatchObject({ available: false, reason: expect.stringContaining("status.json") });
    expect(geoState({ version: 1 }, () => topo).available).toBe(false);
    expect(geoState({ version: 1, available: false, reason: "tidak ada sumber", tried: [] }, () => topo)).toEqual({ available: false, reason: "tidak ada sumber" });
    expect(geoState(available, () => undefined)).toMatchObject({ available: false, reason: expect.stringContaining("wilayah.topo.json") });
    expect(geoState(available, () => ({ type: "Topology" }))).toMatchObject({ available: false });
  });

  it("is available with the status and topology otherwise", () => {
    const s = geoState(available, () => topo);
    expect(s.available && s.status.attribution).toBe("Batas wilayah: uji");
  });
});

describe("map search", () => {
  const regions = [
    { code: "81", name: "Provinsi Maluku", href: null, level: "provinsi" as const, index: 0 },
    { code: "32.73", name: "Kota Bandung", href: null, level: "kabkota" as const, index: 1 },
    { code: "32.04", name: "Kabupaten Bandung", href: null, level: "kabkota" as const, index: 2 },
  ];
  it("prefers an exact name, else the first whose words start with the query's", () => {
    expect(find(regions, "Kabupaten Bandung")?.code).toBe("32.04");
    expect(find(regions, "band")?.code).toBe("32.73");
    expect(find(regions, "maluku")?.code).toBe("81");
    expect(find(regions, "zzz")).toBeUndefined();
    expect(find(regions, "  ")).toBeUndefined();
  });
});
