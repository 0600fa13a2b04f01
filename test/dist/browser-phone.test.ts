/**
 * Every page kind in both languages at a phone's width (360 px) and a
 * desktop's (1,280 px): no horizontal overflow, no chart text rendered below
 * 11 px (inline SVG and SVG images), axe without serious or critical
 * findings. Then the tooltips of the charts by tap, hover and keyboard, each
 * closed with Escape; and the map: Indonesia fitted to its frame, a tap
 * previews a region with a link instead of leaving the page, the level kept
 * in the address; the drawn maps of the home and province pages preview the
 * same way (a second tap opens), in both languages. The header leaves most
 * of a phone's first screen to the page (navigation folded in "Menu"; the
 * notice on sample data and the edition in at most four lines), and
 * headings of the home cards wrap between words, never inside one.
 */
import { expect, it } from "vitest";
import { BLOCKING, describeFinding, runAxe } from "./harness/axe.ts";
import { browserSuite } from "./harness/browser.ts";
import { DIST, builtData, requireDist } from "./harness/dist.ts";
import { horizontalOverflow, smallChartText } from "./harness/phone.ts";
import { onePerKind } from "./harness/sample.ts";
import { visit } from "./harness/visit.ts";

const data = builtData(requireDist(DIST));
const pages = [...onePerKind(data, "id"), ...onePerKind(data, "en")];
const WIDTHS = [360, 1280] as const;
const viewport = (width: number) => ({ viewport: { width, height: 800 } });
const touch = (width: number) => ({ ...viewport(width), hasTouch: true, isMobile: true });

browserSuite("phone and desktop widths", (env) => {
  for (const width of WIDTHS)
    for (const s of pages)
      it(`${s.path} (${s.label}) at ${width} px: no overflow, chart text ≥ 11 px, axe clean`, async () => {
        const v = await visit(env(), s.path, viewport(width));
        try {
          expect(await horizontalOverflow(v.page)).toEqual([]);
          const { small } = await smallChartText(v.page);
          expect(small.map((t) => `${t.where}: "${t.text}" at ${t.px.toFixed(1)} px`)).toEqual([]);
          const findings = await runAxe(v.page);
          expect(findings.filter((f) => BLOCKING.includes(f.impact ?? "minor")).map((f) => describeFinding(s.path, f))).toEqual([]);
        } finally {
          await v.close();
        }
      });

  it("the home page's charts measure some text at both widths (the text check is not vacuous)", async () => {
    for (const width of WIDTHS) {
      const v = await visit(env(), "/", viewport(width));
      try {
        expect((await smallChartText(v.page)).measured).toBeGreaterThan(50);
      } finally {
        await v.close();
      }
    }
  });

  it("the instansi page measures the text of its distribution image at phone width", async () => {
    const slug = data.instansi.find((i) => data.results.get(data.latest)!.has(i.kode))!.slug;
    const v = await visit(env(), `/instansi/${slug}/`, viewport(360));
    try {
      const src = await v.page.locator("#sebaran-ipp-figure picture img").evaluate((i: HTMLImageElement) => i.currentSrc);
      expect(src).toMatch(/sebaran-ipp-s\.svg$/);
      expect((await smallChartText(v.page)).measured).toBeGreaterThan(20);
    } finally {
      await v.close();
    }
  });

  it("chart tooltips open by tap above the finger and close by a tap elsewhere and by Escape", async () => {
    const v = await visit(env(), "/", touch(360));
    try {
      const p = v.page;
      const mark = p.locator("figure.chart svg.ipp-chart .mark").filter({ visible: true }).first();
      await mark.scrollIntoViewIfNeeded();
      const box = (await mark.boundingBox())!;
      const at = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
      await p.touchscreen.tap(at.x, at.y);
      const tip = p.locator(".chart-tooltip");
      await expect.poll(() => tip.isVisible()).toBe(true);
      const t = (await tip.boundingBox())!;
      // Never under the finger: the tooltip's box does not contain the touch point.
      expect(at.y < t.y || at.y > t.y + t.height || at.x < t.x || at.x > t.x + t.width).toBe(true);
      await p.touchscreen.tap(5, 5);
      await expect.poll(() => tip.isVisible()).toBe(false);
      await p.touchscreen.tap(at.x, at.y);
      await expect.poll(() => tip.isVisible()).toBe(true);
      await p.keyboard.press("Escape");
      await expect.poll(() => tip.isVisible()).toBe(false);
    } finally {
      await v.close();
    }
  });

  it("chart tooltips open by hover and by keyboard, and close with Escape", async () => {
    const v = await visit(env(), "/", viewport(1280));
    try {
      const p = v.page;
      const tip = p.locator(".chart-tooltip");
      const mark = p.locator("figure.chart svg.ipp-chart .mark").filter({ visible: true }).first();
      await mark.hover();
      await expect.poll(() => tip.isVisible()).toBe(true);
      expect(await tip.textContent()).toBe(await mark.getAttribute("data-tip"));
      await p.keyboard.press("Escape");
      await expect.poll(() => tip.isVisible()).toBe(false);
      // A chart with many marks is one tab stop; arrow keys step through its marks.
      const many = p.locator("svg.ipp-chart[tabindex]").filter({ visible: true }).first();
      await many.focus();
      await p.keyboard.press("ArrowRight");
      await expect.poll(() => tip.isVisible()).toBe(true);
      await p.keyboard.press("Escape");
      await expect.poll(() => tip.isVisible()).toBe(false);
      // A chart with few marks: each mark is a tab stop of its own.
      const few = p.locator("svg.ipp-chart .mark[tabindex]").filter({ visible: true }).first();
      await few.focus();
      await expect.poll(() => tip.isVisible()).toBe(true);
      await p.keyboard.press("Escape");
      await expect.poll(() => tip.isVisible()).toBe(false);
    } finally {
      await v.close();
    }
  });

  for (const width of WIDTHS)
    it(`the map fits Indonesia to its frame at ${width} px`, async () => {
      const v = await visit(env(), "/peta/", viewport(width));
      try {
        const p = v.page;
        await p.waitForSelector("#peta-live[data-ready=true]", { timeout: 30_000 });
        const fit = await p.evaluate(() => {
          const frame = document.getElementById("peta-live")!.getBoundingClientRect();
          let [l, t, r, b] = [Infinity, Infinity, -Infinity, -Infinity];
          for (const path of Array.from(document.querySelectorAll(".peta-region"))) {
            const q = path.getBoundingClientRect();
            [l, t, r, b] = [Math.min(l, q.left), Math.min(t, q.top), Math.max(r, q.right), Math.max(b, q.bottom)];
          }
          return { fw: frame.width, fh: frame.height, w: r - l, h: b - t, inside: l >= frame.left - 2 && r <= frame.right + 2 && t >= frame.top - 2 && b <= frame.bottom + 2 };
        });
        expect(fit.inside).toBe(true);
        // Fitted: it fills the frame along one side (and the frame is not mostly empty).
        expect(Math.max(fit.w / fit.fw, fit.h / fit.fh)).toBeGreaterThan(0.9);
        expect((fit.w * fit.h) / (fit.fw * fit.fh)).toBeGreaterThan(0.5);
        // The sample-data notice is inside the frame.
        const sample = data.manifest.tahun.find((y) => y.tahun === data.latest)?.status === "sample";
        if (sample) expect(await p.locator("#peta-live .peta-sample-notice").isVisible()).toBe(true);
      } finally {
        await v.close();
      }
    });

  it("a tap on the map previews the region with a link instead of leaving; the level stays in the address", async () => {
    const v = await visit(env(), "/peta/", touch(360));
    try {
      const p = v.page;
      await p.waitForSelector("#peta-live[data-ready=true]", { timeout: 30_000 });
      const before = p.url();
      await p.locator("#peta-live").scrollIntoViewIfNeeded();
      // The middle of the largest region that links to a page (a thumb's target).
      const at = await p.evaluate(() => {
        let best = { x: 0, y: 0, area: 0 };
        for (const path of Array.from(document.querySelectorAll(".peta-region[role=link]"))) {
          const r = path.getBoundingClientRect();
          const x = r.left + r.width / 2;
          const y = r.top + r.height / 2;
          // Only a point that really is on this region (not a neighbour or a control over it).
          if (r.width * r.height > best.area && document.elementFromPoint(x, y) === path) best = { x, y, area: r.width * r.height };
        }
        return best;
      });
      expect(at.area).toBeGreaterThan(0);
      await p.touchscreen.tap(at.x, at.y);
      const popup = p.locator("#peta-pratinjau");
      await expect.poll(() => popup.isVisible()).toBe(true);
      expect(await popup.locator("a[href*='/instansi/']").count()).toBe(1);
      expect(p.url()).toBe(before);
      // The level choice goes into the address, and the language switch carries it.
      await p.locator('input[name="peta-tingkat"][value="provinsi"]').check();
      expect(new URL(p.url()).searchParams.get("tingkat")).toBe("provinsi");
      // On a phone the switches are in the header's menu.
      await p.locator(".site-menu > summary").tap();
      const lang = p.locator(".switches a[hreflang]");
      await lang.focus();
      expect(await lang.getAttribute("href")).toContain("tingkat=provinsi");
    } finally {
      await v.close();
    }
  });

  // The drawn maps: home (provinces) and a province page (its kab/kota), both languages.
  const drawn = pages.filter((s) => s.page.kind === "home" || s.page.kind === "province");
  for (const s of drawn)
    it(`${s.path} (${s.label}): a first tap on the drawn map previews a region with a link, a second opens it`, async () => {
      const v = await visit(env(), s.path, touch(360));
      try {
        const p = v.page;
        const frame = p.locator(".map-frame[data-pratinjau]").first();
        if (!(await frame.count())) return; // no boundaries in this build: the tile grid instead
        await frame.scrollIntoViewIfNeeded();
        // The middle of the largest linked region that really is under that point.
        const at = await frame.evaluate((f) => {
          let best = { x: 0, y: 0, area: 0, href: "" };
          for (const path of Array.from(f.querySelectorAll("a > path[data-kode]"))) {
            const r = path.getBoundingClientRect();
            const x = r.left + r.width / 2;
            const y = r.top + r.height / 2;
            if (r.width * r.height > best.area && document.elementFromPoint(x, y) === path)
              best = { x, y, area: r.width * r.height, href: path.parentElement!.getAttribute("href") ?? "" };
          }
          return best;
        });
        expect(at.area).toBeGreaterThan(0);
        const before = p.url();
        await p.touchscreen.tap(at.x, at.y);
        const panel = p.locator(`#${await frame.getAttribute("data-pratinjau")}`);
        await expect.poll(() => panel.isVisible()).toBe(true);
        expect(p.url()).toBe(before);
        // The preview: the letter on its colour (the second cue), the name, and the link to the page.
        expect(await panel.locator(".grade-chip").count()).toBe(1);
        expect(await panel.locator("a").getAttribute("href")).toBe(at.href);
        // Escape closes it; a tap opens it again, and a second tap on the same region opens the page.
        await p.keyboard.press("Escape");
        await expect.poll(() => panel.isVisible()).toBe(false);
        await p.touchscreen.tap(at.x, at.y);
        await expect.poll(() => panel.isVisible()).toBe(true);
        await Promise.all([p.waitForURL((u) => u.pathname === at.href), p.touchscreen.tap(at.x, at.y)]);
      } finally {
        await v.close();
      }
    });

  it("a mouse click on the home page's drawn map opens the region's page at once", async () => {
    const v = await visit(env(), "/", viewport(1280));
    try {
      const link = v.page.locator(".map-frame[data-pratinjau] a").first();
      if (!(await link.count())) return;
      const href = (await link.getAttribute("href")) ?? "";
      await Promise.all([v.page.waitForURL((u) => u.pathname === href), link.locator("path").click({ force: true })]);
    } finally {
      await v.close();
    }
  });

  for (const lang of ["id", "en"] as const)
    it(`the phone header (${lang}) is compact: navigation folded in a menu that opens, the page's heading on the first screen`, async () => {
      const v = await visit(env(), lang === "id" ? "/" : "/en/", touch(360));
      try {
        const p = v.page;
        const header = await p.locator(".site-header").boundingBox();
        // Brand and menu on one row, search on the next: well under a fifth of a 800 px screen.
        expect(header!.height).toBeLessThan(130);
        const h1 = await p.locator("main h1").boundingBox();
        expect(h1!.y + h1!.height).toBeLessThan(800 * 0.6);
        expect(await p.locator(".main-nav").isVisible()).toBe(false);
        await p.locator(".site-menu > summary").tap();
        await expect.poll(() => p.locator('.main-nav a[data-kind="map"]').isVisible()).toBe(true);
        expect(await p.locator(".switches a[hreflang]").isVisible()).toBe(true);
        expect(await horizontalOverflow(p)).toEqual([]);
      } finally {
        await v.close();
      }
    });

  const latest = data.manifest.tahun.find((y) => y.tahun === data.latest)!;
  for (const lang of ["id", "en"] as const)
    it.runIf(latest.status === "sample" && latest.edisi === "draf")(
      `the notice of a draft sample page (${lang}) says both in at most 4 lines at 360 px, the rest behind a disclosure; the edition line from 1,280 px`,
      async () => {
        const path = lang === "id" ? "/" : "/en/";
        const v = await visit(env(), path, touch(360));
        try {
          const p = v.page;
          // One box for the sample data, the draft and the edition.
          expect(await p.locator("body > aside").count()).toBe(1);
          expect(await p.locator('aside.notice [data-role="sampel"]').textContent()).toContain(lang === "id" ? "Data sampel (sintetis)" : "Sample data (synthetic)");
          expect(await p.locator('aside.notice [data-role="draf"]').textContent()).toContain(lang === "id" ? "masih draf" : "is a draft");
          for (const role of ["sampel", "draf"]) expect(await p.locator(`aside.notice [data-role="${role}"]`).isVisible(), role).toBe(true);
          // Lines of text: the head's height over its line height, plus the disclosure's one line.
          const lines = await p.evaluate(() => {
            const lineOf = (e: Element) => e.getBoundingClientRect().height / parseFloat(getComputedStyle(e).lineHeight);
            const head = document.querySelector("aside.notice .notice-head")!;
            const more = document.querySelector("aside.notice .notice-more > summary")!;
            return { head: lineOf(head), more: lineOf(more) };
          });
          expect(Math.round(lines.head) + Math.round(lines.more), JSON.stringify(lines)).toBeLessThanOrEqual(4);
          expect(await p.locator('aside.notice [data-role="edisi"]').isVisible()).toBe(false);
          // The longer explanation opens by a tap.
          const body = lang === "id" ? "Angka di halaman ini dibuat dari data sintetis" : "The figures on this page come from synthetic data";
          expect(await p.getByText(body).isVisible()).toBe(false);
          await p.locator("aside.notice .notice-more > summary").tap();
          await expect.poll(() => p.getByText(body).isVisible()).toBe(true);
          expect(await horizontalOverflow(p)).toEqual([]);
        } finally {
          await v.close();
        }
        const wide = await visit(env(), path, viewport(1280));
        try {
          const line = wide.page.locator('aside.notice [data-role="edisi"]');
          expect(await line.isVisible()).toBe(true);
          expect(await line.textContent()).toContain(lang === "id" ? `Edisi PEKPPP ${latest.tahun}: draf` : `Edition PEKPPP ${latest.tahun}: draft`);
        } finally {
          await wide.close();
        }
      },
    );

  for (const lang of ["id", "en"] as const)
    it(`the desktop header (${lang}) shows the navigation without a menu button`, async () => {
      const v = await visit(env(), lang === "id" ? "/" : "/en/", viewport(1280));
      try {
        expect(await v.page.locator('.main-nav a[data-kind="map"]').isVisible()).toBe(true);
        expect(await v.page.locator(".site-menu > summary").isVisible()).toBe(false);
        expect(await v.page.locator(".switches a[hreflang]").isVisible()).toBe(true);
      } finally {
        await v.close();
      }
    });

  for (const width of WIDTHS)
    for (const lang of ["id", "en"] as const)
      it(`headings of the home cards (${lang}, ${width} px) wrap between words, never inside one`, async () => {
        const v = await visit(env(), lang === "id" ? "/" : "/en/", viewport(width));
        try {
          const broken = await v.page.evaluate(() => {
            const out: string[] = [];
            for (const h of Array.from(document.querySelectorAll(".home-tingkat h3, .card h3"))) {
              // Walk the heading's characters; where a new line starts, the one before must be a space or a slash.
              const walker = document.createTreeWalker(h, NodeFilter.SHOW_TEXT);
              const chars: { c: string; top: number }[] = [];
              for (let n = walker.nextNode(); n; n = walker.nextNode())
                for (let i = 0; i < (n.textContent ?? "").length; i++) {
                  const r = document.createRange();
                  r.setStart(n, i);
                  r.setEnd(n, i + 1);
                  const box = r.getClientRects()[0];
                  if (box) chars.push({ c: n.textContent![i]!, top: box.top });
                }
              for (let i = 1; i < chars.length; i++)
                if (chars[i]!.top > chars[i - 1]!.top + 2 && !/[\s/]/.test(chars[i - 1]!.c) && !/\s/.test(chars[i]!.c))
                  out.push(`${h.textContent?.trim()}: breaks before "${chars[i]!.c}"`);
            }
            return { out, count: document.querySelectorAll(".home-tingkat h3").length };
          });
          expect(broken.count).toBeGreaterThan(2);
          expect(broken.out).toEqual([]);
        } finally {
          await v.close();
        }
      });
});
