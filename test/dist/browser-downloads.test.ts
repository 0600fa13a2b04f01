/**
 * The per-chart downloads, in Chromium, for a sample of charts of every kind
 * in both languages (home: predikat per tingkat, IPP distribution,
 * provinces; a province view; an instansi's result, aspects and trend):
 * each button gives a file named ipp-<year>-…; the PNG decodes at an integer
 * scale ≥ 2 of the SVG and at least twice the chart's width on the screen;
 * the SVG parses and holds the title and the source line (and the sample
 * notice); the CSV has a BOM, tahun and status, and equals the data the
 * chart plots (its marks), and for the provinces chart its table too.
 */
import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import type { Page } from "playwright-core";
import { pathOf } from "../../src/lib/site/routes.ts";
import { browserSuite } from "./harness/browser.ts";
import { builtData, DIST } from "./harness/dist.ts";
import { visit } from "./harness/visit.ts";
import { parseCsv, pngSize } from "./harness/files.ts";

interface Shown {
  readonly title: string;
  readonly source: string;
  readonly shownWidth: number;
  /** data-* of the marks the chart draws (for a layered chart: the shared image's). */
  readonly marks: Record<string, string>[];
  readonly table: string[][];
}

/** What the page shows of a figure, read independently of the download code. */
async function shown(page: Page, figureId: string): Promise<Shown> {
  return page.evaluate(async (id) => {
    const fig = document.getElementById(id)!;
    const visible = (e: Element) => e.getClientRects().length > 0;
    // A mark's data: its own data-* and its groups' up to the chart's root (a fluid chart names a series once, on its group).
    const read = (root: ParentNode) =>
      Array.from(root.querySelectorAll(".mark")).map((m) => {
        const chain: Element[] = [];
        for (let e: Element | null = m; e && !e.classList.contains("ipp-chart"); e = e.parentElement) chain.unshift(e);
        return Object.fromEntries(
          chain.flatMap((e) => Array.from(e.attributes).filter((a) => a.name.startsWith("data-") && a.name !== "data-plot").map((a) => [a.name.slice(5), a.value])),
        );
      });
    let marks: Record<string, string>[];
    let shownWidth: number;
    const img = fig.querySelector<HTMLImageElement>(".chart-layers img");
    if (img) {
      const text = await (await fetch(img.currentSrc)).text();
      marks = read(new DOMParser().parseFromString(text, "image/svg+xml"));
      shownWidth = img.getBoundingClientRect().width;
    } else {
      const svg = Array.from(fig.querySelectorAll("svg.ipp-chart")).find(visible)!;
      marks = read(svg);
      shownWidth = svg.getBoundingClientRect().width;
    }
    const table = Array.from(fig.querySelectorAll("table tbody tr")).map((tr) => Array.from(tr.children).map((c) => c.textContent ?? ""));
    return {
      title: fig.querySelector(".chart-title")!.textContent!.trim(),
      source: fig.querySelector(".chart-source")!.textContent!.trim(),
      shownWidth,
      marks,
      table,
    };
  }, figureId);
}

async function downloadOf(page: Page, box: string, format: string): Promise<{ name: string; bytes: Buffer }> {
  const [d] = await Promise.all([page.waitForEvent("download"), page.click(`${box} button[data-format="${format}"]`)]);
  const path = await d.path();
  return { name: d.suggestedFilename(), bytes: readFileSync(path) };
}

const COLUMN: Record<string, string> = { label: "nama", n: "jumlah" };
const NUMERIC = new Set(["ipp", "nilai", "jumlah", "tahun"]);

/** The marks as the rows a CSV must hold (same rules as documented: numbers plain, "-" empty, one row per distinct mark). */
function expectedRows(marks: readonly Record<string, string>[], header: readonly string[]): string[][] {
  const seen = new Set<string>();
  const rows: string[][] = [];
  for (const m of marks) {
    const byColumn = new Map(Object.entries(m).map(([k, v]) => [COLUMN[k] ?? k, v]));
    const row = header.map((h) => {
      const v = byColumn.get(h) ?? "";
      if (v === "-") return "";
      return NUMERIC.has(h) && v !== "" ? String(Number(v)) : v;
    });
    const key = JSON.stringify(row);
    if (seen.has(key)) continue;
    seen.add(key);
    rows.push(row);
  }
  return rows;
}

const data = builtData(DIST);

browserSuite("chart downloads (PNG, SVG, CSV)", (env) => {
  const y = data.latest;
  const oldest = Math.min(...data.years);
  const kab = data.instansi.find((i) => i.tingkat === "kabupaten" && data.results.get(y)?.has(i.kode))!;
  const province = data.siteMap.provinces[0]!;
  const cases: { path: string; lang: "id" | "en"; year: number; charts: string[]; width?: number }[] = [];
  for (const lang of ["id", "en"] as const) {
    cases.push({ path: pathOf({ kind: "home", lang, edition: y, base: "/" }), lang, year: y, charts: ["predikat-tingkat", "sebaran", "provinsi"] });
    cases.push({ path: pathOf({ kind: "province", lang, edition: y, key: province, base: "/" }), lang, year: y, charts: ["provinsi-"] });
    cases.push({ path: pathOf({ kind: "instansi", lang, edition: y, key: kab.slug, base: "/" }), lang, year: y, charts: ["hasil", "aspek", "tren"] });
  }
  cases.push({ path: pathOf({ kind: "home", lang: "id", edition: oldest, base: "/" }), lang: "id", year: oldest, charts: ["provinsi"] });
  // On a phone the page shows the phone drawings: the files are made from those.
  cases.push({ path: pathOf({ kind: "instansi", lang: "id", edition: y, key: kab.slug, base: "/" }), lang: "id", year: y, charts: ["hasil", "aspek", "tren"], width: 360 });
  cases.push({ path: pathOf({ kind: "home", lang: "en", edition: y, base: "/" }), lang: "en", year: y, charts: ["sebaran"], width: 360 });

  for (const c of cases)
    it(`${c.path}${c.width ? ` at ${c.width} px` : ""}: ${c.charts.join(", ")}`, async () => {
      const v = await visit(env(), c.path, c.width ? { viewport: { width: c.width, height: 800 } } : {});
      try {
        const boxes = await v.page.$$eval(".chart-downloads", (bs) =>
          bs.map((b) => ({ for: b.getAttribute("data-for")!, file: b.getAttribute("data-file")!, hidden: (b as HTMLElement).hidden })),
        );
        for (const want of c.charts) {
          const box = boxes.find((b) => b.file.endsWith(`-${want}`) || (want.endsWith("-") && b.file.includes(`-${want}`)));
          expect(box, `download box for ${want} on ${c.path}: ${boxes.map((b) => b.file).join(", ")}`).toBeDefined();
          expect(box!.hidden).toBe(false);
          expect(box!.file.startsWith(`ipp-${c.year}-`)).toBe(true);
          const sel = `.chart-downloads[data-for="${box!.for}"]`;
          const s = await shown(v.page, box!.for);

          const svg = await downloadOf(v.page, sel, "svg");
          expect(svg.name).toBe(`${box!.file}.svg`);
          const svgInfo = await v.page.evaluate((text) => {
            const doc = new DOMParser().parseFromString(text, "image/svg+xml");
            const root = doc.documentElement;
            const lines = Array.from(root.children)
              .filter((e) => e.localName === "text")
              .flatMap((t) => Array.from(t.children).map((l) => l.textContent))
              .join(" ");
            return {
              error: doc.querySelector("parsererror")?.textContent ?? null,
              ns: root.namespaceURI,
              width: Number(root.getAttribute("width")),
              height: Number(root.getAttribute("height")),
              viewBox: root.getAttribute("viewBox"),
              lines,
              // The overlay's ring (instansi distribution) must sit on its own dot: image and overlay of one width.
              ring: doc.querySelector(".overlay .highlight circle")?.getAttribute("cx") ?? null,
            };
          }, svg.bytes.toString("utf8"));
          expect(svgInfo.error).toBeNull();
          expect(svgInfo.ns).toBe("http://www.w3.org/2000/svg");
          expect(svgInfo.viewBox).toBe(`0 0 ${svgInfo.width} ${svgInfo.height}`);
          const norm = (t: string) => t.replace(/\s+/g, " ");
          expect(norm(svgInfo.lines)).toContain(norm(s.title));
          expect(norm(svgInfo.lines)).toContain(norm(s.source));
          expect(svgInfo.lines).toContain(c.lang === "id" ? "DATA SAMPEL" : "SAMPLE DATA");
          if (want === "hasil") {
            const dot = await v.page.evaluate(
              ([text, kode]) =>
                new DOMParser().parseFromString(text!, "image/svg+xml").querySelector(`.mark[data-kode="${kode}"]`)?.getAttribute("cx") ?? null,
              [svg.bytes.toString("utf8"), kab.kode],
            );
            expect(svgInfo.ring).not.toBeNull();
            expect(svgInfo.ring).toBe(dot);
          }

          const png = await downloadOf(v.page, sel, "png");
          expect(png.name).toBe(`${box!.file}.png`);
          const size = pngSize(png.bytes)!;
          expect(size).not.toBeNull();
          const scale = size.width / svgInfo.width;
          expect(Number.isInteger(scale) && scale >= 2, `scale ${scale}`).toBe(true);
          expect(size.height).toBe(svgInfo.height * scale);
          expect(size.width).toBeGreaterThanOrEqual(2 * s.shownWidth);
          // It decodes: the browser draws it at the declared size.
          const decoded = await v.page.evaluate(async (b64) => {
            const img = new Image();
            img.src = `data:image/png;base64,${b64}`;
            await img.decode();
            return [img.naturalWidth, img.naturalHeight];
          }, png.bytes.toString("base64"));
          expect(decoded).toEqual([size.width, size.height]);

          const csv = await downloadOf(v.page, sel, "csv");
          expect(csv.name).toBe(`${box!.file}.csv`);
          const text = csv.bytes.toString("utf8");
          expect(text.charCodeAt(0)).toBe(0xfeff);
          const [header, ...rows] = parseCsv(text.slice(1));
          expect(header!.slice(0, 2)).toEqual(["tahun", "status"]);
          for (const r of rows) expect(r[header!.indexOf("status")]).toBe("sampel");
          const own = header!.filter((h) => h !== "status" && !(h === "tahun" && !s.marks.some((m) => "tahun" in m)));
          const body = rows.map((r) => own.map((h) => r[header!.indexOf(h)]!));
          expect(body).toEqual(expectedRows(s.marks, own));
          if (!s.marks.some((m) => "tahun" in m)) for (const r of rows) expect(r[header!.indexOf("tahun")]).toBe(String(c.year));
          expect(rows.length).toBeGreaterThan(0);
          // Decimal point, whatever the page's language.
          if (own.includes("ipp")) for (const r of rows) expect(r[header!.indexOf("ipp")]).toMatch(/^(\d+(\.\d+)?)?$/);
          // The provinces chart against its own table (IPP per province as the page prints it).
          if (want === "provinsi") {
            const fmt = (x: string) => (c.lang === "id" ? x.replace(".", ",") : x);
            const byName = new Map(s.table.map((t) => [t[1], t[2]]));
            for (const r of rows) {
              const ipp = r[header!.indexOf("ipp")]!;
              expect(byName.get(r[header!.indexOf("nama")])).toBe(ipp === "" ? "–" : fmt(Number(ipp).toFixed(2)));
            }
          }
        }
        expect(await v.problems()).toEqual([]);
      } finally {
        await v.close();
      }
    });
});
