/**
 * npm run bench [-- --only <section>[,<section>…]] [section options]
 * Runs the benchmark sections in turn, prints their tables and writes each
 * section's figures to test/output/bench/<section>.json (git-ignored).
 * Sections: pipeline (--runs 5, --lokus 8,24, --keep), lighthouse, site (--site-only today,ten,
 * --site-years 2022-2031, --keep). To add one, write
 * scripts/bench/<name>.ts exporting a BenchSection and list it below.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { lighthouseSection } from "./bench/lighthouse.ts";
import { pipelineSection } from "./bench/pipeline.ts";
import { siteSection } from "./bench/site.ts";
import type { BenchSection, OptionValues, SectionOptions } from "./bench/section.ts";

const SECTIONS: readonly BenchSection[] = [pipelineSection, lighthouseSection, siteSection];
const OUT = "test/output/bench";

const options: SectionOptions = Object.assign({ only: { type: "string" } }, ...SECTIONS.map((s) => s.options));
const values: OptionValues = parseArgs({ options }).values;
const only = typeof values["only"] === "string" ? values["only"].split(",") : SECTIONS.map((s) => s.name);
const unknown = only.filter((n) => !SECTIONS.some((s) => s.name === n));
if (unknown.length) {
  console.error(
    `unknown section ${unknown.join(", ")}; sections: ${SECTIONS.map((s) => `${s.name} (${s.summary})`).join("; ")}`,
  );
  process.exit(1);
}

for (const section of SECTIONS.filter((s) => only.includes(s.name))) {
  console.log(`## ${section.name}: ${section.summary}\n`);
  const figures = await section.run(values);
  await mkdir(OUT, { recursive: true });
  await writeFile(
    `${OUT}/${section.name}.json`,
    `${JSON.stringify({ section: section.name, date: new Date().toISOString(), figures }, null, 2)}\n`,
  );
  console.log(`\nfigures written to ${OUT}/${section.name}.json\n`);
}
