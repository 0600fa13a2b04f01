/**
 * Hostile input end to end: test/fixtures/hostile/ holds K/L names, lokus
 * names and decree texts with <script>, </script>, quotes, onerror= and very
 * long strings. It goes through the real data build and a full site build
 * (its own temp directories, SITE_DATA_DIR + ASTRO_OUT_DIR), then every page
 * that shows those strings is opened on a 390 px wide phone viewport:
 * nothing may execute (no dialog, no CSP violation, window.__pwned unset),
 * no markup may appear from a name, data blocks must still parse, names must
 * read exactly as written, and nothing may stick out sideways.
 */
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { embedPathOf, pathOf, type Page as SitePage } from "../../src/lib/site/routes.ts";
import { browserSuite } from "./harness/browser.ts";
import { buildSiteFrom, dataBuild, tempDir } from "./harness/build.ts";
import { builtData, type BuiltData } from "./harness/dist.ts";
import { inspectPage } from "./harness/hostile.ts";
import { parseCsv, pngSize } from "./harness/files.ts";
import { openWatched, visit } from "./harness/visit.ts";

const FIXTURE = "test/fixtures/hostile";
const PHONE = { viewport: { width: 390, height: 844 } };
const work = tempDir("hostile");
let data: BuiltData;
let tooltipsChecked = 0;
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The pages that show the fixture's strings, in both languages. */
function hostilePages(d: BuiltData): { path: string; page: SitePage }[] {
  const out: { path: string; page: SitePage }[] = [];
  const add = (p: SitePage) => out.push({ path: pathOf(p), page: p });
  const regions = ["31", "32.73"].map((k) => d.instansi.find((i) => i.kode === k)?.slug).filter((s): s is string => s !== undefined);
  for (const lang of ["id", "en"] as const) {
    const base = { lang, edition: "terbaru" as const, year: d.latest, base: d.siteMap.base };
    for (const kind of ["home", "ranking", "search", "data", "map", "method", "mpp", "rkr", "awards"] as const) add({ ...base, kind });
    add({ ...base, kind: "data", edition: Math.min(...d.years), year: Math.min(...d.years) });
    add({ ...base, kind: "province", key: "31" });
    for (const i of d.instansi.filter((x) => x.tingkat === "kl")) add({ ...base, kind: "instansi", key: i.slug });
    for (const slug of regions) add({ ...base, kind: "instansi", key: slug });
  }
  return out;
}

const klNames = () => data.instansi.filter((i) => i.tingkat === "kl").map((i) => i.nama);

browserSuite(
  "hostile input (test/fixtures/hostile)",
  (env) => {
    it("goes through the data build and the site build", () => {
      expect(klNames().some((n) => n.includes("<script>"))).toBe(true);
      expect(readFileSync(join(env().dist, "index.html"), "utf8")).toContain("content-security-policy");
    });

    // One visit per page feeds two verdicts: security (nothing ran or became
    // markup) and layout (nothing wider than the phone), reported apart.
    const layout: string[] = [];
    it("runs nothing and injects nothing on any page that shows the strings (390 px)", async () => {
      const problems: string[] = [];
      for (const { path } of hostilePages(data)) {
        const v = await visit(env(), path, PHONE);
        try {
          for (const p of await v.problems()) problems.push(`${path}: ${p}`);
          const f = await inspectPage(v.page);
          if (f.pwned !== undefined) problems.push(`${path}: window.__pwned = ${JSON.stringify(f.pwned)}`);
          for (const i of f.injected) problems.push(`${path}: injected ${i}`);
          for (const j of f.brokenJson) problems.push(`${path}: JSON block no longer parses: ${j}`);
          if (f.svgTitlesWithMarkup) problems.push(`${path}: ${f.svgTitlesWithMarkup} SVG <title> with element children`);
          if (f.overflow.scrollWidth > f.overflow.viewport) layout.push(`${path}: ${f.overflow.scrollWidth} px wide on a ${f.overflow.viewport} px screen; sticking out: ${f.overflow.culprits.join(" | ")}`);
          tooltipsChecked += await checkChartTooltip(v.page, path, problems);
        } finally {
          await v.close();
        }
      }
      expect(problems, problems.join("\n")).toEqual([]);
    });

    it("breaks no layout: no page wider than a 390 px phone, however long the names", () => {
      expect(layout, layout.join("\n")).toEqual([]);
    });

    it("shows every K/L name exactly as written, as text, in the search list", async () => {
      for (const lang of ["id", "en"] as const) {
        const v = await visit(env(), lang === "id" ? "/cari/" : "/en/cari/", PHONE);
        try {
          const shown = await v.page.$$eval("li[data-search] a", (as) => as.map((a) => a.textContent));
          for (const name of klNames()) expect(shown, `${lang}: ${name}`).toContain(name);
        } finally {
          await v.close();
        }
      }
    });

    it("shows hostile names as plain text in chart tooltips", (ctx) => {
      ctx.skip(tooltipsChecked === 0, "no page ships a scripted chart tooltip with a hostile name (the charts use native SVG <title> tooltips, checked above)");
      expect(tooltipsChecked).toBeGreaterThan(0);
    });

    it("reaches the embeds and the citations as text: nothing runs, no markup appears, names read as written", async () => {
      const problems: string[] = [];
      const year = data.latest;
      const hostile = data.instansi.filter((i) => i.tingkat === "kl" && /[<>"']/.test(i.nama));
      expect(hostile.length).toBeGreaterThan(0);
      const base = data.siteMap.base;
      const paths = [
        ...(["id", "en"] as const).flatMap((lang) => [
          embedPathOf({ lang, year, chart: "sebaran", base }),
          embedPathOf({ lang, year, chart: "provinsi-view", key: "31", base }),
          embedPathOf({ lang, year, chart: "peta", base }),
        ]),
        ...hostile.flatMap((i) => [`/${year}/instansi/${i.slug}/#sematkan-hasil`, `/en/${year}/instansi/${i.slug}/#sematkan-tren`]),
      ];
      for (const path of paths) {
        // Opened, not scrolled: an instansi embed hides its other parts, whose lazy images never load.
        const v = await openWatched(env(), PHONE);
        try {
          await v.page.goto(`${env().origin}${path}`, { waitUntil: "networkidle" });
          for (const p of await v.problems()) problems.push(`${path}: ${p}`);
          const f = await inspectPage(v.page);
          if (f.pwned !== undefined) problems.push(`${path}: window.__pwned = ${JSON.stringify(f.pwned)}`);
          for (const i of f.injected) problems.push(`${path}: injected ${i}`);
          for (const j of f.brokenJson) problems.push(`${path}: JSON block no longer parses: ${j}`);
          const one = hostile.find((i) => path.includes(`/instansi/${i.slug}/`));
          if (one) {
            const part = path.endsWith("hasil") ? "hasil" : "tren";
            // The frame's title and both citations carry the name exactly, as text.
            const title = await v.page.textContent(`.embed-part[data-part="${part}"] .embed-title`);
            if (!title?.startsWith(`${one.nama}: `)) problems.push(`${path}: embed title ${JSON.stringify(title)}`);
            // The result's panel is the page's own (bagikan-halaman); the other parts have theirs.
            const panel = part === "hasil" ? "halaman" : part;
            for (const lang of ["id", "en"]) {
              const cite = await v.page.inputValue(`#bagikan-${panel}-kutipan-${lang}`);
              if (!cite.includes(one.nama)) problems.push(`${path}: citation (${lang}) lacks the name as written: ${cite.slice(0, 120)}`);
            }
            const code = await v.page.inputValue(`#bagikan-${panel}-iframe`);
            if (/title="[^"]*[<>][^"]*"/.test(code) || !code.startsWith("<iframe ")) problems.push(`${path}: embed code ${code.slice(0, 160)}`);
          }
        } finally {
          await v.close();
        }
      }
      expect(problems, problems.join("\n")).toEqual([]);
    });

    it("carries hostile names into the chart downloads and the social cards as plain text", async () => {
      const kl = data.instansi.find((i) => i.kode === "KL.901")!;
      // The card: rendered (resvg would refuse markup that is not escaped) at 1200 × 630.
      const card = readFileSync(join(env().dist, "kartu", String(data.latest), `${kl.slug}.png`));
      expect(pngSize(card)).toEqual({ width: 1200, height: 630 });
      const v = await visit(env(), `/instansi/${kl.slug}/`, { viewport: { width: 1280, height: 900 } });
      try {
        const box = '.chart-downloads[data-file$="-hasil"]';
        const grab = async (format: string) => {
          const [d] = await Promise.all([v.page.waitForEvent("download"), v.page.click(`${box} button[data-format="${format}"]`)]);
          return { name: d.suggestedFilename(), text: readFileSync(await d.path()).toString("utf8") };
        };
        const csv = await grab("csv");
        expect(csv.name).toMatch(/^ipp-\d{4}-[a-z0-9-]+-hasil\.csv$/);
        const [header, ...rows] = parseCsv(csv.text.slice(1));
        const names = rows.map((r) => r[header!.indexOf("nama")]);
        // Every hostile name of the year, character for character (quotes, <, &, backticks).
        for (const r of data.results.get(data.latest)!.values()) expect(names).toContain(r.nama);
        for (const n of names) expect(n).not.toMatch(/^[=+\-@\t\r]/);
        const svg = await grab("svg");
        const parsed = await v.page.evaluate((t) => {
          const doc = new DOMParser().parseFromString(t, "image/svg+xml");
          return { error: doc.querySelector("parsererror") !== null, scripts: doc.querySelectorAll("script, foreignObject, [onload], [onerror]").length };
        }, svg.text);
        expect(parsed).toEqual({ error: false, scripts: 0 });
        expect(await v.page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
        expect(await v.problems()).toEqual([]);
      } finally {
        await v.close();
      }
    });

    it("makes the map's downloads from this data too: files parse, nothing runs, the evaluated regions with their figures", async () => {
      const v = await visit(env(), pathOf({ kind: "map", lang: "id", edition: "terbaru", base: data.siteMap.base }), { viewport: { width: 1280, height: 900 } });
      try {
        const box = ".chart-downloads[data-map-for]";
        const grab = async (format: string) => {
          const [d] = await Promise.all([v.page.waitForEvent("download"), v.page.click(`${box} button[data-format="${format}"]`)]);
          return { name: d.suggestedFilename(), text: readFileSync(await d.path()).toString("utf8") };
        };
        const csv = await grab("csv");
        expect(csv.name).toBe(`ipp-${data.latest}-peta-kabupaten-kota.csv`);
        const [header, ...rows] = parseCsv(csv.text.slice(1));
        const byKode = new Map(rows.map((r) => [r[header!.indexOf("kode")], r]));
        const results = data.results.get(data.latest)!;
        const evaluated = [...results.values()].filter((r) => r.tingkat === "kabupaten" || r.tingkat === "kota");
        expect(evaluated.length).toBeGreaterThan(0);
        for (const r of evaluated) {
          const row = byKode.get(r.kode_instansi);
          expect(row, r.kode_instansi).toBeDefined();
          expect([row![header!.indexOf("ipp")], row![header!.indexOf("predikat")]]).toEqual([String(r.ipp), r.predikat]);
        }
        const svg = await grab("svg");
        const parsed = await v.page.evaluate((t) => {
          const doc = new DOMParser().parseFromString(t, "image/svg+xml");
          return { error: doc.querySelector("parsererror") !== null, scripts: doc.querySelectorAll("script, foreignObject, [onload], [onerror]").length };
        }, svg.text);
        expect(parsed).toEqual({ error: false, scripts: 0 });
        expect(await v.page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
        expect(await v.problems()).toEqual([]);
      } finally {
        await v.close();
      }
    });

    it("builds a K/L whose name would make a slug longer than a file name may be (the slug is capped)", async () => {
      const long = data.instansi.find((i) => i.kode === "KL.910");
      expect(long?.nama.length).toBeGreaterThan(300);
      expect(long!.slug.length).toBeLessThanOrEqual(80);
      const v = await visit(env(), `/instansi/${long!.slug}/`, PHONE);
      try {
        expect(await v.page.textContent("h1")).toBe(long!.nama);
      } finally {
        await v.close();
      }
    });
  },
  {
    prepare: async () => {
      await dataBuild(FIXTURE, join(work, "data"));
      const { seconds } = await buildSiteFrom(join(work, "data"), join(work, "dist"));
      console.log(`hostile fixture: site built in ${seconds.toFixed(1)} s`);
      data = builtData(join(work, "dist"));
      return join(work, "dist");
    },
  },
);

/** Hovers the first chart mark whose tooltip text carries markup characters; returns 1 when one was checked. */
async function checkChartTooltip(page: Page, path: string, problems: string[]): Promise<number> {
  const mark = page.locator("svg.ipp-chart [data-tip*='<']").first();
  if ((await mark.count()) === 0) return 0;
  const expected = (await mark.getAttribute("data-tip")) ?? "";
  await mark.hover({ force: true });
  const tip = page.locator(".chart-tooltip");
  await tip.waitFor({ timeout: 2000 }).catch(() => problems.push(`${path}: no chart tooltip on hover`));
  const { text, children } = await tip.evaluate((t) => ({ text: t.textContent, children: t.childElementCount }));
  if (text !== expected || children > 0) problems.push(`${path}: chart tooltip shows ${JSON.stringify(text)} with ${children} elements, expected the text ${JSON.stringify(expected)}`);
  return 1;
}
