import { describe, expect, it } from "vitest";
import { geoState } from "../../../src/lib/map/geoState.ts";

describe("geoState", () => {
  const available = {
    version: 1,
    available: true,
    file: "wilayah.topo.json",
    source: { kind: "shared", location: "x", commit: null, verified: false },
    attribution: "Batas wilayah: uji",
    features: { kabkota: 0, provinsi: 0 },
    bytes: { raw: 1, gzip: 1, gzip_budget: 2 },
    join: {
      kabkota: { matched: 0, missing_from_geometry: [], not_in_master: [] },
      provinsi: { matched: 0, missing_from_geometry: [], not_in_master: [] },
      unusable_codes: [],
      duplicate_codes: [],
    },
    notes: [],
  };
  const topo = {
    type: "Topology",
    transform: { scale: [1, 1], translate: [0, 0] },
    arcs: [],
    objects: {
      kabkota: { type: "GeometryCollection", geometries: [] },
      provinsi: { type: "GeometryCollection", geometries: [] },
    },
  };

  it("is unavailable, with a reason, when status.json is missing, invalid, says so, or the TopoJSON is missing or broken", () => {
    expect(geoState(undefined, () => topo)).toMatchObject({
      available: false,
      reason: expect.stringContaining("status.json"),
    });
    expect(geoState({ version: 1 }, () => topo).available).toBe(false);
    expect(geoState({ version: 1, available: false, reason: "tidak ada sumber", tried: [] }, () => topo)).toEqual({
      available: false,
      reason: "tidak ada sumber",
    });
    expect(geoState(available, () => undefined)).toMatchObject({
      available: false,
      reason: expect.stringContaining("wilayah.topo.json"),
    });
    expect(geoState(available, () => ({ type: "Topology" }))).toMatchObject({ available: false });
    expect(
      geoState(available, () => {
        throw "disk penuh"; // not an Error: still reported, as text
      }),
    ).toEqual({ available: false, reason: "public/geo/wilayah.topo.json tidak terbaca: disk penuh" });
  });

  it("is available with the status and topology otherwise", () => {
    const s = geoState(available, () => topo);
    expect(s.available && s.status.attribution).toBe("Batas wilayah: uji");
  });
});
