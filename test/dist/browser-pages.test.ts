/**
 * Every kind of page, in both languages and two editions, opened in
 * Chromium: it loads with no console error, no uncaught exception, no failed
 * request, no request to another host and no CSP violation; the language
 * switch leads to the same page in the other language; and what the page
 * really downloaded (network log, gzip sizes of the served files) fits its
 * kind's budget.
 */
import { expect, it } from "vitest";
import { inLang, pathOf, type PageKind } from "../../src/lib/site/routes.ts";
import { BUDGETS, kB } from "./harness/budgets.ts";
import { browserSuite } from "./harness/browser.ts";
import { DIST, builtData, requireDist } from "./harness/dist.ts";
import { gzipFile } from "./harness/gzip.ts";
import { printTable } from "./harness/report.ts";
import { samplePages } from "./harness/sample.ts";
import { fileFor } from "./harness/transfer.ts";
import { visit } from "./harness/visit.ts";

const sample = samplePages(builtData(requireDist(DIST)));
const measured: { kind: PageKind; path: string; bytes: number; files: number; budget: number | undefined }[] = [];

browserSuite("pages in the browser", (env) => {
  // One visit per page: the language-switch check reuses the loaded page
  // (latest edition only; the year editions' switch is the same link).
  for (const s of sample) {
    const switches = s.page.edition === "terbaru";
    it(`${s.path} (${s.label}) loads cleanly${switches ? "; its language switch keeps the reader on the same page" : ""}`, async () => {
      const v = await visit(env(), s.path);
      try {
        expect(await v.problems(), s.path).toEqual([]);
        const files = [...new Set(v.watch.loaded)].map((p) => fileFor(env().dist, p)).filter((f): f is string => f !== undefined);
        measured.push({ kind: s.page.kind, path: s.path, bytes: files.reduce((n, f) => n + gzipFile(f), 0), files: files.length, budget: BUDGETS[s.page.kind] });
        if (!switches) return;
        const other = inLang(s.page, s.page.lang === "id" ? "en" : "id");
        const link = v.page.locator(`a[hreflang="${other.lang}"]`).first();
        await Promise.all([v.page.waitForURL(`${env().origin}${pathOf(other)}`), link.click()]);
        expect(await v.page.getAttribute("html", "lang")).toBe(other.lang);
        await v.page.waitForLoadState("networkidle");
        expect(await v.problems(), `after switching to ${pathOf(other)}`).toEqual([]);
      } finally {
        await v.close();
      }
    });
  }

  it("fits the transfer budget per page kind, as measured from the network log", () => {
    printTable(
      "transfer measured in the browser (gzip -6 of every file served during load)",
      ["page", "kind", "files", "transfer", "budget"],
      measured.map((m) => [m.path, m.kind, String(m.files), kB(m.bytes), m.budget ? kB(m.budget) : "–"]),
    );
    const over = measured.filter((m) => m.budget !== undefined && m.bytes > m.budget).map((m) => `${m.path}: ${kB(m.bytes)} > ${kB(m.budget!)}`);
    expect(over).toEqual([]);
  });
});
