import { describe, expect, it } from "vitest";
import { allPages, pathOf } from "../../../src/lib/site/routes.ts";
import { canonicalPaths, robotsTxt, sitemapXml } from "../../../src/lib/site/sitemap.ts";
import { jsonLdText } from "../../../src/lib/site/structuredData.ts";

const site = { years: [2023, 2024], slugs: ["kota-bandung"], provinces: ["32"], base: "/ipp/" };

describe("sitemap and structured data text", () => {
  it("lists each year-pinned page once, in both languages, under the base; never the latest-edition twins", () => {
    const paths = canonicalPaths(site);
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths).toHaveLength((allPages(site).length * 2) / 3); // three editions (latest, 2023, 2024), two pinned
    expect(paths).toContain("/ipp/2024/instansi/kota-bandung/");
    expect(paths).toContain("/ipp/en/2023/");
    const twins = allPages(site)
      .filter((p) => p.edition === "terbaru")
      .map(pathOf);
    expect(paths.filter((p) => twins.includes(p))).toEqual([]);
  });

  it("writes the sitemaps.org envelope with escaped URLs, and robots.txt naming it", () => {
    const xml = sitemapXml(["https://x.example/a/?b=1&c=2"]);
    expect(xml).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect(xml).toContain("<loc>https://x.example/a/?b=1&amp;c=2</loc>");
    expect(robotsTxt("https://x.example/sitemap.xml")).toContain("\nSitemap: https://x.example/sitemap.xml\n");
  });

  it("refuses more URLs than one sitemap file may hold", () => {
    const urls = (n: number) => Array.from({ length: n }, (_, i) => `https://x.example/${i}/`);
    expect(sitemapXml(urls(50_000)).match(/<url>/g)).toHaveLength(50_000);
    expect(() => sitemapXml(urls(50_001))).toThrow("sitemap.xml: 50001 URL, batas satu berkas 50.000");
  });

  it("writes JSON-LD that no name can break out of, and that parses to the same value", () => {
    const value = { name: "</script><script>alert(1)</script><!--" };
    const text = jsonLdText(value);
    expect(text).not.toMatch(/</);
    expect(JSON.parse(text)).toEqual(value);
  });
});
