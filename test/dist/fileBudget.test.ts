/**
 * The file-family model of src/lib/site/distFiles.ts against the real
 * dist/ (the sample build: four editions): every built file belongs to
 * exactly one family, each family's count computed from the route table
 * and the data product equals the files really there, and the mean bytes
 * per file of each family stays within the model's estimate (which the
 * ten-edition size check of test/unit/site/distFiles.test.ts uses).
 */
import { existsSync, statSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { VARIANTS } from "../../src/charts/index.ts";
import { parseCardEditions } from "../../src/lib/site/cards.ts";
import { FAMILIES, fileCount, type SiteShape } from "../../src/lib/site/distFiles.ts";
import { builtData, DIST, listFiles, requireDist } from "./harness/dist.ts";

let files: string[];
let shape: SiteShape;
beforeAll(() => {
  requireDist();
  files = listFiles(DIST);
  const data = builtData();
  const perYear = new Map(data.manifest.tahun.map((t) => [t.tahun, t.berkas.length]));
  const shared = files.filter((p) => p.startsWith("data/") && !/^data\/\d{4}\//.test(p) && !p.endsWith("index.html"));
  shape = {
    years: data.years,
    instansi: data.siteMap.slugs.length,
    provinces: data.siteMap.provinces.length,
    dataFilesOf: (y) => perYear.get(y) ?? 0,
    // The product's files besides the years (datapackage.json is the site build's own, counted by the family).
    dataFilesShared: shared.length - 1,
    chartVariants: VARIANTS.length,
    geoFiles: files.filter((p) => p.startsWith("geo/")).length,
    assetFiles: files.filter((p) => p.startsWith("_astro/") || (!p.includes("/") && !/\.(html|xml|txt)$/.test(p))).length,
    absolute: existsSync(join(DIST, "sitemap.xml")),
    cardEditions: parseCardEditions(process.env["CARD_EDITIONS"]),
  };
});

describe("the file budget model against the built dist/", () => {
  it("claims every built file, each in exactly one family", () => {
    const wrong = files.filter((p) => FAMILIES.filter((f) => f.owns(p)).length !== 1);
    expect(wrong).toEqual([]);
  });

  it("computes exactly the files there are, family by family", () => {
    const model = fileCount(shape);
    const real = FAMILIES.map((f) => ({ name: f.name, files: files.filter((p) => f.owns(p)).length }));
    console.log(`dist/: ${files.length} files at ${shape.years.length} editions\n${real.map((r) => `  ${r.name}: ${r.files}`).join("\n")}`);
    expect(model.byFamily).toEqual(real);
    expect(model.total).toBe(files.length);
  });

  it("keeps each family's bytes per file within the model's estimate", () => {
    const over: string[] = [];
    for (const f of FAMILIES) {
      const mine = files.filter((p) => f.owns(p));
      if (mine.length === 0) continue;
      const mean = mine.reduce((n, p) => n + statSync(join(DIST, p)).size, 0) / mine.length;
      console.log(`  ${f.name}: ${Math.round(mean)} bytes per file (estimate ${f.bytesEach})`);
      if (mean > f.bytesEach) over.push(`${f.name}: ${Math.round(mean)} > ${f.bytesEach}`);
    }
    expect(over).toEqual([]);
  });
});
