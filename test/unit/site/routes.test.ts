import { describe, expect, it } from "vitest";
import {
  allPages,
  chartUrl,
  dataUrl,
  inEditions,
  inLang,
  linkTo,
  notFoundUrl,
  parsePath,
  pathOf,
  permalinkOf,
  routeOf,
  type Page,
} from "../../../src/lib/site/routes.ts";

const site = {
  years: [2022, 2023, 2024],
  slugs: ["kota-bandung", "provinsi-jawa-barat"],
  provinces: ["32"],
  base: "/",
};

describe("routes", () => {
  it("puts the latest year at the root and each year under /<year>/, English under /en/", () => {
    const base = "/";
    expect(pathOf({ kind: "home", lang: "id", edition: "terbaru", base })).toBe("/");
    expect(pathOf({ kind: "ranking", lang: "id", edition: 2023, base })).toBe("/2023/peringkat/");
    expect(pathOf({ kind: "instansi", lang: "en", edition: 2023, key: "kota-bandung", base })).toBe(
      "/en/2023/instansi/kota-bandung/",
    );
    expect(pathOf({ kind: "province", lang: "en", edition: "terbaru", key: "32", base })).toBe("/en/provinsi/32/");
  });

  it("lists every page of every kind once per language and edition", () => {
    const pages = allPages(site);
    const perEdition = 11 + site.slugs.length + site.provinces.length; // 11 kinds without a key
    expect(pages).toHaveLength(2 * 4 * perEdition);
    const paths = pages.map(pathOf);
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths).toContain("/2022/instansi/provinsi-jawa-barat/");
    expect(paths).toContain("/en/2023/angka-terbitan/");
    expect(paths).toContain("/2023/perubahan/");
    expect(paths).toContain("/en/perubahan/");
    expect(pages.filter((p) => p.edition === "terbaru").every((p) => p.year === 2024)).toBe(true);
  });

  it("links a page to itself in the other language and the other years, and pins permalinks", () => {
    const page: Page = { kind: "instansi", lang: "id", edition: "terbaru", year: 2024, key: "kota-bandung", base: "/" };
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

  it("gives the other evaluations two-part segments, and the awards their own", () => {
    expect(pathOf({ kind: "mpp", lang: "id", edition: "terbaru", base: "/" })).toBe("/evaluasi/mpp/");
    expect(pathOf({ kind: "rkr", lang: "en", edition: 2023, base: "/" })).toBe(
      "/en/2023/evaluasi/ramah-kelompok-rentan/",
    );
    expect(pathOf({ kind: "awards", lang: "id", edition: 2024, base: "/" })).toBe("/2024/penghargaan/");
    expect(parsePath("/en/2023/evaluasi/ramah-kelompok-rentan/")).toEqual({
      kind: "rkr",
      lang: "en",
      edition: 2023,
      base: "/",
    });
    expect(parsePath("/evaluasi/mpp/")).toEqual({ kind: "mpp", lang: "id", edition: "terbaru", base: "/" });
    expect(parsePath("/evaluasi/")).toBeUndefined();
    expect(parsePath("/evaluasi/lain/")).toBeUndefined();
    expect(parsePath("/evaluasi/mpp/x/")).toBeUndefined();
  });

  it("has no pages when there is no data", () => {
    expect(allPages({ years: [], slugs: [], provinces: [], base: "/" })).toEqual([]);
  });
});

describe("routes under a sub-path (BASE_PATH)", () => {
  const sub = { ...site, base: "/ipp/" };
  const pages = allPages(sub);

  it("puts every page address, link and permalink under the base", () => {
    expect(pages.map(pathOf).every((p) => p.startsWith("/ipp/"))).toBe(true);
    const home = pages.find((p) => p.kind === "home" && p.lang === "id" && p.edition === "terbaru")!;
    expect(pathOf(home)).toBe("/ipp/");
    expect(pathOf(inLang(home, "en"))).toBe("/ipp/en/");
    expect(linkTo(home, "instansi", "kota-bandung")).toBe("/ipp/instansi/kota-bandung/");
    expect(permalinkOf(home)).toBe("/ipp/2024/");
    expect(inEditions(home, sub.years).map(pathOf)).toEqual(["/ipp/", "/ipp/2024/", "/ipp/2023/", "/ipp/2022/"]);
  });

  it("routes pages below the base (Astro adds it), and parses addresses under the base only", () => {
    const paths = pages.map(routeOf);
    expect(paths).toContain(undefined); // the home page
    expect(paths).toContain("en/2023/instansi/kota-bandung");
    for (const p of pages) {
      const { year: _year, ...rest } = p;
      expect(parsePath(pathOf(p), "/ipp/")).toEqual(rest);
      expect(`/ipp/${routeOf(p) ?? ""}${routeOf(p) ? "/" : ""}`).toBe(pathOf(p));
    }
    expect(parsePath("/peringkat/", "/ipp/")).toBeUndefined();
  });

  it("builds the addresses of files under the base too", () => {
    expect(dataUrl(sub, "2024/pekppp-instansi.csv")).toBe("/ipp/data/2024/pekppp-instansi.csv");
    expect(chartUrl(sub, 2024, "en", "sebaran-ipp-s")).toBe("/ipp/grafik/2024/en/sebaran-ipp-s.svg");
    expect(notFoundUrl(sub, "id")).toBe("/ipp/404.html");
    expect(notFoundUrl(site, "en")).toBe("/en/404.html");
  });
});
