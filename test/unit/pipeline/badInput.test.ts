import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runPipeline } from "../../support/runPipeline.ts";

/**
 * The bad-input corpus: each directory under test/fixtures/bad is an input
 * root with one broken year. Its expected.txt holds the exact lines the build
 * must print (paths relative to the case) and, per file, the row accounting.
 * A missing expected.txt is written for review, never in CI.
 */
const ROOT = "test/fixtures/bad";
const cases = readdirSync(ROOT)
  .filter((n) => !n.includes("."))
  .sort();

describe("bad-input corpus", () => {
  it("has at least 20 cases", () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
  });

  it.each(cases)("%s", async (name) => {
    const { outcome, cleanup } = await runPipeline(`${ROOT}/${name}`);
    cleanup();
    const strip = (s: string) => s.split(`${ROOT}/${name}/`).join("");
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
    const file = `${ROOT}/${name}/expected.txt`;
    if (!existsSync(file)) {
      if (process.env.CI) throw new Error(`${file} is missing`);
      writeFileSync(file, `${lines.join("\n")}\n`);
    }
    expect(lines).toEqual(readFileSync(file, "utf8").trimEnd().split("\n"));
  });
});
