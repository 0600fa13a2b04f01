/**
 * axe-core on every page kind in both languages (latest edition, and every
 * notable instansi of the sample) and the 404 pages: no serious or critical violation. Minor
 * and moderate ones are printed, not failed, so they stay visible.
 */
import { expect, it } from "vitest";
import { BLOCKING, describeFinding, runAxe } from "./harness/axe.ts";
import { browserSuite } from "./harness/browser.ts";
import { DIST, builtData, requireDist } from "./harness/dist.ts";
import { samplePages } from "./harness/sample.ts";
import { visit } from "./harness/visit.ts";

const pages = [
  ...samplePages(builtData(requireDist(DIST))).filter((s) => s.page.edition === "terbaru"),
  // The 404 pages, as a host serves them at a missing address.
  { path: "/404.html", label: "404 id" },
  { path: "/en/404.html", label: "404 en" },
];

browserSuite("accessibility (axe-core)", (env) => {
  for (const s of pages)
    it(`${s.path} (${s.label}) has no serious or critical axe violation`, async () => {
      const v = await visit(env(), s.path);
      try {
        const findings = await runAxe(v.page);
        const minor = findings.filter((f) => !BLOCKING.includes(f.impact ?? "minor"));
        if (minor.length) console.log(minor.map((f) => describeFinding(s.path, f)).join("\n"));
        expect(findings.filter((f) => BLOCKING.includes(f.impact ?? "minor")).map((f) => describeFinding(s.path, f))).toEqual([]);
      } finally {
        await v.close();
      }
    });
});
