/**
 * The map in Debian's Chromium (test/dist/map.test.ts checks the built
 * files): every kab/kota of the boundary file drawn, by the server SVG
 * without JavaScript and by the live map with it; a tooltip with name,
 * letter and IPP on keyboard focus and on mouse hover, and the instansi page
 * on Enter and on click; the year switched in place. Every visit must be
 * clean: no console error, failed request, request to another host or CSP
 * violation (harness/visit.ts). The region count comes from geo/status.json,
 * which the boundary build writes from the geometry itself.
 */
import { readFileSync } from "node:fs";
import { boundaryCredit } from "../../src/lib/map/text.ts";
import { join } from "node:path";
import { expect, it } from "vitest";
import { colorOf } from "../../src/lib/format/palette.ts";
import { formatIpp } from "../../src/lib/format/number.ts";
import { browserSuite } from "./harness/browser.ts";
import { DIST, requireDist } from "./harness/dist.ts";
import { visit, type Visit } from "./harness/visit.ts";

const dist = requireDist(DIST);
const json = (path: string): unknown => JSON.parse(readFileSync(join(dist, path), "utf8"));
const status = json("geo/status.json") as { available: boolean; attribution?: string; features?: { kabkota: number; provinsi: number } };
const regions = status.features?.kabkota ?? 0;
const noGeo = !status.available || regions === 0;
const manifest = json("data/manifest.json") as { tahun_terbaru: number; tahun: { tahun: number }[] };
const latest = manifest.tahun_terbaru;
const master = new Map((json("data/instansi.json") as { instansi: { kode: string; nama: string; slug: string }[] }).instansi.map((m) => [m.kode, m]));
type Result = { kode_instansi: string; ipp: number; predikat: string };
const resultsOf = (year: number) => new Map((json(`data/${year}/pekppp-instansi.json`) as { instansi: Result[] }).instansi.map((r) => [r.kode_instansi, r]));
const results = resultsOf(latest);

browserSuite("the map", (env) => {
  /** Visits a map page; with JavaScript, waits until the live map says it is whole. */
  const open = async (path: string, js = true): Promise<Visit> => {
    const v = await visit(env(), path, { javaScriptEnabled: js });
    if (js) await v.page.waitForSelector('#peta-live[data-ready="true"] path.peta-region', { timeout: 20_000 });
    return v;
  };
  /** Runs `check` on a visit, then requires the visit to have been clean. */
  const on = async (path: string, check: (v: Visit) => Promise<void>, js = true) => {
    const v = await open(path, js);
    try {
      await check(v);
      expect(await v.problems()).toEqual([]);
    } finally {
      await v.close();
    }
  };
  const regionPath = (v: Visit, code: string) => v.page.locator(`#peta-live path.peta-region[data-kode="${code}"]`);

  for (const path of ["/peta/", "/en/peta/"]) {
    it.skipIf(noGeo)(`${path} without JavaScript: the server SVG draws all ${regions} kab/kota; the live map's controls stay hidden`, () =>
      on(
        path,
        async ({ page }) => {
          expect(await page.locator("#peta-svg path[data-kode]").count()).toBe(regions);
          expect(await page.locator("#peta-svg").isVisible()).toBe(true);
          expect(await page.locator("#peta-controls").isHidden()).toBe(true);
          expect(await page.locator("#peta-live").isHidden()).toBe(true);
        },
        false,
      ),
    );

    it.skipIf(noGeo)(`${path}: the live map draws all ${regions} kab/kota, and every province on the province layer, over the hidden server SVG`, () =>
      on(path, async ({ page }) => {
        expect(await page.locator("#peta-live path.peta-region").count()).toBe(regions);
        expect(await page.locator("#peta-static").isHidden()).toBe(true);
        expect(await page.locator(".leaflet-control-attribution").textContent()).toContain(boundaryCredit(status.attribution ?? "", path.startsWith("/en/") ? "en" : "id"));
        await page.check('input[name="peta-tingkat"][value="provinsi"]');
        expect(await page.locator("#peta-live path.peta-region").count()).toBe(status.features?.provinsi ?? 38);
      }),
    );
  }

  it.skipIf(noGeo)("shows name, letter and IPP on keyboard focus, and opens the instansi page on Enter", () =>
    on("/peta/", async (v) => {
      const r = results.get("32.73")!;
      await regionPath(v, "32.73").focus();
      const tip = await v.page.locator(".leaflet-tooltip").textContent();
      expect(tip).toContain("Kota Bandung");
      expect(tip).toContain(`${r.predikat} · `);
      expect(tip).toContain(`IPP ${formatIpp(r.ipp, "id")}`);
      expect((await regionPath(v, "32.73").getAttribute("aria-label")) ?? "").toContain("Kota Bandung");
      await v.page.keyboard.press("Enter");
      await v.page.waitForURL(`${env().origin}/instansi/kota-bandung/`);
    }),
  );

  it.skipIf(noGeo)("shows the tooltip of the region under the mouse, and goes to its page on click", () =>
    on("/en/peta/", async ({ page }) => {
      await page.locator("#peta-live").scrollIntoViewIfNeeded();
      // The middle of a region that really is under the pointer there (not a neighbour).
      const hit = await page.evaluate(() => {
        for (const p of document.querySelectorAll<SVGPathElement>("#peta-live path.peta-region[data-kode]")) {
          const r = p.getBoundingClientRect();
          const x = r.left + r.width / 2;
          const y = r.top + r.height / 2;
          if (r.width > 8 && document.elementFromPoint(x, y) === p) return { x, y, code: p.getAttribute("data-kode") ?? "" };
        }
        return null;
      });
      expect(hit, "no region under its own centre").not.toBeNull();
      const { x, y, code } = hit!;
      await page.mouse.move(x, y);
      await page.mouse.move(x + 1, y);
      const tip = page.locator(".leaflet-tooltip").first();
      await tip.waitFor();
      const r = results.get(code);
      expect(await tip.textContent()).toContain(master.get(code)!.nama);
      expect(await tip.textContent()).toContain(r ? `IPP ${formatIpp(r.ipp, "en")}` : "Not evaluated");
      await page.mouse.click(x, y);
      await page.waitForURL(`${env().origin}/en/instansi/${master.get(code)!.slug}/`);
    }),
  );

  const previous = manifest.tahun.map((t) => t.tahun).filter((y) => y !== latest).at(-1);
  it.skipIf(noGeo || previous === undefined)("switches the year in place: colours, tables, links, the address, the header and an open tooltip", () =>
    on("/peta/", async (v) => {
      const { page } = v;
      const year = previous!;
      const old = resultsOf(year).get("32.73");
      const now = results.get("32.73");
      // A region keeps focus (and its tooltip open) while the year changes under it.
      await regionPath(v, "32.73").focus();
      const tipBefore = await page.locator(".leaflet-tooltip").textContent();
      await page.evaluate((y) => {
        const select = document.querySelector<HTMLSelectElement>("#peta-tahun")!;
        select.value = String(y);
        select.dispatchEvent(new Event("change"));
      }, year);
      expect(page.url()).toBe(`${env().origin}/${year}/peta/`);
      const tipAfter = await page.locator(".leaflet-tooltip").textContent();
      if (old) expect(tipAfter).toContain(`IPP ${formatIpp(old.ipp, "id")}`);
      if (old && now && old.ipp !== now.ipp) expect(tipAfter).not.toBe(tipBefore);
      // The header follows: its year links mark the year shown, its navigation leads to that year.
      expect(await page.locator('.switches nav a[aria-current="page"]').getAttribute("href")).toBe(`/${year}/peta/`);
      expect(await page.locator('.main-nav a[data-kind="ranking"]').getAttribute("href")).toBe(`/${year}/peringkat/`);
      expect(await page.locator('.brand [data-role="year"]').textContent()).toBe(String(year));
      expect(await regionPath(v, "32.73").getAttribute("fill")).toBe(old ? colorOf(old.predikat) : `url(#peta-live-hatch)`);
      expect(await page.locator('tr[data-kode="32.73"] [data-role="ipp"]').textContent()).toBe(old ? formatIpp(old.ipp, "id") : "–");
      expect(await page.locator('tr[data-kode="32.73"] th a').getAttribute("href")).toBe(`/${year}/instansi/kota-bandung/`);
    }),
  );
});
