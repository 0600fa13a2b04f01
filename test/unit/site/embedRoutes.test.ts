import { describe, expect, it } from "vitest";
import {
  allEmbeds,
  allPages,
  embedChartId,
  embedPathOf,
  embedRouteOf,
  instansiEmbedOf,
  parseEmbedPath,
  parsePath,
  pathOf,
  type Page,
} from "../../../src/lib/site/routes.ts";

const site = { years: [2023, 2024], slugs: ["kota-bandung"], provinces: ["32", "33"], base: "/" };

describe("embed routes", () => {
  it("pins the year in the address, English under /en/, a province view under provinsi/<kode>/", () => {
    expect(embedPathOf({ lang: "id", year: 2024, chart: "sebaran", base: "/" })).toBe("/embed/2024/sebaran/");
    expect(embedPathOf({ lang: "en", year: 2023, chart: "peta", base: "/ipp/" })).toBe("/ipp/en/embed/2023/peta/");
    expect(embedPathOf({ lang: "id", year: 2024, chart: "provinsi-view", key: "32", base: "/" })).toBe(
      "/embed/2024/provinsi/32/",
    );
    expect(embedRouteOf({ lang: "en", year: 2024, chart: "predikat-tingkat" })).toBe("en/embed/2024/predikat-tingkat");
  });

  it("lists four national embeds and one per province, per year and language, each once, never a latest edition", () => {
    const embeds = allEmbeds(site);
    expect(embeds).toHaveLength(2 * 2 * (4 + 2));
    const paths = embeds.map(embedPathOf);
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths.every((p) => /\/embed\/\d{4}\//.test(p))).toBe(true);
    // No clash with any page of the site.
    const pages = new Set(allPages(site).map(pathOf));
    expect(paths.filter((p) => pages.has(p))).toEqual([]);
  });

  it("parses its own addresses back, under a base too, and refuses others", () => {
    for (const base of ["/", "/ipp/"])
      for (const e of allEmbeds({ ...site, base })) expect(parseEmbedPath(embedPathOf(e), base)).toEqual(e);
    for (const bad of [
      "/embed/",
      "/embed/2024/",
      "/embed/24/sebaran/",
      "/embed/2024/lain/",
      "/embed/2024/sebaran/x/",
      "/2024/peta/",
    ])
      expect(parseEmbedPath(bad), bad).toBeUndefined();
    // The page parser does not take an embed for a page.
    expect(parsePath("/embed/2024/sebaran/")).toBeUndefined();
    expect(parsePath("/en/embed/2024/provinsi/32/")).toBeUndefined();
  });

  it("addresses an instansi part as its year-pinned page with #sematkan-<part>, and names chart ids", () => {
    const page: Page = { kind: "instansi", lang: "en", edition: "terbaru", year: 2024, key: "kota-bandung", base: "/" };
    expect(instansiEmbedOf(page, "aspek")).toBe("/en/2024/instansi/kota-bandung/#sematkan-aspek");
    expect(embedChartId({ chart: "sebaran" })).toBe("sebaran");
    expect(embedChartId({ chart: "provinsi-view" }, "provinsi-jawa-barat")).toBe("provinsi-jawa-barat");
  });
});
