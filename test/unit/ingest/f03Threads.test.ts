import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { F03Pool } from "../../../scripts/lib/f03Pool.ts";
import { readF03InThreads } from "../../../scripts/lib/f03Threads.ts";
import { loadProfiles } from "../../../scripts/lib/sources.ts";
import { runPipeline } from "../../support/runPipeline.ts";

/**
 * The real thing behind `npm run data`'s threads: f03.csv cut at line
 * breaks into byte ranges, read on worker threads (and this one), joined.
 * Parts are forced small here (any size will do) so that small fixtures are
 * cut into four.
 */
const pool = new F03Pool(3);
const made: string[] = [];
afterAll(async () => {
  await pool.close();
  made.forEach((d) => rmSync(d, { recursive: true, force: true }));
});

const read = readF03InThreads(pool, 1);

/** The golden input with its f03.csv rewritten by `edit`. */
function golden(edit: (text: string) => string = (t) => t): string {
  const dir = mkdtempSync(join(tmpdir(), "ipp-f03-threads-"));
  made.push(dir);
  cpSync("test/fixtures/golden", dir, { recursive: true });
  const file = `${dir}/2024/pekppp/f03.csv`;
  writeFileSync(file, edit(readFileSync(file, "utf8")));
  return dir;
}

async function method() {
  const def = (await loadProfiles("data")).get("pekppp-2022")!.def;
  return { f03: def.f03, skala: def.skala };
}

/** Runs the build on one thread and on four; `parted` says whether f03.csv must have been cut. */
async function sameAsOneThread(dir: string, parted: boolean): Promise<void> {
  const parts = await read(`${dir}/2024/pekppp/f03.csv`, { method: await method(), kodes: ["34"] });
  expect(parts?.length ?? 1).toBe(parted ? 4 : 1);
  const one = await runPipeline(dir);
  const many = await runPipeline(dir, { readF03InParts: read });
  one.cleanup();
  many.cleanup();
  expect(many.outcome.messages).toEqual(one.outcome.messages);
  expect(many.files).toEqual(one.files);
}

describe("f03.csv read on worker threads", () => {
  it("cuts the file at line breaks into one part per thread", async () => {
    const dir = golden();
    const parts = await read(`${dir}/2024/pekppp/f03.csv`, { method: await method(), kodes: ["34", "34.04"] });
    expect(parts).toHaveLength(4);
    const lines = readFileSync(`${dir}/2024/pekppp/f03.csv`, "utf8").trimEnd().split("\n").length - 1;
    expect(parts!.reduce((n, p) => n + p.lines, 0)).toBe(lines);
    expect(parts!.every((p) => p.lines > 100)).toBe(true);
  });

  it("gives the product, report and messages of one thread: golden input", async () => {
    await sameAsOneThread("test/fixtures/golden", true);
  });

  it("… with CRLF line breaks, blank lines and problems in the rows", async () => {
    await sameAsOneThread(
      golden((t) => {
        const lines = t.trimEnd().split(/\r?\n/);
        lines.splice(700, 0, "", "", "34;RSUD;R01;1;4", "99.99;RSUD;R01;1;4", "34;RSUD;R02;1;9");
        return `${lines.join("\r\n")}\r\n\r\n`;
      }),
      true,
    );
  });

  it("reads a file with a quote in one go, since a quoted field may hold a line break", async () => {
    const dir = golden((t) => t.replace(/\n34;Dinas Sosial;R01;1;4\r?\n/, '\n34;"Dinas Sosial";R01;1;4\n'));
    expect(readFileSync(`${dir}/2024/pekppp/f03.csv`, "utf8")).toContain('"Dinas Sosial"');
    await sameAsOneThread(dir, false);
  });

  it("… also when the first quote comes late, after the parts were read", async () => {
    const dir = golden((t) => {
      const extra = Array.from({ length: 30 }, (_, r) =>
        Array.from({ length: 14 }, (_, i) => `34;Dinas Sosial;X${r};${i + 1};4`),
      ).flat();
      extra[extra.length - 1] = '34;"Dinas Sosial";X29;14;4';
      return `${t.trimEnd()}\r\n${extra.join("\r\n")}\r\n`;
    });
    const text = readFileSync(`${dir}/2024/pekppp/f03.csv`, "utf8");
    expect(text.indexOf('"')).toBeGreaterThan(1 << 16);
    await sameAsOneThread(dir, false);
  });

  it("reads a file with CR-only line breaks in one go", async () => {
    const dir = golden((t) => t.replace(/\r?\n/g, "\r"));
    await sameAsOneThread(dir, false);
  });

  it("reads a file in one go when a part on another thread cannot be read (not UTF-8), reporting it as one reading does", async () => {
    const dir = golden();
    const file = `${dir}/2024/pekppp/f03.csv`;
    const bytes = readFileSync(file);
    const at = bytes.lastIndexOf(Buffer.from("Dinas Sosial"));
    bytes[at + 1] = 0xed; // "D\xEDnas": Latin-1 í, not UTF-8, in the last part
    writeFileSync(file, bytes);
    await sameAsOneThread(dir, false);
    const { outcome, cleanup } = await runPipeline(dir, { readF03InParts: read });
    cleanup();
    expect(outcome.messages.filter((m) => m.startsWith("GALAT"))).toEqual([
      expect.stringMatching(/f03\.csv, baris \d+: berkas ditolak: bukan teks UTF-8 yang sah .*simpan sebagai UTF-8/),
    ]);
  });

  it("does not cut a file smaller than two parts' minimum", async () => {
    const big = readF03InThreads(pool, 1 << 20);
    expect(
      await big("test/fixtures/golden/2024/pekppp/f03.csv", { method: await method(), kodes: [] }),
    ).toBeUndefined();
  });
});
