/**
 * The predikat map's downloads, in Chromium, wherever the map shows its
 * colours: /peta/ (both languages, an older edition, the provinces level,
 * a year switched in place), the map embed (both languages, and on a
 * 360 px phone) and a province page's map. Each button gives a file named
 * ipp-<year>-…peta…; the PNG decodes at an integer scale ≥ 2 of the SVG
 * and at least twice the map's width on the screen; the SVG parses, holds
 * the title, the source line, the sample notice and the legend's letters,
 * and colours every region as the data product says; the CSV equals the
 * regions drawn (the boundary file's codes) with their figures from the
 * data product, not from the page.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import type { Page } from "playwright-core";
import { pathOf } from "../../src/lib/site/routes.ts";
import { mapText } from "../../src/lib/map/text.ts";
import { decreeOf, sourceLine } from "../../src/lib/view/share.ts";
import { NOT_EVALUATED, PALETTE, PREDIKAT_CODES, type Predikat } from "../../src/lib/format/palette.ts";
import { browserSuite } from "./harness/browser.ts";
import { builtData, DIST } from "./harness/dist.ts";
import { visit } from "./harness/visit.ts";
import { parseCsv, pngSize } from "./harness/files.ts";

const data = builtData(DIST);
const byKode = new Map(data.instansi.map((i) => [i.kode, i]));
const topo = JSON.parse(readFileSync(join(DIST, "geo", "wilayah.topo.json"), "utf8")) as {
  objects: Record<"kabkota" | "provinsi", { geometries: { properties: { code: string } }[] }>;
};
const codesOf = (level: "kabkota" | "provinsi") => topo.objects[level].geometries.map((g) => g.properties.code).sort();

type Level = "kabkota" | "provinsi";
interface Case {
  readonly path: string;
  readonly lang: "id" | "en";
  /** The year shown when the buttons are pressed. */
  readonly year: number;
  readonly level: Level;
  /** The regions the map draws. */
  readonly codes: readonly string[];
  readonly file: string;
  readonly title: string;
  readonly width?: number;
  /** What the reader does first (switch the level or the year). */
  readonly act?: (page: Page) => Promise<void>;
}

/** A CSV text cell as the downloads write it (the formula guard). */
const guarded = (s: string) => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);

function expectedRows(c: Case): string[][] {
  const results = data.results.get(c.year)!;
  const status = data.manifest.tahun.find((t) => t.tahun === c.year)!.status === "official" ? "resmi" : "sampel";
  return [...c.codes].sort().map((kode) => {
    const m = byKode.get(kode);
    const r = m ? results.get(kode) : undefined;
    return [String(c.year), status, kode, guarded(m?.nama ?? kode), m?.tingkat ?? "", r ? String(r.ipp) : "", r?.predikat ?? ""];
  });
}

function sourceOf(year: number, lang: "id" | "en"): string {
  const t = data.manifest.tahun.find((x) => x.tahun === year)!;
  return sourceLine({ year, status: t.status, decree: decreeOf(data.published, year), sumber: t.sumber }, lang);
}

async function downloadOf(page: Page, format: string): Promise<{ name: string; bytes: Buffer }> {
  const [d] = await Promise.all([page.waitForEvent("download"), page.click(`.chart-downloads[data-map-for] button[data-format="${format}"]`)]);
  return { name: d.suggestedFilename(), bytes: readFileSync(await d.path()) };
}

const waitLive = (page: Page) => page.waitForSelector('#peta-live[data-ready="true"] path.peta-region', { timeout: 30_000 });

browserSuite("map downloads (PNG, SVG, CSV)", (env) => {
  const y = data.latest;
  const oldest = Math.min(...data.years);
  const province = data.siteMap.provinces.find((p) => codesOf("kabkota").some((c) => c.startsWith(`${p}.`)))!;
  const provinceSlug = byKode.get(province)!.slug;
  const kab = codesOf("kabkota");
  const cases: Case[] = [];
  for (const lang of ["id", "en"] as const) {
    const t = mapText(lang);
    const title = (level: Level, year: number) => t.svgLabel(t.levelPlural[level], year);
    cases.push({ path: pathOf({ kind: "map", lang, edition: "terbaru", base: "/" }), lang, year: y, level: "kabkota", codes: kab, file: `ipp-${y}-peta-kabupaten-kota`, title: title("kabkota", y) });
    cases.push({ path: `/${lang === "en" ? "en/" : ""}embed/${y}/peta/`, lang, year: y, level: "kabkota", codes: kab, file: `ipp-${y}-peta-kabupaten-kota`, title: title("kabkota", y) });
    cases.push({
      path: pathOf({ kind: "province", lang, edition: y, key: province, base: "/" }),
      lang,
      year: y,
      level: "kabkota",
      codes: kab.filter((c) => c.startsWith(`${province}.`)),
      file: `ipp-${y}-${provinceSlug}-peta`,
      title: `${t.title}: ${t.levelPlural.kabkota} ${lang === "id" ? "di" : "in"} ${byKode.get(province)!.nama}, ${y}`,
    });
  }
  const id = mapText("id");
  cases.push({ path: pathOf({ kind: "map", lang: "id", edition: oldest, base: "/" }), lang: "id", year: oldest, level: "kabkota", codes: kab, file: `ipp-${oldest}-peta-kabupaten-kota`, title: id.svgLabel(id.levelPlural.kabkota, oldest) });
  // The level switch: the files follow the provinces shown, and say so in their name.
  cases.push({
    path: `${pathOf({ kind: "map", lang: "id", edition: y, base: "/" })}?tingkat=provinsi`,
    lang: "id",
    year: y,
    level: "provinsi",
    codes: codesOf("provinsi"),
    file: `ipp-${y}-peta-provinsi`,
    title: id.svgLabel(id.levelPlural.provinsi, y),
    act: async (page) => {
      await waitLive(page);
      await page.waitForFunction(() => document.querySelector<HTMLInputElement>('input[name="peta-tingkat"][value="provinsi"]')?.checked);
    },
  });
  // A year switched in place on /peta/: the files are that year's.
  cases.push({
    path: pathOf({ kind: "map", lang: "en", edition: "terbaru", base: "/" }),
    lang: "en",
    year: oldest,
    level: "kabkota",
    codes: kab,
    file: `ipp-${oldest}-peta-kabupaten-kota`,
    title: mapText("en").svgLabel(mapText("en").levelPlural.kabkota, oldest),
    act: async (page) => {
      await page.selectOption("#peta-tahun", String(oldest));
    },
  });
  cases.push({ path: `/embed/${y}/peta/`, lang: "id", year: y, level: "kabkota", codes: kab, file: `ipp-${y}-peta-kabupaten-kota`, title: id.svgLabel(id.levelPlural.kabkota, y), width: 360 });

  for (const c of cases)
    it(`${c.path}${c.width ? ` at ${c.width} px` : ""}${c.act ? ` (${c.level}, ${c.year})` : ""}`, async () => {
      const v = await visit(env(), c.path, c.width ? { viewport: { width: c.width, height: 800 } } : {});
      try {
        await c.act?.(v.page);
        const box = await v.page.$eval(".chart-downloads[data-map-for]", (b) => ({ hidden: (b as HTMLElement).hidden, label: b.getAttribute("aria-label") }));
        expect(box.hidden).toBe(false);
        expect(box.label).toBeTruthy();
        const shownWidth = await v.page.evaluate(() => {
          const live = document.getElementById("peta-live");
          const el = live && live.getClientRects().length > 0 ? live : document.querySelector(".chart-downloads[data-map-for]") && document.getElementById(document.querySelector<HTMLElement>(".chart-downloads[data-map-for]")!.dataset["mapFor"]!);
          return el!.getBoundingClientRect().width;
        });

        // SVG
        const svg = await downloadOf(v.page, "svg");
        expect(svg.name).toBe(`${c.file}.svg`);
        const info = await v.page.evaluate((text) => {
          const doc = new DOMParser().parseFromString(text, "image/svg+xml");
          const root = doc.documentElement;
          const lines = Array.from(root.children)
            .filter((e) => e.localName === "text")
            .flatMap((t) => Array.from(t.children).map((l) => l.textContent))
            .join(" ");
          const legend = Array.from(doc.querySelectorAll(".map-legend rect[fill]")).map((r) => [r.getAttribute("fill"), r.nextElementSibling?.textContent ?? ""]);
          return {
            error: doc.querySelector("parsererror")?.textContent ?? null,
            ns: root.namespaceURI,
            width: Number(root.getAttribute("width")),
            height: Number(root.getAttribute("height")),
            viewBox: root.getAttribute("viewBox"),
            lines,
            legend,
            fills: Array.from(doc.querySelectorAll("path[data-kode]")).map((p) => [p.getAttribute("data-kode")!, p.getAttribute("fill")!]),
            scripts: doc.querySelectorAll("script, foreignObject").length,
          };
        }, svg.bytes.toString("utf8"));
        expect(info.error).toBeNull();
        expect(info.ns).toBe("http://www.w3.org/2000/svg");
        expect(info.viewBox).toBe(`0 0 ${info.width} ${info.height}`);
        expect(info.scripts).toBe(0);
        const norm = (t: string) => t.replace(/\s+/g, " ");
        expect(norm(info.lines)).toContain(norm(c.title));
        expect(norm(info.lines)).toContain(norm(sourceOf(c.year, c.lang)));
        expect(info.lines).toContain(c.lang === "id" ? "DATA SAMPEL" : "SAMPLE DATA");
        // The legend: every predikat's letter on its colour, and the hatched "not evaluated".
        for (const code of PREDIKAT_CODES) expect(info.legend).toContainEqual([PALETTE[code].fill, code]);
        expect(info.legend.some(([fill]) => fill?.startsWith("url(#"))).toBe(true);
        // Every region drawn, coloured as the data product says (a province level: the province's own result).
        const results = data.results.get(c.year)!;
        const drawnCodes = new Set(info.fills.map(([k]) => (c.level === "provinsi" ? k!.split(".")[0]! : k!)));
        expect([...drawnCodes].sort()).toEqual([...c.codes].sort());
        for (const [kode, fill] of info.fills) {
          const r = results.get(c.level === "provinsi" ? kode!.split(".")[0]! : kode!);
          const want = r && byKode.has(r.kode_instansi) ? PALETTE[r.predikat as Predikat].fill : null;
          if (want) expect(fill, kode).toBe(want);
          else expect(fill, kode).toMatch(/^url\(#/);
        }
        expect(NOT_EVALUATED.fill).toBeTruthy();

        // PNG
        const png = await downloadOf(v.page, "png");
        expect(png.name).toBe(`${c.file}.png`);
        const size = pngSize(png.bytes)!;
        expect(size).not.toBeNull();
        const scale = size.width / info.width;
        expect(Number.isInteger(scale) && scale >= 2, `scale ${scale}`).toBe(true);
        expect(size.height).toBe(info.height * scale);
        expect(size.width).toBeGreaterThanOrEqual(2 * shownWidth);
        const decoded = await v.page.evaluate(async (b64) => {
          const img = new Image();
          img.src = `data:image/png;base64,${b64}`;
          await img.decode();
          return [img.naturalWidth, img.naturalHeight];
        }, png.bytes.toString("base64"));
        expect(decoded).toEqual([size.width, size.height]);

        // CSV
        const csv = await downloadOf(v.page, "csv");
        expect(csv.name).toBe(`${c.file}.csv`);
        const text = csv.bytes.toString("utf8");
        expect(text.charCodeAt(0)).toBe(0xfeff);
        expect(text.endsWith("\r\n")).toBe(true);
        const [header, ...rows] = parseCsv(text.slice(1));
        expect(header).toEqual(["tahun", "status", "kode", "nama", "tingkat", "ipp", "predikat"]);
        expect(rows).toEqual(expectedRows(c));
        for (const r of rows) expect(r[5]).toMatch(/^(\d+(\.\d+)?)?$/);

        expect(await v.problems()).toEqual([]);
      } finally {
        await v.close();
      }
    });
});
