/**
 * The map as built in dist/: the server SVG, the code join, the weight
 * budget, Leaflet kept to /peta/, and in Debian's Chromium the live map
 * (every region drawn, tooltip on focus and hover, navigation on Enter and
 * click, year switch, no request to another host, no console error).
 * Runs after `npm run build` (the `site` project).
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { parseHTML } from "linkedom";
import type { Browser, Page as BrowserPage } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { colorOf } from "../../src/lib/format/palette.ts";
import { formatIpp } from "../../src/lib/format/number.ts";
import { joinRegions } from "../../src/lib/map/join.ts";
import { projectTopology } from "../../src/lib/map/project.ts";
import { choroplethSvg } from "../../src/lib/map/svg.ts";
import { asTopo } from "../../src/lib/map/topology.ts";
import { GeoStatus } from "../../src/lib/schema/geo.ts";
import { predikatClass } from "../../src/lib/view/predikatClass.ts";
import { browserMissing, launchChromium } from "./support/chromium.ts";
import { serveStatic, type StaticServer } from "./support/staticServer.ts";
import { ROOT, pageTransfer, totalGzip } from "./support/transfer.ts";

/** DIST_DIR (as for every site test) lets a run check another build directory than dist/. */
const DIST = process.env["DIST_DIR"] ?? process.env["SITE_DIST"] ?? join(ROOT, "dist");
if (!existsSync(join(DIST, "peta", "index.html"))) throw new Error("dist/peta/index.html missing: run `npm run build` first");
const json = (path: string): unknown => JSON.parse(readFileSync(join(DIST, path), "utf8"));
/** The boundaries the build used: MAP_GEO_DIR when the site was built with it (see src/site/geo.ts). */
const GEO_DIR = process.env["MAP_GEO_DIR"] ?? join(DIST, "geo");
const geoJson = (name: string): unknown => JSON.parse(readFileSync(join(GEO_DIR, name), "utf8"));
const status = GeoStatus.parse(geoJson("status.json"));
const manifest = json("data/manifest.json") as { tahun_terbaru: number; tahun: { tahun: number }[] };
const latest = manifest.tahun_terbaru;
const master = (json("data/instansi.json") as { instansi: { kode: string; nama: string; slug: string; tingkat: string }[] }).instansi;
const masterByKode = new Map(master.map((m) => [m.kode, m]));
type Result = { kode_instansi: string; ipp: number; predikat: string };
const resultsOf = (year: number) => new Map((json(`data/${year}/pekppp-instansi.json`) as { instansi: Result[] }).instansi.map((r) => [r.kode_instansi, r]));
const results = resultsOf(latest);
const kabkotaCodes = master.filter((m) => m.tingkat === "kabupaten" || m.tingkat === "kota").map((m) => m.kode);
const html = (page: string) => readFileSync(join(DIST, page, "index.html"), "utf8");

/** Every /peta/ page: both languages, latest and each year. */
const petaPages = ["", "en/"].flatMap((lang) => ["", ...manifest.tahun.map((t) => `${t.tahun}/`)].map((ed) => `/${lang}${ed}peta/`));

describe("map pages, built", () => {
  it("exist for every language and edition, each starting on its own year, with the attribution", () => {
    expect(petaPages).toHaveLength(2 * (manifest.tahun.length + 1));
    for (const page of petaPages) {
      const { document } = parseHTML(html(page));
      const year = Number(/\/(\d{4})\//.exec(page)?.[1] ?? latest);
      expect(document.querySelector("h1 [data-role=year]")?.textContent, page).toBe(String(year));
      if (!status.available) {
        expect(document.querySelector("[data-map-unavailable]"), page).not.toBeNull();
        continue;
      }
      expect(document.body.textContent, page).toContain(status.attribution);
      const config = JSON.parse(document.getElementById("peta-config")?.textContent ?? "{}") as { year: number; lang: string };
      expect(config.year, page).toBe(year);
      expect(config.lang, page).toBe(page.startsWith("/en/") ? "en" : "id");
    }
  });

  it("always show the tile grid (38 tiles) and the full tables, geometry or not", () => {
    const { document } = parseHTML(html("/peta/"));
    expect(document.querySelectorAll("svg.tile-grid rect[data-kode]")).toHaveLength(38);
    expect(document.querySelectorAll("#peta-tabel-kabkota tbody tr")).toHaveLength(kabkotaCodes.length);
    expect(document.querySelectorAll("#peta-tabel-provinsi tbody tr")).toHaveLength(38);
  });

  it.runIf(status.available)("draw one server SVG path per kab/kota, coloured and linked from the data", () => {
    const { document } = parseHTML(html("/peta/"));
    const paths = [...document.querySelectorAll("svg#peta-svg .map-regions path[data-kode]")];
    expect(status.available && paths.length).toBe(status.available && status.features.kabkota);
    const known = ["11.01", "32.73", "35.78", "91.71", ...kabkotaCodes.filter((c) => !results.has(c)).slice(0, 3)];
    for (const code of known) {
      const path = document.querySelector(`svg#peta-svg path[data-kode="${code}"]`);
      const r = results.get(code);
      const p = r ? r.predikat : null;
      expect(path?.getAttribute("fill"), code).toBe(p ? colorOf(p) : "url(#peta-svg-hatch)");
      expect(path?.getAttribute("class")?.split(" ")[0], code).toBe(predikatClass(p));
      expect(path?.parentElement?.getAttribute("href"), code).toBe(`/instansi/${masterByKode.get(code)?.slug}/`);
      expect(path?.parentElement?.querySelector("title")?.textContent, code).toContain(r ? `${r.predikat} · ` : "Tidak dievaluasi");
    }
    expect(html("/peta/")).not.toMatch(/<svg[^]*?\sstyle="[^]*?<\/svg>/);
  });

  it.runIf(status.available)("join every geometry code to the master and to the results (code-join report)", () => {
    const topo = asTopo(geoJson("wilayah.topo.json"));
    const codes = topo.objects.kabkota.geometries.map((g) => g.properties.code);
    const j = joinRegions(codes, kabkotaCodes, masterByKode, results);
    if (!status.available) return;
    expect(j.report.not_in_master).toEqual(status.join.kabkota.not_in_master);
    expect(j.report.missing_geometry).toEqual(status.join.kabkota.missing_from_geometry);
    expect(j.report.matched).toBe(kabkotaCodes.filter((c) => results.has(c) && codes.includes(c)).length);
    expect(j.report.matched + j.report.not_evaluated.length + j.report.not_in_master.length).toBe(codes.length);
    const prov = topo.objects.provinsi.geometries.map((g) => g.properties.code).filter((c) => !masterByKode.has(c));
    expect(prov).toEqual(status.join.provinsi.not_in_master);
  });

  it("keep Leaflet to /peta/: no other page loads its code or stylesheet", () => {
    const leafletIn = (page: string) => pageTransfer(DIST, page).some((t) => t.path !== page && /leaflet-pane/.test(readFileSync(join(DIST, t.path), "utf8")));
    for (const page of ["/", "/en/", "/cari/", "/peringkat/", `/instansi/${master[0]!.slug}/`, "/provinsi/32/"]) expect(leafletIn(page), page).toBe(false);
    expect(leafletIn("/peta/")).toBe(status.available);
  });

  it.runIf(status.available)("stay within budget: /peta/ ≤ 300 kB gzip in all, the home preview ≤ 40 kB, a big province ≤ 25 kB", () => {
    const transfer = pageTransfer(DIST, "/peta/", ["/geo/wilayah.topo.json"]);
    console.info(`/peta/ transfer (gzip): ${transfer.map((t) => `${t.path} ${t.gzip}`).join(", ")}; total ${totalGzip(transfer)}`);
    expect(totalGzip(transfer)).toBeLessThanOrEqual(300_000);

    // The preview and the province map are placed by other views; measure the components' SVG as they build it.
    const topo = asTopo(geoJson("wilayah.topo.json"));
    const gz = (s: string) => gzipSync(s, { level: 9 }).length;
    const svgOf = (map: ReturnType<typeof projectTopology>) => {
      const regions = joinRegions(map.regions.map((r) => r.code), [], masterByKode, results).regions;
      return choroplethSvg({ id: "x", map, regions: new Map(regions.map((r) => [r.code, r])), label: "x", href: (r) => `/instansi/${r.slug}/`, title: (r) => `${r.name}: ${r.predikat} · Sangat Baik · IPP ${r.ipp === null ? "" : formatIpp(r.ipp, "id")}` });
    };
    const preview = gz(svgOf(projectTopology(topo, { level: "provinsi", width: 1000, tolerance: 1.2 })));
    const jatim = gz(svgOf(projectTopology(topo, { level: "kabkota", width: 800, maxHeight: 640, tolerance: 1, filter: (c) => c.startsWith("35.") })));
    console.info(`home preview SVG ${preview} B gzip; Jawa Timur SVG ${jatim} B gzip`);
    expect(preview).toBeLessThanOrEqual(40_000);
    expect(jatim).toBeLessThanOrEqual(25_000);
  });
});

const missing = browserMissing();
if (missing) console.warn(missing);

describe.skipIf(missing !== null || !status.available)("the live map in Chromium", () => {
  let server: StaticServer;
  let browser: Browser;
  const problems: string[] = [];

  beforeAll(async () => {
    server = await serveStatic(DIST);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Opens a page, recording console errors, page errors, failed requests and any request to another host. */
  async function open(path: string, js = true): Promise<BrowserPage> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: js });
    const page = await context.newPage();
    page.on("console", (m) => m.type() === "error" && problems.push(`console: ${m.text()}`));
    page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
    page.on("requestfailed", (r) => problems.push(`failed: ${r.url()}`));
    page.on("response", (r) => r.status() >= 400 && problems.push(`${r.status()}: ${r.url()}`));
    page.on("request", (r) => {
      const url = r.url();
      if (!url.startsWith(`${server.origin}/`) && !url.startsWith("data:")) problems.push(`other host: ${url}`);
    });
    await page.goto(server.origin + path);
    if (js) await page.waitForSelector('#peta-live[data-ready="true"] path.peta-region', { timeout: 20_000 });
    return page;
  }
  const regionPath = (page: BrowserPage, code: string) => page.locator(`#peta-live path.peta-region[data-kode="${code}"]`);

  it("draws every kab/kota, and every province on the province layer, over the hidden server SVG", async () => {
    const page = await open("/peta/");
    expect(await page.locator("#peta-live path.peta-region").count()).toBe(kabkotaCodes.length);
    expect(await page.locator("#peta-static").isHidden()).toBe(true);
    expect(await page.locator(".leaflet-control-attribution").textContent()).toContain(status.available ? status.attribution : "");
    await page.check('input[name="peta-tingkat"][value="provinsi"]');
    expect(await page.locator("#peta-live path.peta-region").count()).toBe(38);
    await page.context().close();
    expect(problems).toEqual([]);
  });

  it("shows name, letter and IPP on keyboard focus, and opens the instansi page on Enter", async () => {
    const page = await open("/peta/");
    const r = results.get("32.73")!;
    await regionPath(page, "32.73").focus();
    const tip = await page.locator(".leaflet-tooltip").textContent();
    expect(tip).toContain("Kota Bandung");
    expect(tip).toContain(`${r.predikat} · `);
    expect(tip).toContain(`IPP ${formatIpp(r.ipp, "id")}`);
    await page.keyboard.press("Enter");
    await page.waitForURL(`${server.origin}/instansi/kota-bandung/`);
    await page.context().close();
    expect(problems).toEqual([]);
  });

  it("shows the tooltip of the region under the mouse, and goes to its page on click", async () => {
    const page = await open("/en/peta/");
    await page.locator("#peta-live").scrollIntoViewIfNeeded();
    // The centre of a large regency's box; whichever region is really under it is the one to expect.
    let hit: { x: number; y: number; code: string } | undefined;
    for (const candidate of ["93.01", "91.03", "62.06", "64.02", "53.01"]) {
      const box = await regionPath(page, candidate).boundingBox();
      if (!box) continue;
      const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
      const code = await page.evaluate(([px, py]) => document.elementFromPoint(px!, py!)?.getAttribute("data-kode") ?? null, [x, y]);
      if (code) {
        hit = { x, y, code };
        break;
      }
    }
    expect(hit, "no region under the centre of any candidate").toBeDefined();
    const { x, y, code } = hit!;
    expect(code).toMatch(/^\d\d\.\d\d$/);
    await page.mouse.move(x, y);
    const r = results.get(code);
    const tip = await page.locator(".leaflet-tooltip").textContent();
    expect(tip).toContain(masterByKode.get(code)!.nama);
    expect(tip).toContain(r ? `IPP ${formatIpp(r.ipp, "en")}` : "Not evaluated");
    await page.mouse.click(x, y);
    await page.waitForURL(`${server.origin}/en/instansi/${masterByKode.get(code)!.slug}/`);
    await page.context().close();
    expect(problems).toEqual([]);
  });

  it("switches the year in place: colours, tables, links and the address", async () => {
    const previous = manifest.tahun.map((t) => t.tahun).filter((y) => y !== latest).at(-1);
    if (previous === undefined) return;
    const page = await open("/peta/");
    const old = resultsOf(previous).get("32.73");
    const now = results.get("32.73");
    // A region keeps focus (and its tooltip open) while the year changes under it.
    await regionPath(page, "32.73").focus();
    const tipBefore = await page.locator(".leaflet-tooltip").textContent();
    await page.evaluate((y) => {
      const select = document.querySelector<HTMLSelectElement>("#peta-tahun")!;
      select.value = String(y);
      select.dispatchEvent(new Event("change"));
    }, previous);
    expect(page.url()).toBe(`${server.origin}/${previous}/peta/`);
    const tipAfter = await page.locator(".leaflet-tooltip").textContent();
    if (old) expect(tipAfter).toContain(`IPP ${formatIpp(old.ipp, "id")}`);
    if (old && now && old.ipp !== now.ipp) expect(tipAfter).not.toBe(tipBefore);
    // The header follows: its year links mark the year shown, its navigation leads to that year.
    expect(await page.locator('.switches nav a[aria-current="page"]').getAttribute("href")).toBe(`/${previous}/peta/`);
    expect(await page.locator('.main-nav a[data-kind="peringkat"]').getAttribute("href")).toBe(`/${previous}/peringkat/`);
    expect(await page.locator('.brand [data-role="year"]').textContent()).toBe(String(previous));
    expect(await regionPath(page, "32.73").getAttribute("fill")).toBe(old ? colorOf(old.predikat) : `url(#peta-live-hatch)`);
    expect(await page.locator('tr[data-kode="32.73"] [data-role="ipp"]').textContent()).toBe(old ? formatIpp(old.ipp, "id") : "–");
    expect(await page.locator('tr[data-kode="32.73"] th a').getAttribute("href")).toBe(`/${previous}/instansi/kota-bandung/`);
    await page.context().close();
    expect(problems).toEqual([]);
  });

  it("without JavaScript, the server SVG is the map and the controls stay hidden", async () => {
    const page = await open("/peta/", false);
    expect(await page.locator("#peta-svg").isVisible()).toBe(true);
    expect(await page.locator("#peta-controls").isHidden()).toBe(true);
    expect(await page.locator("#peta-live").isHidden()).toBe(true);
    await page.context().close();
    expect(problems).toEqual([]);
  });
});
