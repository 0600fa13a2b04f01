/**
 * Embeds on another site (issue 15), in Chromium: a host page served from a
 * different origin (a second local port) puts a chart, the map and an
 * instansi part in iframes. The host receives the height message
 * (`{"datawrapper-height": {"<chart-id>": px}}`) and the iframes take the
 * embed's height, with /embed.js and with a Datawrapper-style listener, and
 * follow it when the width changes. No console error, CSP violation, failed
 * request or request to a third host, in any frame. With JavaScript off the
 * embeds still show chart, table, notice and source. axe finds nothing
 * serious or critical at 320 and 1,200 px. The share panel's copy button
 * copies the full address.
 */
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { join } from "node:path";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { BrowserContext, Frame, Page } from "playwright-core";
import { embedPathOf, type EmbedPage } from "../../src/lib/site/routes.ts";
import { browserSuite, type BrowserEnv } from "./harness/browser.ts";
import { builtData, DIST } from "./harness/dist.ts";
import { BLOCKING, describeFinding, runAxe } from "./harness/axe.ts";
import { openWatched } from "./harness/visit.ts";

const data = builtData(DIST);
const year = data.latest - 1 >= Math.min(...data.years) ? data.latest - 1 : data.latest;
const province = data.siteMap.provinces.find((p) => p === "32") ?? data.siteMap.provinces[0]!;
// A kota whose page of that year has the aspect profile (a scored result).
const instansi = data.instansi.find(
  (i) => i.tingkat === "kota" && readFileSync(join(DIST, String(year), "instansi", i.slug, "index.html"), "utf8").includes('id="sematkan-aspek"'),
)!;
const at = (chart: EmbedPage["chart"], lang: "id" | "en" = "id", key?: string): string =>
  embedPathOf(key === undefined ? { lang, year, chart, base: "/" } : { lang, year, chart, key, base: "/" });
const EMBEDS = {
  chart: at("sebaran"),
  map: at("peta"),
  province: at("provinsi-view", "en", province),
  instansi: `/${year}/instansi/${instansi.slug}/#sematkan-aspek`,
};

/** The host page: our iframes, resized by /embed.js or by a listener written like Datawrapper's. */
function hostPage(site: string, how: "script" | "datawrapper"): string {
  const frame = (path: string, id: string) =>
    `<iframe id="${id}" src="${site}${path}" title="${id}" width="100%" height="150" frameborder="0" scrolling="no"${how === "script" ? ` data-ipp-embed="${id}"` : ""}></iframe>`;
  const listener =
    how === "script"
      ? `<script async src="${site}/embed.js"></script>`
      : // The shape of the listener newsrooms already run for Datawrapper: match the source window, set the height.
        `<script>window.addEventListener("message", function (e) {
  var h = e.data && e.data["datawrapper-height"]; if (!h) return;
  var frames = document.querySelectorAll("iframe");
  for (var key in h) for (var i = 0; i < frames.length; i++) if (frames[i].contentWindow === e.source) frames[i].style.height = h[key] + "px";
});</script>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>
<script>window.__heights = []; window.addEventListener("message", function (e) { if (e.data && e.data["datawrapper-height"]) window.__heights.push({ origin: e.origin, data: e.data }); });</script>
</head><body style="margin:0"><main style="max-width:1200px">
<h1>Berita</h1>${frame(EMBEDS.chart, "chart")}<p>Teks berita.</p>${frame(EMBEDS.map, "map")}${frame(EMBEDS.province, "province")}${frame(EMBEDS.instansi, "instansi")}
</main>${listener}</body></html>`;
}

let host: Server;
let hostOrigin = "";
let siteOrigin = "";

interface Watched {
  context: BrowserContext;
  page: Page;
  problems: string[];
}

/** A context that records console errors, uncaught errors, failed requests and requests to any third host, in every frame. */
async function watched(env: BrowserEnv, width: number, options: { javaScriptEnabled?: boolean } = {}): Promise<Watched> {
  const context = await env.browser.newContext({ viewport: { width, height: 900 }, serviceWorkers: "block", ...options });
  const problems: string[] = [];
  await context.route(
    (url) => url.origin !== siteOrigin && url.origin !== hostOrigin,
    async (route) => {
      problems.push(`request to another host: ${route.request().url()}`);
      await route.abort("blockedbyclient");
    },
  );
  await context.addInitScript(() => {
    (window as unknown as { __csp: string[] }).__csp = [];
    document.addEventListener("securitypolicyviolation", (e) => (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const page = await context.newPage();
  page.on("console", (m) => m.type() === "error" && problems.push(`console error: ${m.text()} (${m.location().url})`));
  page.on("pageerror", (e) => problems.push(`uncaught: ${e.message}`));
  page.on("response", (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`));
  // ERR_ABORTED: a navigation cut the request short (as in visit.ts); a missing file shows as its status.
  page.on("requestfailed", (r) => r.failure()?.errorText !== "net::ERR_ABORTED" && problems.push(`failed: ${r.url()} ${r.failure()?.errorText ?? ""}`));
  return { context, page, problems };
}

async function cspViolations(page: Page): Promise<string[]> {
  const out: string[] = [];
  for (const f of page.frames()) out.push(...(await f.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []).catch(() => [])));
  return out;
}

/** The height of the embed's content, as the embed measures it. */
const contentHeight = (f: Frame) =>
  f.evaluate(() => {
    const s = getComputedStyle(document.body);
    return Math.ceil(document.body.getBoundingClientRect().height + parseFloat(s.marginTop) + parseFloat(s.marginBottom));
  });

const frameOf = async (page: Page, id: string): Promise<Frame> => (await (await page.$(`iframe#${id}`))!.contentFrame())!;
const frameHeight = (page: Page, id: string) => page.$eval(`iframe#${id}`, (f) => Math.round(f.getBoundingClientRect().height));

browserSuite("embeds on another site", (env) => {
  beforeAll(async () => {
    siteOrigin = env().origin;
    host = createServer((req, res) => {
      const how = req.url?.startsWith("/datawrapper") ? "datawrapper" : "script";
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(hostPage(siteOrigin, how));
    });
    await new Promise<void>((resolve) => host.listen(0, "127.0.0.1", resolve));
    hostOrigin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
    expect(hostOrigin).not.toBe(siteOrigin);
  });
  afterAll(() => new Promise<void>((resolve) => host.close(() => resolve())));

  for (const how of ["script", "datawrapper"] as const)
    it(`resizes each iframe to its embed's height, ${how === "script" ? "with /embed.js" : "with a Datawrapper-style listener"}, and again when the width changes`, async () => {
      const w = await watched(env(), 1200);
      try {
        await w.page.goto(`${hostOrigin}/${how === "script" ? "embed-js" : "datawrapper"}/`, { waitUntil: "load" });
        for (const id of ["chart", "map", "province", "instansi"]) {
          const f = await frameOf(w.page, id);
          await expect.poll(async () => Math.abs((await frameHeight(w.page, id)) - (await contentHeight(f))), { timeout: 15_000, message: id }).toBeLessThanOrEqual(1);
          expect(await frameHeight(w.page, id), id).toBeGreaterThan(300);
        }
        // The messages: from the site's origin, in Datawrapper's form, keyed by chart id.
        const heights = await w.page.evaluate(() => (window as unknown as { __heights: { origin: string; data: Record<string, Record<string, number>> }[] }).__heights);
        const keys = new Set(heights.map((h) => Object.keys(h.data["datawrapper-height"]!)[0]));
        expect(heights.every((h) => h.origin === siteOrigin)).toBe(true);
        expect([...keys]).toEqual(expect.arrayContaining(["sebaran", "peta", `${instansi.slug}-aspek`]));
        expect([...keys].some((k) => k?.startsWith("provinsi-"))).toBe(true);
        // Narrower host column: the embeds lay out for it and post their new height.
        const wide = await frameHeight(w.page, "chart");
        await w.page.setViewportSize({ width: 360, height: 900 });
        const f = await frameOf(w.page, "chart");
        await expect.poll(async () => Math.abs((await frameHeight(w.page, "chart")) - (await contentHeight(f))), { timeout: 10_000 }).toBeLessThanOrEqual(1);
        expect(await frameHeight(w.page, "chart")).not.toBe(wide);
        // The instansi page addressed with #sematkan-aspek shows that part alone.
        const inst = await frameOf(w.page, "instansi");
        expect(await inst.isVisible(".site-header")).toBe(false);
        expect(await inst.isVisible("#aspek")).toBe(true);
        expect(await inst.isVisible(".embed-part[data-part='aspek'] .embed-title")).toBe(true);
        expect(await inst.isVisible("#tren")).toBe(false);
        expect([...w.problems, ...(await cspViolations(w.page)).map((c) => `CSP: ${c}`)]).toEqual([]);
      } finally {
        await w.context.close();
      }
    });

  it("keeps the plain iframe (no script on the host) readable at its fixed height, and the embeds show tooltips by touch", async () => {
    const context = await env().browser.newContext({ viewport: { width: 360, height: 800 }, hasTouch: true, isMobile: true });
    try {
      const page = await context.newPage();
      await page.goto(`${siteOrigin}${EMBEDS.chart}`, { waitUntil: "load" });
      const mark = page.locator("figure.chart svg.ipp-chart .mark").filter({ visible: true }).first();
      const box = (await mark.boundingBox())!;
      await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
      await expect.poll(() => page.locator(".chart-tooltip").isVisible()).toBe(true);
    } finally {
      await context.close();
    }
  });

  it("works with JavaScript off: the chart, its table, the notice and the source; the instansi part by CSS alone", async () => {
    const w = await watched(env(), 360, { javaScriptEnabled: false });
    try {
      for (const path of [EMBEDS.chart, EMBEDS.province]) {
        await w.page.goto(`${siteOrigin}${path}`, { waitUntil: "load" });
        expect(await w.page.locator("figure.chart svg.ipp-chart").filter({ visible: true }).count(), path).toBe(1);
        expect(await w.page.locator("figure.chart table").count(), path).toBe(1);
        expect(await w.page.isVisible(".embed-source"), path).toBe(true);
        expect(await w.page.isVisible(".embed-sample"), path).toBe(data.manifest.tahun.find((t) => t.tahun === year)?.status === "sample");
      }
      await w.page.goto(`${siteOrigin}${EMBEDS.map}`, { waitUntil: "load" });
      expect(await w.page.isVisible("#peta-static svg")).toBe(true);
      expect(await w.page.locator("#peta-tabel table").count()).toBe(2);
      await w.page.goto(`${siteOrigin}${EMBEDS.instansi}`, { waitUntil: "load" });
      expect(await w.page.isVisible(".site-header")).toBe(false);
      expect(await w.page.isVisible("#aspek")).toBe(true);
      expect(await w.page.isVisible("#lokus")).toBe(false);
      // The share panel's fields are there to select without JavaScript (on the full page).
      await w.page.goto(`${siteOrigin}/${year}/`, { waitUntil: "load" });
      await w.page.click("details.share:has(#bagikan-sebaran-alamat) > summary");
      expect(await w.page.inputValue("#bagikan-sebaran-alamat")).toMatch(new RegExp(`/${year}/`));
      expect(await w.page.inputValue("#bagikan-sebaran-responsif")).toContain("embed.js");
      expect(w.problems).toEqual([]);
    } finally {
      await w.context.close();
    }
  });

  for (const width of [320, 1200])
    it(`has no serious or critical axe finding at ${width} px`, async () => {
      const findings: string[] = [];
      for (const path of Object.values(EMBEDS)) {
        // Opened, not scrolled through: the lazy images of the parts an instansi embed hides never load, by design.
        const v = await openWatched(env(), { viewport: { width, height: 900 } });
        try {
          await v.page.goto(`${env().origin}${path}`, { waitUntil: "networkidle" });
          if (path.includes("peta")) {
            // The embed draws the live map when a reader reaches for it.
            expect(await v.page.isVisible("#peta-live")).toBe(false);
            await v.page.locator("#peta-static").dispatchEvent("pointerdown");
            await v.page.waitForSelector("#peta-live[data-ready]", { timeout: 20_000 });
          }
          for (const f of await runAxe(v.page)) if (BLOCKING.includes(f.impact ?? "minor")) findings.push(describeFinding(path, f));
          for (const p of await v.problems()) findings.push(`${path}: ${p}`);
        } finally {
          await v.close();
        }
      }
      expect(findings, findings.join("\n")).toEqual([]);
    });

  it("copies the share panel's full address with the copy button, by keyboard", async () => {
    const context = await env().browser.newContext({ viewport: { width: 1200, height: 900 } });
    try {
      await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: siteOrigin });
      const page = await context.newPage();
      await page.goto(`${siteOrigin}/${year}/peta/`, { waitUntil: "load" });
      const summary = page.locator("details.share:has(#bagikan-peta-alamat) > summary");
      await summary.focus();
      await page.keyboard.press("Enter");
      const button = page.locator('[data-copy="bagikan-peta-alamat"]');
      await expect.poll(() => button.isVisible()).toBe(true);
      await button.focus();
      await page.keyboard.press("Enter");
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toMatch(/^https?:\/\//);
      expect(copied).toContain(`/${year}/peta/`);
      expect(await page.textContent("details.share:has(#bagikan-peta-alamat) .share-status")).toMatch(/Disalin/);
      // The citation got today's date in place of the slot.
      expect(await page.inputValue("#bagikan-peta-kutipan-id")).not.toContain("[tanggal akses]");
      // The open panel passes axe too (labels, names of the copy buttons, contrast).
      const findings = (await runAxe(page)).filter((f) => BLOCKING.includes(f.impact ?? "minor")).map((f) => describeFinding("/peta/ (share panel open)", f));
      expect(findings, findings.join("\n")).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
