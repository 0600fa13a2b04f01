import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createRequire } from "node:module";
import { Summary, YearData } from "../../../src/lib/schema/output.ts";
import { MethodologyProfile } from "../../../src/lib/schema/methodology.ts";
import type { ChartOptions, Lang } from "../../../src/charts/types.ts";

// Paths from the project root (where Vitest runs): under the jsdom environment import.meta.url is not a file: URL.
const read = (path: string) => JSON.parse(readFileSync(join(process.cwd(), path), "utf8"));
const fixture = (name: string) => read(`test/fixtures/charts/${name}`);

// Parsed through the schemas, so a fixture that drifts from the data product fails here, not in a chart.
export const year2024 = YearData.parse(fixture("year-2024.json"));
export const years = [2022, 2023, 2024, 2025].map((y) => YearData.parse(fixture(`year-${y}.json`)));
export const summary2024 = Summary.parse(fixture("summary-2024.json"));
export const profile = MethodologyProfile.parse(read("data/methodology/pekppp-2022.json"));

export const LANGS: readonly Lang[] = ["id", "en"];

export function options(lang: Lang, extra: Partial<ChartOptions> = {}): ChartOptions {
  return { lang, year: 2024, status: "sample", predikat: profile.predikat, pretty: true, ...extra };
}

export function byCode(kode: string) {
  const r = year2024.instansi.find((i) => i.kode_instansi === kode);
  if (!r) throw new Error(`fixture has no ${kode}`);
  return r;
}

// jsdom ships no types (and @types/jsdom is not installed); we only need its window.
const { JSDOM } = createRequire(join(process.cwd(), "package.json"))("jsdom") as {
  JSDOM: new (html: string) => { window: Window & typeof globalThis };
};
const { DOMParser } = new JSDOM("").window;

/** An HTML document, for checking markup meant for pages. */
export function htmlDocument(html: string): Document {
  return new JSDOM(html).window.document;
}

/** Parses as XML, strictly: a malformed SVG throws instead of being repaired. */
export function parseSvg(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
  const error = doc.querySelector("parsererror");
  if (error) throw new Error(`SVG does not parse: ${error.textContent}`);
  return doc;
}

export function marks(doc: Document): Element[] {
  return Array.from(doc.querySelectorAll(".mark"));
}

/** Texts of the x-axis tick labels (Plot names the group "x-axis tick label"; the serialiser keeps it as data-plot). */
export function tickLabels(doc: Document, axis: "x" | "y" = "x"): string[] {
  return Array.from(doc.querySelectorAll(`g[data-plot="${axis}-axis tick label"] text`)).map(
    (t) => t.textContent ?? "",
  );
}

/** The fixture's instansi twice over (the copies with codes and names of their own): a chart with more than 40 marks. */
export function manyRows(): typeof year2024.instansi {
  const copies = year2024.instansi.map((r) => ({ ...r, kode_instansi: `${r.kode_instansi}9`, nama: `${r.nama} II` }));
  return [...year2024.instansi, ...copies];
}
