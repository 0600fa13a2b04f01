import { describe, expect, it } from "vitest";
import { find } from "../../../src/client/map/search.ts";

describe("map search", () => {
  const regions = [
    { code: "81", name: "Provinsi Maluku", slug: null, level: "provinsi" as const, index: 0 },
    { code: "32.73", name: "Kota Bandung", slug: null, level: "kabkota" as const, index: 1 },
    { code: "32.04", name: "Kabupaten Bandung", slug: null, level: "kabkota" as const, index: 2 },
  ];
  it("prefers an exact name, else the first whose words start with the query's", () => {
    expect(find(regions, "Kabupaten Bandung")?.code).toBe("32.04");
    expect(find(regions, "band")?.code).toBe("32.73");
    expect(find(regions, "maluku")?.code).toBe("81");
    expect(find(regions, "zzz")).toBeUndefined();
    expect(find(regions, "  ")).toBeUndefined();
  });
});
