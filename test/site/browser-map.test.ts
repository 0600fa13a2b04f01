/**
 * The promise for the map, at acceptance level (test/site/map.test.ts
 * by the map's author goes into the details): every kab/kota of the boundary
 * file is drawn, by the server SVG without JavaScript and by the live map
 * with it, and a region shows a tooltip with its name on keyboard focus and
 * on mouse hover. The count comes from geo/status.json, which the boundary
 * build writes from the geometry itself.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { browserSuite } from "./harness/browser.ts";
import { DIST, requireDist } from "./harness/dist.ts";
import { visit } from "./harness/visit.ts";

const dist = requireDist(DIST);
const status = JSON.parse(readFileSync(join(dist, "geo", "status.json"), "utf8")) as { available: boolean; features?: { kabkota: number } };
const regions = status.features?.kabkota ?? 0;
const noGeo = !status.available || regions === 0;

browserSuite("the map", (env) => {
  for (const lang of ["id", "en"] as const) {
    const path = lang === "id" ? "/peta/" : "/en/peta/";

    it.skipIf(noGeo)(`${path} without JavaScript: the server SVG draws all ${regions} kab/kota`, async () => {
      const v = await visit(env(), path, { javaScriptEnabled: false });
      try {
        expect(await v.page.locator("#peta-svg path[data-kode]").count()).toBe(regions);
        expect(await v.problems()).toEqual([]);
      } finally {
        await v.close();
      }
    });

    it.skipIf(noGeo)(`${path}: the live map draws all ${regions} kab/kota and shows a tooltip on focus and on hover`, async () => {
      const v = await visit(env(), path);
      const { page } = v;
      try {
        await page.locator('#peta-live[data-ready="true"] path[data-kode]').first().waitFor();
        expect(await page.locator("#peta-live path[data-kode]").count()).toBe(regions);
        const tooltip = page.locator(".leaflet-tooltip");

        const first = page.locator("#peta-live path[data-kode]").first();
        await first.focus();
        await tooltip.first().waitFor();
        const label = (await first.getAttribute("aria-label")) ?? "";
        const name = (await tooltip.first().locator("strong").textContent()) ?? "";
        expect(name.length).toBeGreaterThan(0);
        expect(label).toContain(name);
        await first.blur();

        // Hover the middle of a region that really is under the pointer there (not a neighbour).
        const point = await page.evaluate(() => {
          for (const p of document.querySelectorAll<SVGPathElement>("#peta-live path[data-kode]")) {
            const r = p.getBoundingClientRect();
            const x = r.left + r.width / 2;
            const y = r.top + r.height / 2;
            if (r.width > 8 && document.elementFromPoint(x, y) === p) return { x, y, label: p.getAttribute("aria-label") ?? "" };
          }
          return null;
        });
        expect(point, "no region under its own centre").not.toBeNull();
        await page.mouse.move(point!.x, point!.y);
        await page.mouse.move(point!.x + 1, point!.y);
        await tooltip.first().waitFor();
        expect(point!.label).toContain((await tooltip.first().locator("strong").textContent()) ?? "?");
        expect(await v.problems()).toEqual([]);
      } finally {
        await v.close();
      }
    });
  }
});
