/**
 * The ranking page sorts and filters, in both languages: a header button
 * sorts each tingkat's rows and says so with aria-sort, a second press
 * reverses; each filter (tingkat, province, predikat, predikat's move since
 * the previous year, name) leaves only
 * matching rows, the live count follows, the state goes into the URL and a
 * shared URL opens filtered; reset brings every row back. Reads the markup
 * of src/components/ranking/ (data-* attributes on each row).
 */
import { expect, it } from "vitest";
import type { Page } from "playwright-core";
import { browserSuite } from "./harness/browser.ts";
import { DIST, requireDist } from "./harness/dist.ts";
import { pendingNote, placeholderView } from "./harness/pending.ts";
import { visit } from "./harness/visit.ts";

const dist = requireDist(DIST);
const pending = placeholderView(dist, "/peringkat/");

interface Row {
  readonly t: string;
  readonly p: string;
  readonly k: string;
  readonly g: string;
  readonly s: string;
  readonly v: number | null;
  readonly name: string;
}

/** The rows a reader sees, in order, with the values the script works on. */
const visibleRows = (page: Page): Promise<Row[]> =>
  page.$$eval("#peringkat-tabel tbody:not([hidden]) tr[data-k]:not([hidden])", (trs) =>
    trs.map((tr) => {
      const el = tr as HTMLTableRowElement;
      const d = el.dataset;
      return { t: el.parentElement?.dataset["t"] ?? "", p: d["p"] ?? "", k: d["k"] ?? "", g: d["g"] ?? "", s: d["s"] ?? "", v: d["v"] ? Number(d["v"]) : null, name: (el.cells[1]?.querySelector("a") ?? el.cells[1])?.textContent?.trim() ?? "" };
    }),
  );
const allRows = (page: Page) => page.locator("#peringkat-tabel tr[data-k]").count();

/** Within each tingkat, the evaluated rows' values run in `dir` order. */
function inOrder<T>(rows: readonly Row[], value: (r: Row) => T | null, cmp: (a: T, b: T) => number, dir: "ascending" | "descending"): boolean {
  const byGroup = new Map<string, T[]>();
  for (const r of rows) {
    const v = value(r);
    if (v !== null) byGroup.set(r.t, [...(byGroup.get(r.t) ?? []), v]);
  }
  return [...byGroup.values()].every((vs) => vs.every((v, i) => i === 0 || (dir === "ascending" ? cmp(vs[i - 1]!, v) <= 0 : cmp(vs[i - 1]!, v) >= 0)));
}

browserSuite("the ranking sorts and filters", (env) => {
  for (const lang of ["id", "en"] as const) {
    const path = lang === "id" ? "/peringkat/" : "/en/peringkat/";

    it.skipIf(pending !== undefined)(`${path}: a header button sorts by IPP, aria-sort says which way, a second press reverses${pendingNote(pending)}`, async () => {
      const v = await visit(env(), path);
      const { page } = v;
      try {
        const th = page.locator('#peringkat-tabel th[data-sort="ipp"]');
        for (let press = 0; press < 2; press++) {
          await th.locator("button").click();
          const dir = (await th.getAttribute("aria-sort")) as "ascending" | "descending" | null;
          expect(dir === "ascending" || dir === "descending", `aria-sort=${dir}`).toBe(true);
          expect(inOrder(await visibleRows(page), (r) => r.v, (a, b) => a - b, dir!), `IPP ${dir}`).toBe(true);
          expect(await page.locator("#peringkat-tabel th[aria-sort]").count()).toBe(1);
        }
        const collator = new Intl.Collator(lang);
        const name = page.locator('#peringkat-tabel th[data-sort="nama"]');
        await name.locator("button").click();
        const dir = (await name.getAttribute("aria-sort")) as "ascending" | "descending";
        expect(inOrder(await visibleRows(page), (r) => r.name, (a, b) => collator.compare(a, b), dir), `names ${dir}`).toBe(true);
        expect(new URL(page.url()).search).toContain("nama");
        expect(await v.problems()).toEqual([]);
      } finally {
        await v.close();
      }
    });

    it.skipIf(pending !== undefined)(`${path}: each filter keeps only matching rows, the count and the URL follow, reset restores all${pendingNote(pending)}`, async () => {
      const v = await visit(env(), path);
      const { page } = v;
      try {
        const total = await allRows(page);
        const status = page.locator("#peringkat-status");
        const before = await status.textContent();
        const pick = async (id: string) => (await page.locator(`#${id} option:not([value=""])`).first().getAttribute("value"))!;

        const predikat = await pick("pr-predikat");
        await page.selectOption("#pr-predikat", predikat);
        let rows = await visibleRows(page);
        expect(rows.length).toBeGreaterThan(0);
        expect(rows.length).toBeLessThan(total);
        expect(rows.every((r) => r.k === predikat), `only predikat ${predikat}`).toBe(true);
        expect(await status.textContent()).not.toBe(before);
        expect(new URL(page.url()).searchParams.get("predikat")).toBe(predikat);

        await page.selectOption("#pr-predikat", "");
        const tingkat = await pick("pr-tingkat");
        await page.selectOption("#pr-tingkat", tingkat);
        rows = await visibleRows(page);
        expect(rows.length > 0 && rows.every((r) => r.t === tingkat), `only tingkat ${tingkat}`).toBe(true);

        await page.selectOption("#pr-tingkat", "");
        const provinsi = await pick("pr-provinsi");
        await page.selectOption("#pr-provinsi", provinsi);
        rows = await visibleRows(page);
        expect(rows.length > 0 && rows.every((r) => r.p === provinsi), `only province ${provinsi}`).toBe(true);

        await page.selectOption("#pr-provinsi", "");
        // A city: its name is distinctive (a province's, like "Aceh", recurs in its kabupaten's names).
        const someone = (await visibleRows(page)).find((r) => r.t === "kota")!;
        await page.fill("#pr-q", someone.name);
        rows = await visibleRows(page);
        expect(rows.map((r) => r.name)).toContain(someone.name);
        expect(rows.length).toBeLessThan(10);

        await page.locator('#peringkat-saring button[type="reset"]').click();
        expect((await visibleRows(page)).length).toBe(total);

        // A shared URL opens filtered.
        await page.goto(`${env().origin}${path}?predikat=${encodeURIComponent(predikat)}`);
        rows = await visibleRows(page);
        expect(rows.length > 0 && rows.every((r) => r.k === predikat), "filtered from the URL").toBe(true);
        expect(await page.inputValue("#pr-predikat")).toBe(predikat);
        expect(await v.problems()).toEqual([]);
      } finally {
        await v.close();
      }
    });

    it.skipIf(pending !== undefined)(`${path}: naik / turun / tetap predikat keep only those rows, with the counts the changes page gives; the filter survives the language switch${pendingNote(pending)}`, async () => {
      const v = await visit(env(), path);
      const { page } = v;
      try {
        const marked = await page.$$eval("#peringkat-tabel tr[data-g]", (trs) => trs.map((tr) => (tr as HTMLElement).dataset["g"] ?? ""));
        const changes = await page.goto(`${env().origin}${lang === "id" ? "" : "/en"}/perubahan/`).then(() => page.locator(".changes-counts tbody tr").last().locator("td").allTextContents());
        await page.goto(`${env().origin}${path}`);
        const counts: Record<string, number> = {};
        for (const move of ["naik", "turun", "tetap"]) {
          await page.selectOption("#pr-gerak", move);
          const rows = await visibleRows(page);
          expect(rows.length, move).toBeGreaterThan(0);
          expect(rows.every((r) => r.g === move), `only ${move}`).toBe(true);
          expect(rows.length).toBe(marked.filter((g) => g === move).length);
          expect(new URL(page.url()).searchParams.get("gerak")).toBe(move);
          counts[move] = rows.length;
        }
        // The same numbers as the changes page's "all" row (naik, turun, tetap).
        expect(changes.map((c) => Number(c.replace(/\D/g, "")))).toEqual([counts["naik"], counts["turun"], counts["tetap"]]);
        await page.selectOption("#pr-gerak", "turun");
        // On a phone the rows are cards (a grid): a hidden row must still disappear.
        await page.setViewportSize({ width: 360, height: 800 });
        const shown = await page.$$eval("#peringkat-tabel tbody tr[data-k]", (trs) => trs.filter((tr) => (tr as HTMLElement).offsetParent !== null).length);
        expect(shown, "rows drawn at 360 px").toBe(counts["turun"]);
        // On a phone the language switch sits in the header's menu.
        await page.click(".site-menu > summary");
        await page.click(`.switches a[hreflang="${lang === "id" ? "en" : "id"}"]`);
        await page.waitForLoadState("load");
        expect(new URL(page.url()).searchParams.get("gerak")).toBe("turun");
        expect(await page.inputValue("#pr-gerak")).toBe("turun");
        expect((await visibleRows(page)).every((r) => r.g === "turun")).toBe(true);
        expect(await v.problems()).toEqual([]);
      } finally {
        await v.close();
      }
    });
  }
});
