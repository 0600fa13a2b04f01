/**
 * The harness checks itself: each detector must fire on a small page built
 * to trip it, or a green site run would prove nothing. Needs no build.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { browserSuite } from "./harness/browser.ts";
import { tempDir } from "./harness/build.ts";
import { cspProblems } from "./harness/csp.ts";
import { dataPackageProblems } from "./harness/dataPackage.ts";
import { canonicalProblems, jsonLdProblems, seoOf, sitemapProblems } from "./harness/seo.ts";
import { scanHtml } from "./harness/html.ts";
import { checkLinks, refsOf } from "./harness/links.ts";
import { staticTransfer } from "./harness/transfer.ts";
import { visit } from "./harness/visit.ts";
import { horizontalOverflow, smallChartText } from "./harness/phone.ts";

const site = tempDir("harness");
const tempRoot = () => site;
afterAll(() => rmSync(site, { recursive: true, force: true }));
const write = (path: string, text: string) => {
  mkdirSync(join(site, path, ".."), { recursive: true });
  writeFileSync(join(site, path), text);
};
const hash = (s: string) => `'sha256-${createHash("sha256").update(s).digest("base64")}'`;
const page = (csp: string, body: string, head = "") => `<!doctype html><html lang="id"><head><meta http-equiv="content-security-policy" content="${csp}">${head}</head><body>${body}</body></html>`;

describe("static detectors", () => {
  it("CSP: a missing policy, 'unsafe-inline', an unhashed inline script, handlers and style attributes", () => {
    expect(cspProblems(scanHtml("<html><body></body></html>"))).toEqual(["no <meta http-equiv=content-security-policy>"]);
    expect(cspProblems(scanHtml(page("script-src 'self' 'unsafe-inline'", "")))).toContain("script-src allows 'unsafe-inline'");
    const ok = "console.log(1)";
    expect(cspProblems(scanHtml(page(`script-src 'self' ${hash(ok)}`, `<script>${ok}</script>`)))).toEqual([]);
    expect(cspProblems(scanHtml(page(`script-src 'self' ${hash(ok)}`, `<script>${ok};</script>`)))[0]).toMatch(/inline script not allowed/);
    expect(cspProblems(scanHtml(page("script-src 'self'", '<script type="application/json">{"a":"</b>"}</script>')))).toEqual([]);
    const bad = cspProblems(scanHtml(page("script-src 'self'; style-src 'self'", '<img src="/a.png" onerror="x()"><p style="color:red">')));
    expect(bad.some((p) => p.includes("onerror"))).toBe(true);
    expect(bad.some((p) => p.includes("style attribute"))).toBe(true);
    expect(cspProblems(scanHtml(`<html><head><script src="/a.js"></script><meta http-equiv="content-security-policy" content="script-src 'self'"></head></html>`))[0]).toMatch(/comes after/);
  });

  it("data blocks: JSON-LD may precede the policy, but must be JSON of a known type with no markup in it", () => {
    const meta = `<meta http-equiv="content-security-policy" content="script-src 'self'">`;
    const at = (block: string) => cspProblems(scanHtml(`<html><head>${block}${meta}</head><body></body></html>`));
    expect(at('<script type="application/ld+json">{"@type":"Dataset","name":"a \\u003c/script>"}</script>')).toEqual([]);
    expect(at('<script type="application/ld+json">{"name": oops}</script>')[0]).toMatch(/not valid JSON/);
    expect(at('<script type="text/template">{}</script>')[0]).toMatch(/not a data block type/);
    expect(at('<script type="application/json">{"a":"<!--"}</script>')[0]).toMatch(/holds markup/);
    expect(at('<script type="module">1</script>')[0]).toMatch(/comes after/);
  });

  it("links under a base: a reference that leaves the base is broken, one under it resolves to the file without it", () => {
    write("x/index.html", "x");
    const scanned = scanHtml('<a href="/ipp/x/">ok</a><a href="/x/">outside</a><img src="/ipp/none.png">');
    const { problems } = checkLinks(site, new Map([["/ipp/", { refs: refsOf(scanned), ids: scanned.ids }]]), "/ipp/");
    expect(problems.map((p) => `${p.ref}: ${p.why}`)).toEqual(["/x/: outside the site's base /ipp/", "/ipp/none.png: no such file in dist/"]);
  });

  it("addresses: canonical, hreflang, sitemap and JSON-LD are checked against what exists", () => {
    write("2024/peringkat/index.html", "x");
    write("en/2024/peringkat/index.html", "x");
    write("data/f.csv", "x");
    const site = { dist: join(tempRoot(), ""), base: "/", origin: "https://ipp.example" };
    const seo = (head: string) => seoOf(scanHtml(`<html><head>${head}</head></html>`));
    const good = '<link rel="canonical" href="https://ipp.example/2024/peringkat/"><link rel="alternate" hreflang="id" href="https://ipp.example/2024/peringkat/"><link rel="alternate" hreflang="en" href="https://ipp.example/en/2024/peringkat/"><meta property="og:url" content="https://ipp.example/2024/peringkat/">';
    expect(canonicalProblems(site, "/peringkat/", seo(good), false).problems).toEqual([]);
    expect(canonicalProblems(site, "/peringkat/", seo(good.replace(/https:\/\/ipp\.example/g, "")), false).problems.join()).toMatch(/not an absolute URL/);
    expect(canonicalProblems({ ...site, origin: null }, "/peringkat/", seo(good), false).problems.join()).toMatch(/absolute, but the site was built without SITE_URL/);
    expect(canonicalProblems(site, "/peringkat/", seo(good.replace("/2024/peringkat/", "/2023/peringkat/")), false).problems.join()).toMatch(/no such page/);
    expect(canonicalProblems(site, "/peringkat/", seo(good.replace(/<link rel="alternate" hreflang="en"[^>]*>/, "")), false).problems.join()).toMatch(/hreflang alternates for id/);
    expect(canonicalProblems(site, "/404.html", seo(""), true).problems.join()).toMatch(/noindex/);
    const dataset = (o: object) => JSON.stringify({ "@context": "https://schema.org", "@type": "Dataset", name: "n", description: "d".repeat(60), license: "https://ipp.example/data/f.csv", url: "https://ipp.example/2024/peringkat/", distribution: [{ contentUrl: "https://ipp.example/data/f.csv" }], ...o });
    expect(jsonLdProblems(site, "https://ipp.example/2024/peringkat/", [dataset({})])).toEqual([]);
    expect(jsonLdProblems(site, "https://ipp.example/2024/peringkat/", [dataset({ distribution: [{ contentUrl: "/data/f.csv" }] })]).join()).toMatch(/not an absolute URL/);
    expect(jsonLdProblems(site, "https://ipp.example/2024/peringkat/", [dataset({ distribution: [{ contentUrl: "https://ipp.example/data/g.csv" }] })]).join()).toMatch(/names no file/);
    writeFileSync(join(site.dist, "sitemap.xml"), '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n<url><loc>https://ipp.example/2024/peringkat/</loc></url>\n<url><loc>https://ipp.example/2024/peringkat/</loc></url>\n<url><loc>https://ipp.example/peringkat/</loc></url>\n</urlset>\n');
    writeFileSync(join(site.dist, "robots.txt"), "User-agent: *\nSitemap: https://ipp.example/sitemap.xml\n");
    const sm = sitemapProblems(site, new Set(["https://ipp.example/2024/peringkat/", "https://ipp.example/en/2024/peringkat/"])).join("\n");
    expect(sm).toMatch(/listed twice/);
    expect(sm).toMatch(/not a canonical page: https:\/\/ipp\.example\/peringkat\//);
    expect(sm).toMatch(/1 canonical pages missing/);
    expect(sitemapProblems({ ...site, origin: null }, new Set()).join()).toMatch(/sitemap.xml exists without SITE_URL/);
  });

  it("datapackage.json: spec violations, unlisted files and values not of their declared type are reported", () => {
    const dir = join(tempRoot(), "dp");
    mkdirSync(join(dir, "2024"), { recursive: true });
    writeFileSync(join(dir, "2024", "a.csv"), "kode,ipp\nx,4.5\nx,7\ny,abc\n");
    writeFileSync(join(dir, "extra.json"), "{}");
    const schema = { fields: [{ name: "kode", type: "string" }, { name: "ipp", type: "number", constraints: { maximum: 5 } }], primaryKey: ["kode"] };
    writeFileSync(join(dir, "datapackage.json"), JSON.stringify({ name: "p", resources: [{ name: "a", path: "2024/a.csv", profile: "tabular-data-resource", schema, bytes: 1 }] }));
    const problems = dataPackageProblems(dir).join("\n");
    expect(problems).toMatch(/extra.json: listed 0 times/);
    expect(problems).toMatch(/bytes 1, file has/);
    expect(problems).toMatch(/row 3, column ipp: 7 > maximum 5/);
    expect(problems).toMatch(/row 4, column ipp: "abc" is not a number/);
    expect(problems).toMatch(/primary key kode repeats: x/);
    writeFileSync(join(dir, "datapackage.json"), JSON.stringify({ name: "Not Valid", resources: [{ name: "a", path: "/abs/a.csv" }] }));
    expect(dataPackageProblems(dir).join("\n")).toMatch(/name[\s\S]*resources\.0\.path/);
  });

  it("links: a missing file, a missing #id, javascript: URLs and other hosts, with entities decoded", () => {
    write("index.html", "x");
    write("a/index.html", "x");
    const scanned = scanHtml(
      `<a href="/a/">ok</a><a href="/a/?q=1&amp;r=2#top">ok</a><a href="/b/">missing</a><a href="#nowhere">frag</a><a id="here" href="#here">self</a>` +
        `<a href="javascript:alert(1)">js</a><a href="https://example.org/x">out</a><img src="//cdn.example.org/i.png"><script>var s = '<a href="/in-script/">';</script>`,
    );
    const top = scanHtml('<h1 id="top">t</h1>');
    const { problems, foreign } = checkLinks(
      site,
      new Map([
        ["/", { refs: refsOf(scanned), ids: scanned.ids }],
        ["/a/", { refs: [], ids: top.ids }],
      ]),
    );
    expect(problems.map((p) => `${p.ref}: ${p.why}`).sort()).toEqual(["#nowhere: no element with id \"nowhere\" on /", "/b/: no such file in dist/", "javascript:alert(1): javascript: URL"]);
    expect(foreign.map((f) => [f.ref, f.navigation])).toEqual([
      ["https://example.org/x", true],
      ["//cdn.example.org/i.png", false],
    ]);
  });

  it("transfer: follows stylesheets, scripts and their static imports, and reports a missing asset", () => {
    write("_astro/a.js", 'import{b}from"./b.js";b();');
    write("_astro/b.js", "export const b=()=>1;");
    write("_astro/s.css", "body{background:url(/bg.png)}");
    const html = '<link rel="stylesheet" href="/_astro/s.css"><script type="module" src="/_astro/a.js"></script>';
    write("p/index.html", html);
    const t = staticTransfer(site, "/p/", scanHtml(html), ["/geo/x.json"]);
    expect([...t.parts.keys()]).toEqual(["/p/", "/_astro/s.css", "/_astro/a.js", "/_astro/b.js"]);
    expect(t.missing).toEqual(["/geo/x.json", "/bg.png"]);
    expect(t.total).toBe([...t.parts.values()].reduce((a, b) => a + b, 0));
  });
});

browserSuite(
  "browser watch",
  (env) => {
    it("reports console errors, uncaught errors, 404s, other hosts, CSP violations and dialogs", async () => {
      const v = await visit(env(), "/bad/");
      try {
        const problems = (await v.problems()).join("\n");
        expect(problems).toMatch(/console error: .*boom/);
        expect(problems).toMatch(/uncaught: .*kaboom/);
        expect(problems).toMatch(/failed request: GET .*\/missing\.png: HTTP 404/);
        expect(problems).toMatch(/request to another host: https:\/\/example\.org\/x\.js/);
        expect(problems).toMatch(/CSP violation: script-src/);
        expect(problems).toMatch(/dialog: alert: hi/);
      } finally {
        await v.close();
      }
    });

    it("finds a clean page clean", async () => {
      const v = await visit(env(), "/good/");
      try {
        expect(await v.problems()).toEqual([]);
      } finally {
        await v.close();
      }
    });

    it("finds a page wider than a phone, and small chart text inline and in an SVG image", async () => {
      const v = await visit(env(), "/narrow/", { viewport: { width: 360, height: 600 } });
      try {
        const overflow = await horizontalOverflow(v.page);
        expect(overflow[0]).toMatch(/page is \d+ px wide in a 360 px viewport/);
        expect(overflow.join("\n")).toMatch(/div\.wide/);
        const { small, measured } = await smallChartText(v.page);
        expect(measured).toBe(4);
        // 11 units in a 720-unit chart shown 360 px wide: 5.5 px; the 22-unit text passes.
        expect(small.map((t) => [t.where, t.text, Math.round(t.px * 10) / 10])).toEqual([
          ["svg", "tiny", 5.5],
          ["/chart.svg", "tiny too", 5.5],
        ]);
      } finally {
        await v.close();
      }
    });
  },
  {
    prepare: async () => {
      const bad = "console.error('boom'); alert('hi'); setTimeout(() => { throw new Error('kaboom'); });";
      // The external script is allowed by the page's policy, so only the watch's block stops it; the inline one violates the policy.
      write("bad.js", bad);
      write(
        "bad/index.html",
        page("default-src 'self'; img-src 'self'; script-src 'self' https://example.org", '<img src="/missing.png"><script src="/bad.js"></script><script>window.x = 1;</script><script src="https://example.org/x.js"></script>'),
      );
      write("good/index.html", page("default-src 'self'; img-src 'self' data:", "<p>fine</p>", '<link rel="icon" href="data:,">'));
      const chart = (cls: string) =>
        `<svg xmlns="http://www.w3.org/2000/svg" class="${cls}" viewBox="0 0 720 100" width="100%"><text y="20" font-size="11">${cls ? "tiny" : "tiny too"}</text><text y="60" font-size="22">big</text></svg>`;
      write("chart.svg", chart(""));
      write(
        "narrow/index.html",
        page(
          "default-src 'self'; img-src 'self' data:",
          `<div class="wide">${"x".repeat(3)}</div>${chart("ipp-chart")}<img src="/chart.svg" alt="" width="360" height="50">`,
          '<link rel="icon" href="data:,"><link rel="stylesheet" href="/narrow.css"><meta name="viewport" content="width=device-width">',
        ),
      );
      write("narrow.css", "body{margin:0} .wide{width:900px;height:10px} svg,img{display:block;width:360px;height:auto}");
      return site;
    },
  },
);
