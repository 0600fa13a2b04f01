/**
 * The site under a sub-path, as on a GitHub Pages project site or
 * https://example.go.id/ipp/: a full site build with BASE_PATH=/ipp/ and no
 * SITE_URL, on small fixture data (test/fixtures/golden, its 2024 only: one
 * edition, a few instansi scored, every instansi of the master with a page),
 * in its own temp directories. Then the static checks over every page with
 * the site served under /ipp/ (every href, src, action, stylesheet, script,
 * image and the map's geometry must resolve under the prefix; anything
 * pointing outside it is broken on such a host), the checks of what is
 * absolute (nothing, without SITE_URL), and Chromium visits of every page
 * kind in both languages and the 404 pages, with no failed request; the
 * share panels' site paths completed in the browser from the page's own
 * address (and left as site paths, selectable, without JavaScript).
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PAGE_KINDS, inLang, pathOf, permalinkOf, type Page } from "../../src/lib/site/routes.ts";
import { NO_SITE_URL_NOTICE } from "../../src/lib/site/deploy.ts";
import type { Lang } from "../../src/lib/format/lang.ts";
import { fetchedOnLoad } from "./harness/budgets.ts";
import { browserSuite } from "./harness/browser.ts";
import { buildSiteFrom, dataBuild, tempDir, type BuildResult } from "./harness/build.ts";
import { dataPackageProblems } from "./harness/dataPackage.ts";
import { digestAll, kindOf, type Digest } from "./harness/digest.ts";
import { builtData, listFiles } from "./harness/dist.ts";
import { checkLinks } from "./harness/links.ts";
import { notableInstansi } from "./harness/sample.ts";
import { addressReport } from "./harness/seo.ts";
import { visit } from "./harness/visit.ts";

const BASE = "/ipp/";
const work = tempDir("subpath");
afterAll(() => rmSync(work, { recursive: true, force: true }));
const list = (items: readonly string[], max = 25) => items.slice(0, max).join("\n") + (items.length > max ? `\n… and ${items.length - max} more` : "");

let built: Promise<BuildResult & { dist: string }> | undefined;
/** The fixture's data product and the site built from it under /ipp/ (once, shared by both suites of this file). */
const build = () =>
  (built ??= (async () => {
    const input = join(work, "input");
    mkdirSync(input);
    cpSync("test/fixtures/golden/2024", join(input, "2024"), { recursive: true });
    // 2024 frozen, with one erratum (test/fixtures/golden/rilis, ralat): its notice must show.
    for (const dir of ["rilis", "ralat"]) {
      mkdirSync(join(input, dir));
      cpSync(`test/fixtures/golden/${dir}/2024.json`, join(input, dir, "2024.json"));
    }
    await dataBuild(input, join(work, "data"));
    const dist = join(work, "dist");
    // SITE_URL emptied: npm test sets one for the main build; this build checks the site without it.
    const result = await buildSiteFrom(join(work, "data"), dist, { BASE_PATH: BASE, SITE_URL: "" });
    console.log(`sub-path build (${BASE}, fixture data): ${result.seconds.toFixed(1)} s`);
    return { ...result, dist };
  })());

describe(`a site built with BASE_PATH=${BASE} and no SITE_URL (test/fixtures/golden 2024)`, () => {
  let dist = "";
  let output = "";
  const pages = new Map<string, Digest>();
  beforeAll(async () => {
    ({ dist, output } = await build());
    const html = listFiles(dist).filter((f) => f.endsWith(".html"));
    for (const d of await digestAll(dist, html, fetchedOnLoad(dist, BASE), BASE)) pages.set(d.path, d);
  }, 300_000);

  it("says once that absolute URLs are left out", () => {
    expect(output.split(NO_SITE_URL_NOTICE).length - 1).toBe(1);
  });

  it("has every page kind in both languages under the prefix, and the 404 pages", () => {
    const seen = new Set([...pages.keys()].map((p) => `${kindOf(p, BASE)}/${p.startsWith(`${BASE}en/`) ? "en" : "id"}`));
    for (const kind of PAGE_KINDS) for (const lang of ["id", "en"]) expect(seen, `${kind} in ${lang}`).toContain(`${kind}/${lang}`);
    expect([...pages.keys()].filter((p) => p.endsWith("404.html")).sort()).toEqual([`${BASE}404.html`, `${BASE}en/404.html`]);
    // Nothing is written under an extra ipp/ folder: the host maps /ipp/ to the output's root.
    expect(readdirSync(dist)).not.toContain("ipp");
  });

  it("has no link, asset, data file or image that misses the prefix or names a missing file", () => {
    const { problems, foreign, checked } = checkLinks(dist, pages, BASE);
    const lines = problems.map((p) => `${p.page}: <${p.tag}> ${p.ref}: ${p.why}`);
    expect(lines, list(lines)).toEqual([]);
    expect(foreign.filter((f) => !f.navigation).map((f) => `${f.page}: ${f.ref}`)).toEqual([]);
    expect(checked).toBeGreaterThan(pages.size * 10);
  });

  it("loads every stylesheet, script, image and the map's geometry from under the prefix", () => {
    const missing = [...pages].flatMap(([path, d]) => d.transfer.missing.map((m) => `${path}: ${m}`));
    expect(missing, list(missing)).toEqual([]);
    const map = pages.get(`${BASE}peta/`)!;
    expect([...map.transfer.parts.keys()].some((p) => p.startsWith(`${BASE}geo/`))).toBe(true);
    const config = readFileSync(join(dist, "peta", "index.html"), "utf8");
    expect(config).toContain(`"geoUrl":"${BASE}geo/`);
  });

  it("keeps every page's Content Security Policy whole", () => {
    const problems = [...pages].flatMap(([path, d]) => d.csp.map((p) => `${path}: ${p}`));
    expect(problems, list(problems)).toEqual([]);
  });

  it("names canonical pages by site address under the prefix, pretends nothing absolute, and writes no sitemap.xml or robots.txt", () => {
    const r = addressReport({ dist, base: BASE, origin: null }, pages);
    expect([...r.canonical, ...r.sitemap, ...r.jsonLd], list([...r.canonical, ...r.sitemap, ...r.jsonLd])).toEqual([]);
    expect(r.withJsonLd.length).toBeGreaterThan(0);
    for (const [path, d] of pages) expect(d.seo.canonical.every((c) => c.startsWith(BASE)), path).toBe(true);
  });

  it("shows the erratum of the frozen edition on its pages in both languages, lists it on /data/ and in ralat.json", () => {
    const visible = (path: string) =>
      readFileSync(join(dist, path), "utf8")
        .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/g, "")
        .replace(/<[^>]+>/g, " ")
        .replace(/\s+/g, " ");
    const html = listFiles(dist).filter((f) => f.endsWith(".html") && !f.endsWith("404.html"));
    const missing = html.filter((f) => !readFileSync(join(dist, f), "utf8").includes('data-role="ralat"'));
    expect(missing, list(missing)).toEqual([]);
    expect(visible("2024/instansi/provinsi-daerah-istimewa-yogyakarta/index.html")).toContain(
      "Ralat: edisi ini diralat 1 kali (3 nilai diubah), terakhir 3 Februari 2026: Nilai indikator 1 Dinas Sosial DIY tercatat 0, seharusnya 5",
    );
    expect(visible("en/2024/index.html")).toContain(
      "Erratum: this edition was corrected once (3 values changed), last on 3 February 2026:",
    );
    expect(visible("2024/index.html")).toContain("Edisi PEKPPP 2024: diterbitkan 15 Januari 2026; data sampel (sintetis), tanpa keputusan.");
    const data = visible("data/index.html");
    expect(data).toContain("PEKPPP 2024: terbit 15 Januari 2026; 1 ralat");
    expect(data).toMatch(/Ralat edisi 2024 .*Provinsi Daerah Istimewa Yogyakarta \(34\) ipp 4\.06 4\.11/);
    const product = JSON.parse(readFileSync(join(dist, "data", "ralat.json"), "utf8"));
    expect(product.ralat.map((e: { tahun: number; perubahan: unknown[] }) => [e.tahun, e.perubahan.length])).toEqual([[2024, 3]]);
  });

  it("has a valid datapackage.json listing every file under /data/", () => {
    const problems = dataPackageProblems(join(dist, "data"));
    expect(problems, list(problems)).toEqual([]);
  });
});

browserSuite(
  `pages under ${BASE} in the browser`,
  (env) => {
    /** Every kind in the latest edition, the year edition's home, map and data, and notable instansi. */
    const pagesIn = (lang: Lang): Page[] => {
      const data = builtData(env().dist, BASE);
      const base = { lang, edition: "terbaru" as const, year: data.latest, base: BASE };
      const out: Page[] = [];
      for (const kind of PAGE_KINDS) {
        if (kind === "instansi") for (const i of notableInstansi(data)) out.push({ ...base, kind, key: i.slug });
        else if (kind === "province") out.push({ ...base, kind, key: data.siteMap.provinces[0]! });
        else out.push({ ...base, kind });
      }
      for (const kind of ["home", "map", "data"] as const) out.push({ ...base, kind, edition: data.latest });
      return out;
    };

    for (const lang of ["id", "en"] as const)
      it(`opens every page kind (${lang}) with no failed request, the map drawn from its geometry`, async () => {
        const problems: string[] = [];
        const visited = pagesIn(lang);
        for (const page of visited) {
          const path = pathOf(page);
          const v = await visit(env(), path);
          try {
            if (page.kind === "map") await v.page.waitForSelector('#peta-live[data-ready="true"]', { timeout: 20_000 });
            for (const p of await v.problems()) problems.push(`${path}: ${p}`);
            const outside = v.watch.loaded.filter((l) => !l.startsWith(BASE));
            if (outside.length) problems.push(`${path}: loaded outside ${BASE}: ${outside.join(", ")}`);
          } finally {
            await v.close();
          }
        }
        expect(problems, problems.join("\n")).toEqual([]);
        expect(visited.length).toBeGreaterThanOrEqual(PAGE_KINDS.length);
      });

    it("switches language under the prefix", async () => {
      const page: Page = { kind: "ranking", lang: "id", edition: "terbaru", year: builtData(env().dist, BASE).latest, base: BASE };
      const v = await visit(env(), pathOf(page));
      try {
        await Promise.all([v.page.waitForURL(`${env().origin}${pathOf(inLang(page, "en"))}`), v.page.locator('.switches a[hreflang="en"]').click()]);
        expect(await v.page.getAttribute("html", "lang")).toBe("en");
        expect(await v.problems()).toEqual([]);
      } finally {
        await v.close();
      }
    });

    it("completes every share field from the page's own address under the prefix; without JavaScript they hold site paths to select", async () => {
      const data = builtData(env().dist, BASE);
      const slug = data.instansi.find((i) => data.results.get(data.latest)!.has(i.kode))!.slug;
      const at = { edition: "terbaru" as const, year: data.latest, base: BASE };
      const visited: Page[] = [
        { ...at, kind: "home", lang: "id" },
        { ...at, kind: "instansi", lang: "en", key: slug },
      ];
      const full = `${env().origin}${BASE}`;
      type Field = { id: string; value: string; readOnly: boolean; disabled: boolean };
      const fieldsOf = (v: Awaited<ReturnType<typeof visit>>) =>
        v.page.$$eval("[data-share] [data-share-value]", (fs) =>
          fs.map((f) => {
            const e = f as HTMLInputElement | HTMLTextAreaElement;
            return { id: e.id, value: e.value, readOnly: e.readOnly, disabled: e.disabled };
          }),
        );
      /** The field of each kind (permalink, both embed codes, both citations) of the page's and the parts' panels. */
      const kinds = (fields: Field[]) => new Set(fields.map((f) => /-(alamat|responsif|iframe|kutipan-id|kutipan-en)$/.exec(f.id)?.[1]));
      // A site path left in a field: "/…" at its start or after a space, quote or bracket (what the script completes).
      const sitePath = /(^|[\s"(])\/(?!\/)/;
      for (const page of visited) {
        const path = pathOf(page);
        const permalink = permalinkOf(page);
        // With JavaScript: full addresses, from the page's own origin and the sub-path.
        const v = await visit(env(), path);
        try {
          const fields = await fieldsOf(v);
          expect([...kinds(fields)].sort(), path).toEqual(["alamat", "iframe", "kutipan-en", "kutipan-id", "responsif"]);
          for (const f of fields) {
            expect(f.value, `${path} #${f.id}`).not.toMatch(sitePath);
            expect(f.value, `${path} #${f.id}`).toContain(full);
            const urls = f.value.match(/https?:\/\/[^\s"<>]+/g) ?? [];
            expect(urls.filter((u) => !u.startsWith(full)), `${path} #${f.id}`).toEqual([]);
            if (/-kutipan-(id|en)$/.test(f.id)) expect(f.value, `${path} #${f.id}`).not.toMatch(/\[(tanggal akses|date accessed)\]/);
          }
          const own = fields.find((f) => f.id === "bagikan-halaman-alamat")!;
          expect(own.value).toBe(`${env().origin}${permalink}`);
          for (const f of fields.filter((f) => f.id.endsWith("-responsif"))) {
            expect(f.value).toMatch(new RegExp(`<iframe src="${full}[^"]*"`));
            expect(f.value).toContain(`<script async src="${full}embed.js"></script>`);
          }
          for (const f of fields.filter((f) => f.id.endsWith("-iframe"))) expect(f.value).toMatch(new RegExp(`^<iframe src="${full}[^"]*"`));
          // Every citation names its chart's or the page's year-pinned address in full.
          for (const f of fields.filter((f) => /-kutipan-(id|en)$/.test(f.id)))
            expect(f.value, f.id).toContain(` ${env().origin}${permalink}${f.id.startsWith("bagikan-halaman-") ? ". " : "#"}`);
          expect(await v.problems()).toEqual([]);
        } finally {
          await v.close();
        }
        // Without JavaScript: the same fields hold the site paths, readonly and selectable.
        const off = await visit(env(), path, { javaScriptEnabled: false });
        try {
          const fields = await fieldsOf(off);
          expect([...kinds(fields)].sort(), path).toEqual(["alamat", "iframe", "kutipan-en", "kutipan-id", "responsif"]);
          for (const f of fields) {
            expect(f.value, `${path} #${f.id}`).toMatch(new RegExp(`(^|[\\s"(])${BASE}`));
            expect(f.value, `${path} #${f.id}`).not.toContain("http://");
            expect([f.readOnly, f.disabled], `${path} #${f.id}`).toEqual([true, false]);
          }
          expect(fields.find((f) => f.id === "bagikan-halaman-alamat")!.value).toBe(permalink);
          await off.page.click("details.share:has(#bagikan-halaman-alamat) > summary");
          const field = off.page.locator("#bagikan-halaman-alamat");
          await field.selectText();
          expect(await field.evaluate((e: HTMLInputElement) => e.value.slice(e.selectionStart ?? 0, e.selectionEnd ?? 0))).toBe(permalink);
          expect(await off.problems()).toEqual([]);
        } finally {
          await off.close();
        }
      }
    });

    for (const [missing, lang, heading] of [
      [`${BASE}tidak/ada/`, "id", "Halaman tidak ditemukan"],
      [`${BASE}en/no/such/page/`, "en", "Page not found"],
    ] as const)
      it(`serves the ${lang} 404 page at a missing address (${missing}), styled, its search and links working`, async () => {
        const v = await visit(env(), missing);
        try {
          expect(await v.page.textContent("h1")).toBe(heading);
          expect(await v.page.getAttribute("html", "lang")).toBe(lang);
          // The one failure allowed: the missing page itself (its 404 status, and Chromium's console line about it).
          const own = (p: string) => p.includes(`${env().origin}${missing}`) && p.includes("404");
          const problems = (await v.problems()).filter((p) => !own(p));
          expect(problems).toEqual([]);
          expect(await v.page.evaluate(() => getComputedStyle(document.querySelector(".site-header")!).display)).not.toBe("inline");
          const links = await v.page.$$eval("main a", (as) => as.map((a) => a.getAttribute("href") ?? ""));
          expect(links.length).toBeGreaterThan(5);
          expect(links.filter((h) => !h.startsWith(BASE))).toEqual([]);
          await v.page.fill("main input[name=q]", "jawa");
          await Promise.all([v.page.waitForURL(/\/cari\/\?q=jawa/), v.page.press("main input[name=q]", "Enter")]);
          expect(new URL(v.page.url()).pathname).toBe(`${BASE}${lang === "en" ? "en/" : ""}cari/`);
          expect((await v.problems()).filter((p) => !own(p))).toEqual([]);
        } finally {
          await v.close();
        }
      });
  },
  { prepare: async () => (await build()).dist, base: BASE },
);
