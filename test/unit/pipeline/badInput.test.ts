import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { MasterDataError } from "../../../scripts/lib/sources.ts";
import { runPipeline } from "../../support/runPipeline.ts";

/**
 * The bad-input corpus: each directory under test/fixtures/bad is an input
 * root with one broken year (or broken master data, or a broken input
 * folder). Its expected.txt holds the exact lines the build must print
 * (paths relative to the case) and, per file, the row accounting. A
 * missing expected.txt is written for review, never in CI. Files git cannot
 * hold (named pipes, devices, permissions) are in cli.test.ts.
 */
const ROOT = "test/fixtures/bad";
const cases = readdirSync(ROOT)
  .filter((n) => !n.includes("."))
  .sort();

describe("bad-input corpus", () => {
  it("has at least 60 cases", () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
  });

  it.each(cases)("%s", async (name) => {
    const strip = (s: string) => s.split(`${ROOT}/${name}/`).join("");
    let run;
    try {
      run = await runPipeline(`${ROOT}/${name}`);
    } catch (e) {
      // Master data (kl.csv, methodology) that cannot be used stops the build before any year.
      if (!(e instanceof MasterDataError)) throw e;
      return expectLines(name, ["ok: false", ...strip(e.message).split("\n")]);
    }
    const { outcome, cleanup } = run;
    cleanup();
    const lines = [
      `ok: ${outcome.ok}`,
      ...outcome.messages.map(strip),
      ...outcome.years.flatMap((y) =>
        y.report.berkas.map((f) => {
          const reasons = Object.entries(f.alasan_penolakan).map(([k, v]) => `${k} ${v}`);
          return `${strip(f.berkas)}: ${f.baris_dibaca} dibaca = ${f.baris_dipakai} dipakai + ${f.baris_ditolak} ditolak${reasons.length ? ` (${reasons.join(", ")})` : ""}`;
        }),
      ),
    ];
    expectLines(name, lines);
  });
});

function expectLines(name: string, lines: readonly string[]): void {
  const file = `${ROOT}/${name}/expected.txt`;
  if (!existsSync(file)) {
    if (process.env.CI) throw new Error(`${file} is missing`);
    writeFileSync(file, `${lines.join("\n")}\n`);
  }
  expect(lines).toEqual(readFileSync(file, "utf8").trimEnd().split("\n"));
}
