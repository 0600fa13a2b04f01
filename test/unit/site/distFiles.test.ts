import { describe, expect, it } from "vitest";
import { VARIANTS } from "../../../src/charts/index.ts";
import { DEFAULT_CARD_EDITIONS } from "../../../src/lib/site/cards.ts";
import { BUDGET, FAMILIES, familyOf, fileCount, type SiteShape } from "../../../src/lib/site/distFiles.ts";
import { PAGE_KINDS } from "../../../src/lib/site/routes.ts";
import { YEAR_FILES } from "../../../scripts/lib/outputDir.ts";

/**
 * The file budget of issue 14 at TEN editions, computed from the route table
 * and the list of generated files (src/lib/site/distFiles.ts), never built:
 * ≤ 20,000 files (Cloudflare Pages) and ≤ 1 GB (GitHub Pages). The real
 * instansi count (~633: 38 provinces, 514 kab/kota, ~81 K/L), the most
 * files the data build can write per year, and the constant families as
 * measured on the sample build with room to grow (test/dist/fileBudget.test.ts
 * checks the model against a real dist/ file for file).
 */
const ten = (over: Partial<SiteShape> = {}): SiteShape => ({
  years: Array.from({ length: BUDGET.editions }, (_, i) => 2022 + i),
  instansi: 633,
  provinces: 38,
  dataFilesOf: () => YEAR_FILES.size,
  // manifest, instansi.json, penghargaan.json, angka-terbitan.csv/.json, three methodology profiles; room for four more.
  dataFilesShared: 12,
  chartVariants: VARIANTS.length,
  // Measured: 2 boundary files; 40 assets (about 25 today); room for both to grow.
  geoFiles: 4,
  assetFiles: 40,
  absolute: true,
  cardEditions: DEFAULT_CARD_EDITIONS,
  ...over,
});

describe("the dist/ file budget at ten editions", () => {
  const count = fileCount(ten());

  it("stays within 20,000 files", () => {
    console.log(
      `dist/ at ${BUDGET.editions} editions: ${count.total} files\n${count.byFamily.map((f) => `  ${f.name}: ${f.files}`).join("\n")}`,
    );
    expect(count.total).toBeLessThanOrEqual(BUDGET.files);
  });

  it("counts the pages from the route table: every kind, both languages, each edition and the latest at the root", () => {
    const [instansi, provinces, others] = count.byFamily.map((f) => f.files);
    const editionsAndLangs = 2 * (BUDGET.editions + 1);
    expect([instansi, provinces, others]).toEqual([633, 38, PAGE_KINDS.length - 2].map((n) => n * editionsAndLangs));
  });

  it("grows with the editions: a twentieth edition would not fit, so the test can fail", () => {
    const twenty = fileCount(ten({ years: Array.from({ length: 20 }, (_, i) => 2022 + i) }));
    expect(twenty.total).toBeGreaterThan(BUDGET.files);
  });

  // The instansi pages are ~13,900 of the files: their charts are drawn once for every width (fluid
  // charts), the cards carry a palette (about 28 kB). The measured ten-edition build: 926 MB for the
  // sample's 600 instansi; the model, for 633, ~993 MB.
  it("stays within 1 GB at the bytes per file measured on the ten-edition build", () => {
    const bytes = FAMILIES.reduce((n, f, i) => n + f.bytesEach * count.byFamily[i]!.files, 0);
    console.log(`dist/ at ${BUDGET.editions} editions: about ${(bytes / 1e6).toFixed(0)} MB`);
    expect(bytes).toBeLessThanOrEqual(BUDGET.bytes);
  });

  it("would not fit 1 GB with the pages as heavy as before the fluid charts (so the size test can fail)", () => {
    const heavy = FAMILIES.map((f) => (f.name.startsWith("halaman instansi") ? { ...f, bytesEach: 88_000 } : f));
    const bytes = heavy.reduce((n, f, i) => n + f.bytesEach * count.byFamily[i]!.files, 0);
    expect(bytes).toBeGreaterThan(BUDGET.bytes);
  });

  it("places every kind of built file in exactly one family", () => {
    const paths = [
      "index.html",
      "2024/instansi/kota-bandung/index.html",
      "en/peta/index.html",
      "data/index.html",
      "404.html",
      "en/404.html",
      "grafik/2024/id/sebaran-ipp-s.svg",
      "data/2024/perubahan.csv",
      "data/manifest.json",
      "data/datapackage.json",
      "data/metodologi/pekppp-2022.json",
      "geo/wilayah.topo.json",
      "_astro/index.abc123.css",
      "favicon.svg",
      ".nojekyll",
      "sitemap.xml",
      "robots.txt",
      "embed/2024/sebaran/index.html",
      "en/embed/2024/provinsi/32/index.html",
      "kartu/2024/kota-bandung.png",
      "embed.js",
    ];
    for (const p of paths) expect(FAMILIES.filter((f) => f.owns(p)).length, p).toBe(1);
    expect(familyOf("somewhere/else.txt")).toBeUndefined();
    expect(familyOf("en/embed/2024/provinsi/32/index.html")?.name).toMatch(/^halaman sematan/);
    expect(familyOf("2024/provinsi/32/index.html")?.name).toMatch(/^halaman provinsi/);
  });
});
