/**
 * The Ramah Kelompok Rentan page filters its units with JavaScript (every
 * unit is listed without it): each filter leaves only matching rows, empty
 * tier sections hide, the live count follows, reset brings every row back.
 */
import { expect, it } from "vitest";
import type { Page } from "playwright-core";
import { browserSuite } from "./harness/browser.ts";
import { DIST, requireDist } from "./harness/dist.ts";
import { visit } from "./harness/visit.ts";

requireDist(DIST);

interface VisibleRow {
  readonly jenis: string;
  readonly provinsi: string;
  readonly teks: string;
  readonly name: string;
}

const visible = (page: Page): Promise<VisibleRow[]> =>
  page.$$eval("tr[data-jenis]:not([hidden])", (trs) =>
    trs.map((tr) => {
      const el = tr as HTMLTableRowElement;
      const d = el.dataset;
      return { jenis: d["jenis"] ?? "", provinsi: d["provinsi"] ?? "", teks: d["teks"] ?? "", name: el.cells[1]?.textContent ?? "" };
    }),
  );

browserSuite("the Ramah Kelompok Rentan units filter", (env) => {
  for (const [path, word] of [
    ["/evaluasi/ramah-kelompok-rentan/", "unit ditampilkan"],
    ["/en/evaluasi/ramah-kelompok-rentan/", "units shown"],
  ] as const)
    it(`${path}: kind, province and name each narrow the rows; the count follows; reset restores`, async () => {
      const v = await visit(env(), path);
      const { page } = v;
      try {
        const all = await page.locator("tr[data-jenis]").count();
        expect(all).toBeGreaterThan(100);
        await expect.poll(() => page.locator("#unit-saring").isVisible()).toBe(true);
        await page.selectOption("#us-jenis", "RSUD");
        const rsud = await visible(page);
        expect(rsud.length).toBeGreaterThan(0);
        expect(rsud.length).toBeLessThan(all);
        expect(rsud.every((r) => r.jenis === "RSUD")).toBe(true);
        expect(await page.textContent("#unit-status")).toContain(`${rsud.length} ${word}`);
        await page.selectOption("#us-jenis", "");
        await page.selectOption("#us-provinsi", "35");
        const jatim = await visible(page);
        expect(jatim.length).toBeGreaterThan(0);
        expect(jatim.every((r) => r.provinsi === "35")).toBe(true);
        expect(await page.locator("section[data-kategori]:not([hidden])").count()).toBeGreaterThan(0);
        await page.fill("#us-q", "perpustakaan");
        const named = await visible(page);
        expect(named.every((r) => /perpustakaan/i.test(r.name) || /perpustakaan/.test(r.teks))).toBe(true);
        await page.click("#unit-saring button[type=reset]");
        await expect.poll(async () => (await visible(page)).length).toBe(all);
        expect(await v.problems()).toEqual([]);
      } finally {
        await v.close();
      }
    });
});
