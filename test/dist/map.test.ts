/**
 * The map as built in dist/: every /peta/ page, the server SVG, the code
 * join, Leaflet kept to /peta/, the size of the map SVGs other pages carry.
 * The live map in a browser is browser-map.test.ts. Runs after
 * `npm run build` (the `site` project).
 */
import { existsSync, readFileSync } from "node:fs";
import { boundaryCredit } from "../../src/lib/map/text.ts";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { colorOf } from "../../src/lib/format/palette.ts";
import { formatIpp } from "../../src/lib/format/number.ts";
import { joinRegions } from "../../src/lib/map/join.ts";
import { projectTopology } from "../../src/lib/map/project.ts";
import { choroplethSvg } from "../../src/lib/map/svg.ts";
import { asTopo } from "../../src/lib/map/topology.ts";
import { GeoStatus } from "../../src/lib/schema/geo.ts";
import { predikatClass } from "../../src/lib/view/predikatClass.ts";
import { DIST } from "./harness/dist.ts";
import { gzipBytes } from "./harness/gzip.ts";
import { scanHtml } from "./harness/html.ts";
import { staticTransfer } from "./harness/transfer.ts";

if (!existsSync(join(DIST, "peta", "index.html"))) throw new Error(`${DIST}/peta/index.html missing: run \`npm run build\` first`);
const json = (path: string): unknown => JSON.parse(readFileSync(join(DIST, path), "utf8"));
/** The boundaries the build used: MAP_GEO_DIR when the site was built with it (see src/pagedata/geo.ts). */
const GEO_DIR = process.env["MAP_GEO_DIR"] ?? join(DIST, "geo");
const geoJson = (name: string): unknown => JSON.parse(readFileSync(join(GEO_DIR, name), "utf8"));
const status = GeoStatus.parse(geoJson("status.json"));
const manifest = json("data/manifest.json") as { tahun_terbaru: number; tahun: { tahun: number }[] };
const latest = manifest.tahun_terbaru;
const master = (json("data/instansi.json") as { instansi: { kode: string; nama: string; slug: string; tingkat: string }[] }).instansi;
const masterByKode = new Map(master.map((m) => [m.kode, m]));
type Result = { kode_instansi: string; ipp: number; predikat: string };
const resultsOf = (year: number) => new Map((json(`data/${year}/pekppp-instansi.json`) as { instansi: Result[] }).instansi.map((r) => [r.kode_instansi, r]));
const results = resultsOf(latest);
const kabkotaCodes = master.filter((m) => m.tingkat === "kabupaten" || m.tingkat === "kota").map((m) => m.kode);
const html = (page: string) => readFileSync(join(DIST, page, "index.html"), "utf8");

/** Every /peta/ page: both languages, latest and each year. */
const petaPages = ["", "en/"].flatMap((lang) => ["", ...manifest.tahun.map((t) => `${t.tahun}/`)].map((ed) => `/${lang}${ed}peta/`));

describe("map pages, built", () => {
  it("exist for every language and edition, each starting on its own year, with the attribution", () => {
    expect(petaPages).toHaveLength(2 * (manifest.tahun.length + 1));
    for (const page of petaPages) {
      const { document } = parseHTML(html(page));
      const year = Number(/\/(\d{4})\//.exec(page)?.[1] ?? latest);
      expect(document.querySelector("h1 [data-role=year]")?.textContent, page).toBe(String(year));
      if (!status.available) {
        expect(document.querySelector("[data-map-unavailable]"), page).not.toBeNull();
        continue;
      }
      // In the page's language: "Boundaries: …" on English pages (boundaryCredit).
      expect(document.body.textContent, page).toContain(boundaryCredit(status.attribution ?? "", page.startsWith("/en/") ? "en" : "id"));
      const config = JSON.parse(document.getElementById("peta-config")?.textContent ?? "{}") as { year: number; lang: string };
      expect(config.year, page).toBe(year);
      expect(config.lang, page).toBe(page.startsWith("/en/") ? "en" : "id");
    }
  });

  it("always show the tile grid (38 tiles) and the full tables, geometry or not", () => {
    const { document } = parseHTML(html("/peta/"));
    expect(document.querySelectorAll("svg.tile-grid rect[data-kode]")).toHaveLength(38);
    expect(document.querySelectorAll("#peta-tabel-kabkota tbody tr")).toHaveLength(kabkotaCodes.length);
    expect(document.querySelectorAll("#peta-tabel-provinsi tbody tr")).toHaveLength(38);
  });

  it.runIf(status.available)("draw one server SVG path per kab/kota, coloured and linked from the data", () => {
    const { document } = parseHTML(html("/peta/"));
    const paths = [...document.querySelectorAll("svg#peta-svg .map-regions path[data-kode]")];
    expect(status.available && paths.length).toBe(status.available && status.features.kabkota);
    const known = ["11.01", "32.73", "35.78", "91.71", ...kabkotaCodes.filter((c) => !results.has(c)).slice(0, 3)];
    for (const code of known) {
      const path = document.querySelector(`svg#peta-svg path[data-kode="${code}"]`);
      const r = results.get(code);
      const p = r ? r.predikat : null;
      expect(path?.getAttribute("fill"), code).toBe(p ? colorOf(p) : "url(#peta-svg-hatch)");
      expect(path?.getAttribute("class")?.split(" ")[0], code).toBe(predikatClass(p));
      expect(path?.parentElement?.getAttribute("href"), code).toBe(`/instansi/${masterByKode.get(code)?.slug}/`);
      expect(path?.parentElement?.querySelector("title")?.textContent, code).toContain(r ? `${r.predikat} · ` : "Tidak dievaluasi");
    }
    expect(html("/peta/")).not.toMatch(/<svg[^]*?\sstyle="[^]*?<\/svg>/);
  });

  it.runIf(status.available)("join every geometry code to the master and to the results (code-join report)", () => {
    const topo = asTopo(geoJson("wilayah.topo.json"));
    const codes = topo.objects.kabkota.geometries.map((g) => g.properties.code);
    const j = joinRegions(codes, kabkotaCodes, masterByKode, results);
    if (!status.available) return;
    expect(j.report.not_in_master).toEqual(status.join.kabkota.not_in_master);
    expect(j.report.missing_geometry).toEqual(status.join.kabkota.missing_from_geometry);
    expect(j.report.matched).toBe(kabkotaCodes.filter((c) => results.has(c) && codes.includes(c)).length);
    expect(j.report.matched + j.report.not_evaluated.length + j.report.not_in_master.length).toBe(codes.length);
    const prov = topo.objects.provinsi.geometries.map((g) => g.properties.code).filter((c) => !masterByKode.has(c));
    expect(prov).toEqual(status.join.provinsi.not_in_master);
  });

  it("keep Leaflet to /peta/: no other page loads its code or stylesheet", () => {
    const loads = (page: string) => [...staticTransfer(DIST, page, scanHtml(html(page))).parts.keys()].filter((p) => p !== page);
    const leafletIn = (page: string) => loads(page).some((p) => /leaflet-pane/.test(readFileSync(join(DIST, p), "utf8")));
    for (const page of ["/", "/en/", "/cari/", "/peringkat/", `/instansi/${master[0]!.slug}/`, "/provinsi/32/"]) expect(leafletIn(page), page).toBe(false);
    expect(leafletIn("/peta/")).toBe(status.available);
  });

  // /peta/ as a whole (≤ 300 kB with its geometry) is checked with every other page's budget (static.test.ts).
  it.runIf(status.available)("keep the map SVGs other pages carry small: the home preview ≤ 40 kB gzip, a big province ≤ 25 kB", () => {
    // The preview and the province map are placed by other views; measure the components' SVG as they build it.
    const topo = asTopo(geoJson("wilayah.topo.json"));
    const gz = gzipBytes;
    const svgOf = (map: ReturnType<typeof projectTopology>) => {
      const regions = joinRegions(map.regions.map((r) => r.code), [], masterByKode, results).regions;
      return choroplethSvg({ id: "x", map, regions: new Map(regions.map((r) => [r.code, r])), label: "x", href: (r) => `/instansi/${r.slug}/`, title: (r) => `${r.name}: ${r.predikat} · Sangat Baik · IPP ${r.ipp === null ? "" : formatIpp(r.ipp, "id")}` });
    };
    const preview = gz(svgOf(projectTopology(topo, { level: "provinsi", width: 1000, tolerance: 1.2 })));
    const jatim = gz(svgOf(projectTopology(topo, { level: "kabkota", width: 800, maxHeight: 640, tolerance: 1, filter: (c) => c.startsWith("35.") })));
    console.info(`home preview SVG ${preview} B gzip; Jawa Timur SVG ${jatim} B gzip`);
    expect(preview).toBeLessThanOrEqual(40_000);
    expect(jatim).toBeLessThanOrEqual(25_000);
  });
});
