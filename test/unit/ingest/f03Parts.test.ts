import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { F03InParts } from "../../../src/lib/effects.ts";
import { readF03Part } from "../../../src/lib/ingest/f03.ts";
import { runPipeline } from "../../support/runPipeline.ts";

/**
 * Reading f03.csv in parts (one per thread in the real build) must give
 * exactly what one reading of the whole file gives: the same data product,
 * the same validation report, the same messages, byte for byte. Here the
 * parts are cut in memory at many places, including the hard ones: between
 * the rows of one respondent, inside runs of blank lines, between a row and
 * its duplicate, one part per line.
 */

const isFile = (path: string) => existsSync(path) && statSync(path).isFile();

/** Where each line after the first starts. */
function lineStarts(text: string): number[] {
  const starts: number[] = [];
  for (let i = text.indexOf("\n"); i !== -1 && i + 1 < text.length; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

/** The texts of the parts when the file is cut at `cuts` (line starts): every part after the first gets the header line. */
function partsOf(text: string, cuts: readonly number[]): string[] {
  const header = text.slice(0, text.indexOf("\n") + 1);
  const bounds = [0, ...cuts, text.length];
  return bounds.slice(0, -1).map((b, k) => (k === 0 ? "" : header) + text.slice(b, bounds[k + 1]));
}

/** A reader of f03.csv in parts cut where `choose` says. */
function inParts(choose: Plan): F03InParts {
  return async (path, o) => {
    const text = readFileSync(path, "utf8");
    const known = new Set(o.kodes);
    const texts = partsOf(text, choose(lineStarts(text).slice(1), text));
    return Promise.all(
      texts.map((t, k) =>
        readF03Part(t, { method: o.method, known: (kode) => known.has(kode), file: path, continuation: k > 0 }),
      ),
    );
  };
}

/** A small deterministic generator, so every run cuts at the same places. */
function seeded(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

/** Where to cut, given the starts of the data lines (after the first) and the text. */
type Plan = (starts: readonly number[], text: string) => number[];

function cutPlans(lines: number): [string, Plan][] {
  const random = seeded(lines);
  const pick = (starts: readonly number[], n: number) =>
    [...new Set(Array.from({ length: n }, () => starts[Math.floor(random() * starts.length)]!))].sort((a, b) => a - b);
  const isBlank = (text: string, at: number) =>
    /^[\s;,]*$/.test(text.slice(at, text.indexOf("\n", at) + 1 || undefined));
  const every = lines <= 300 ? 1 : 37;
  return [
    ["one part, cut right after the header", () => []],
    ...Array.from({ length: 6 }, (_, k): [string, Plan] => [`two parts (${k + 1})`, (s) => pick(s, 1)]),
    ...Array.from({ length: 4 }, (_, k): [string, Plan] => [`three or four parts (${k + 1})`, (s) => pick(s, 3)]),
    [`a part every ${every} line(s)`, (s) => s.filter((_, i) => i % every === 0)],
    // A part that ends with blank lines, before data or before more blank lines.
    [
      "cut at and after every blank line",
      (s, text) => s.filter((at, i) => isBlank(text, at) || (i > 0 && isBlank(text, s[i - 1]!))),
    ],
  ];
}

const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

/**
 * The golden 2024 input with an f03.csv made harder to split: blank lines
 * in the middle and at the end, a respondent whose rows are far apart, rows
 * repeated later (one twice, one with its lokus in capitals), a bad value
 * before the good one, an unknown instansi.
 */
function trickyInput(lineBreak: string): string {
  const dir = mkdtempSync(join(tmpdir(), "ipp-f03-parts-"));
  made.push(dir);
  cpSync("test/fixtures/golden/2024", `${dir}/2024`, { recursive: true });
  const [header, ...data] = readFileSync(`${dir}/2024/pekppp/f03.csv`, "utf8").trimEnd().split(/\r?\n/);
  const cells = (i: number) => data[i]!.split(";");
  const invalid = [...cells(420).slice(0, 4), "9"].join(";");
  const shouted = cells(450)
    .map((c, k) => (k === 1 ? c.toUpperCase() : c))
    .join(";");
  const moved = data.slice(600, 607);
  const rows = [
    header!,
    ...data.slice(0, 200),
    "",
    "",
    ";;;;",
    ...data.slice(200, 420),
    invalid,
    ...data.slice(420, 600),
    ...data.slice(607),
    data[5]!,
    "",
    data[10]!,
    data[10]!,
    "99.99;RSUD;R01;1;4",
    shouted,
    ...moved,
    "",
    "",
  ];
  writeFileSync(`${dir}/2024/pekppp/f03.csv`, rows.join(lineBreak) + lineBreak);
  return dir;
}

/** The golden 2024 input with f03.csv's rows ordered by item: every lokus and respondent spans every part. */
function byItemInput(): string {
  const dir = mkdtempSync(join(tmpdir(), "ipp-f03-parts-"));
  made.push(dir);
  cpSync("test/fixtures/golden/2024", `${dir}/2024`, { recursive: true });
  const [header, ...data] = readFileSync(`${dir}/2024/pekppp/f03.csv`, "utf8").trimEnd().split(/\r?\n/);
  const item = (line: string) => Number(line.split(";")[3]);
  writeFileSync(`${dir}/2024/pekppp/f03.csv`, `${[header!, ...data.sort((a, b) => item(a) - item(b))].join("\n")}\n`);
  return dir;
}

const ROOT = "test/fixtures/bad";
const cases: [string, () => string][] = [
  ["golden", () => "test/fixtures/golden"],
  ["tricky, LF", () => trickyInput("\n")],
  ["tricky, CRLF", () => trickyInput("\r\n")],
  ["golden, rows ordered by item", byItemInput],
  ...readdirSync(ROOT)
    .filter((n) => !n.includes(".") && isFile(`${ROOT}/${n}/2024/pekppp/f03.csv`))
    .sort()
    .map((n): [string, () => string] => [n, () => `${ROOT}/${n}`]),
];

describe("f03.csv read in parts gives what one reading gives", () => {
  it("covers the bad-input cases with an f03.csv, and hard cuts", () => {
    expect(cases.length).toBeGreaterThanOrEqual(10);
  });

  it.each(cases)("%s", async (_, input) => {
    const dir = input();
    const whole = await runPipeline(dir);
    whole.cleanup();
    const lines = readFileSync(`${dir}/2024/pekppp/f03.csv`, "utf8").split("\n").length;
    let parted = 0;
    for (const [plan, choose] of cutPlans(lines)) {
      let calls = 0;
      const readF03InParts = inParts((starts, text) => {
        calls++;
        return choose(starts, text);
      });
      const split = await runPipeline(dir, { readF03InParts });
      split.cleanup();
      if (calls > 0) parted++;
      expect(split.outcome.messages, plan).toEqual(whole.outcome.messages);
      expect(split.files, plan).toEqual(whole.files);
    }
    // Not vacuous: the parts were used (a year without f02.csv never reads f03.csv's rows this way).
    if (existsSync(`${dir}/2024/pekppp/f02.csv`)) expect(parted).toBe(cutPlans(lines).length);
  });

  it("the tricky input really has the hard cases in it", async () => {
    const dir = trickyInput("\n");
    const { outcome, cleanup } = await runPipeline(dir);
    cleanup();
    const text = outcome.messages.join("\n");
    expect(text).toMatch(/baris kosong diabaikan/);
    expect(text).toMatch(/sudah ada di baris/);
    expect(text).toMatch(/kode_instansi tidak dikenal/);
    expect(text).toMatch(/nilai di luar rentang/);
  });
});
