/**
 * The architecture rules of scripts/lint/architecture.js fire: each layer's
 * forbidden import is reported with the rule's name, and an allowed one is not.
 * Files are linted as if they lived at the given path (nothing is written).
 */
import { ESLint } from "eslint";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "../../..");
const eslint = new ESLint({ cwd: ROOT });

async function problems(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, path) });
  return (result?.messages ?? []).map((m) => m.message);
}

describe("the architecture rules", () => {
  it.each([
    ["src/lib/score/x.ts", 'import { readFileSync } from "node:fs";\nexport const f = readFileSync;\n', "core-is-pure"],
    ["src/lib/score/x.ts", 'import fs from "fs";\nexport const f = fs;\n', "core-is-pure"],
    [
      "src/lib/score/x.ts",
      'import { siteData } from "../../pagedata/data.ts";\nexport const f = siteData;\n',
      "core-is-pure",
    ],
    [
      "src/lib/score/x.ts",
      'import { figureHtml } from "../../charts/figure.ts";\nexport const f = figureHtml;\n',
      "core-is-pure",
    ],
    ["src/lib/score/x.ts", 'export { defineConfig } from "astro/config";\n', "core-is-pure"],
    [
      "src/charts/x.ts",
      'import { siteData } from "../pagedata/data.ts";\nexport const f = siteData;\n',
      "charts-are-pure",
    ],
    ["src/charts/x.ts", 'import { join } from "node:path";\nexport const f = join;\n', "charts-are-pure"],
    [
      "src/pages/x.ts",
      'import { memo } from "../components/home/model.ts";\nexport const f = memo;\n',
      "routes-stay-thin",
    ],
    [
      "src/components/x.ts",
      'import { readFileSync } from "node:fs";\nexport const f = readFileSync;\n',
      "components-are-components",
    ],
    ["src/views/x.ts", 'import { x } from "../pages/grafik/y.ts";\nexport const f = x;\n', "views-compose-components"],
    [
      "src/client/x.ts",
      'import { siteData } from "../pagedata/data.ts";\nexport const f = siteData;\n',
      "client-runs-in-the-browser",
    ],
    [
      "src/client/x.ts",
      'import { readFile } from "node:fs/promises";\nexport const f = readFile;\n',
      "client-runs-in-the-browser",
    ],
    [
      "src/pagedata/x.ts",
      'import View from "../views/HomeView.astro";\nexport const f = View;\n',
      "pagedata-reads-files",
    ],
    [
      "scripts/x.ts",
      'import { siteData } from "../src/pagedata/data.ts";\nexport const f = siteData;\n',
      "scripts-use-the-core",
    ],
  ])("%s: a forbidden import is reported as %s", async (path, code, rule) => {
    const found = await problems(path, code);
    expect(found.some((m) => m.startsWith(`architecture/${rule}:`))).toBe(true);
  });

  it.each([
    [
      "src/lib/score/x.ts",
      'import { z } from "zod";\nimport { halfUp } from "../num/halfUp.ts";\nexport const f = [z, halfUp];\n',
    ],
    [
      "src/charts/x.ts",
      'import * as Plot from "@observablehq/plot";\nimport { formatIpp } from "../lib/format/number.ts";\nexport const f = [Plot, formatIpp];\n',
    ],
    [
      "src/pagedata/x.ts",
      'import { readFileSync } from "node:fs";\nimport { trend } from "../charts/trend.ts";\nexport const f = [readFileSync, trend];\n',
    ],
    [
      "src/pages/x.ts",
      'import { siteData } from "../pagedata/data.ts";\nimport HomeView from "../views/HomeView.astro";\nexport const f = [siteData, HomeView];\n',
    ],
    [
      "src/client/x.ts",
      'import { rankingState } from "../lib/view/rankingState.ts";\nexport const f = rankingState;\n',
    ],
  ])("%s: an allowed import passes", async (path, code) => {
    expect((await problems(path, code)).filter((m) => m.startsWith("architecture/"))).toEqual([]);
  });

  it("the pure core may not touch the DOM or Node's globals", async () => {
    const found = await problems(
      "src/lib/view/x.ts",
      "export const a = document.title;\nexport const b = process.env;\n",
    );
    expect(found.filter((m) => m.includes("architecture/pure-layers-have-no-dom:"))).toHaveLength(1);
    expect(found.filter((m) => m.includes("architecture/pure-layers-have-no-node:"))).toHaveLength(1);
  });

  it("browser code in an .astro component's <script> may not read files", async () => {
    const code =
      '---\nconst a = 1;\n---\n<p>{a}</p>\n<script>\n  import { siteData } from "../pagedata/data.ts";\n  console.log(siteData);\n</script>\n';
    const found = await problems("src/components/X.astro", code);
    expect(found.some((m) => m.startsWith("architecture/client-runs-in-the-browser:"))).toBe(true);
  });
});
