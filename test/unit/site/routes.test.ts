import { describe, expect, it } from "vitest";
import {
  allPages,
  inEditions,
  inLang,
  parsePath,
  pathOf,
  permalinkOf,
  type Page,
} from "../../../src/lib/site/routes.ts";

const site = { years: [2022, 2023, 2024], slugs: ["kota-bandung", "provinsi-jawa-barat"], provinces: ["32"] };

describe("routes", () => {
  it("puts the latest year at the root and each year under /<year>/, English under /en/", () => {
    expect(pathOf({ kind: "beranda", lang: "id", edition: "terbaru" })).toBe("/");
    expect(pathOf({ kind: "peringkat", lang: "id", edition: 2023 })).toBe("/2023/peringkat/");
    expect(pathOf({ kind: "instansi", lang: "en", edition: 2023, key: "kota-bandung" })).toBe(
      "/en/2023/instansi/kota-bandung/",
    );
    expect(pathOf({ kind: "provinsi", lang: "en", edition: "terbaru", key: "32" })).toBe("/en/provinsi/32/");
  });

  it("lists every page of every kind once per language and edition", () => {
    const pages = allPages(site);
    const perEdition = 7 + site.slugs.length + site.provinces.length; // 7 kinds without a key
    expect(pages).toHaveLength(2 * 4 * perEdition);
    const paths = pages.map(pathOf);
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths).toContain("/2022/instansi/provinsi-jawa-barat/");
    expect(paths).toContain("/en/2023/angka-terbitan/");
    expect(pages.filter((p) => p.edition === "terbaru").every((p) => p.year === 2024)).toBe(true);
  });

  it("links a page to itself in the other language and the other years, and pins permalinks", () => {
    const page: Page = { kind: "instansi", lang: "id", edition: "terbaru", year: 2024, key: "kota-bandung" };
    expect(pathOf(inLang(page, "en"))).toBe("/en/instansi/kota-bandung/");
    expect(inEditions(page, site.years).map(pathOf)).toEqual([
      "/instansi/kota-bandung/",
      "/2024/instansi/kota-bandung/",
      "/2023/instansi/kota-bandung/",
      "/2022/instansi/kota-bandung/",
    ]);
    expect(permalinkOf(page)).toBe("/2024/instansi/kota-bandung/");
  });

  it("parses its own paths back, and refuses others", () => {
    for (const p of allPages(site)) {
      const { year: _year, ...rest } = p;
      expect(parsePath(pathOf(p))).toEqual(rest);
    }
    expect(parsePath("/instansi/")).toBeUndefined();
    expect(parsePath("/peringkat/x/")).toBeUndefined();
    expect(parsePath("/tidak-ada/")).toBeUndefined();
  });

  it("has no pages when there is no data", () => {
    expect(allPages({ years: [], slugs: [], provinces: [] })).toEqual([]);
  });
});
