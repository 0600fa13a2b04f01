import { createHash } from "node:crypto";
import { readdir, readFile, rm } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateSample } from "../../../scripts/sample/run.ts";
import { tempDir } from "./build.ts";

/** SHA-256 of every file under a directory, by relative path. */
async function hashes(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const e of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const path = `${e.parentPath}/${e.name}`;
    out[path.slice(dir.length + 1)] = createHash("sha256")
      .update(await readFile(path))
      .digest("hex");
  }
  return out;
}

const dirs: string[] = [];
const run = async (seed?: number) => {
  const dir = await tempDir("det");
  dirs.push(dir);
  await generateSample({ out: dir, years: [2024], ...(seed === undefined ? {} : { seed }) });
  return hashes(dir);
};

let first: Record<string, string>;
let second: Record<string, string>;
beforeAll(async () => {
  [first, second] = await Promise.all([run(), run()]);
}, 60_000);
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

describe("determinism", () => {
  it("writes exactly the input contract, the sample marker and the .gitignore", () => {
    expect(Object.keys(first).sort()).toEqual([
      "2024/.gitignore",
      "2024/.sampel.json",
      "2024/mpp/mpp.csv",
      "2024/pekppp/f02.csv",
      "2024/pekppp/f03.csv",
      "2024/rkr/unit.csv",
      "2024/tahun.json",
    ]);
  });

  it("gives identical bytes for the same version and seed", () => {
    expect(second).toEqual(first);
  });

  it("gives different data for another seed", async () => {
    const other = await run(7);
    expect(other["2024/pekppp/f03.csv"]).not.toBe(first["2024/pekppp/f03.csv"]);
  });

  it("writes LF-only, comma-separated CSV sorted by kode, lokus type, indicator", async () => {
    const text = await readFile(`${dirs[0]}/2024/pekppp/f02.csv`, "utf8");
    expect(text).not.toContain("\r");
    const lines = text.trimEnd().split("\n");
    expect(lines[0]).toBe("kode_instansi,lokus,indikator,nilai");
    expect(lines.slice(1, 4).map((l) => l.replace(/,\d$/, ""))).toEqual([
      "11,Dinas Sosial,1",
      "11,Dinas Sosial,2",
      "11,Dinas Sosial,3",
    ]);
    expect(lines.slice(1, 90).map((l) => l.split(",")[1])).toEqual([
      ...Array(30).fill("Dinas Sosial"),
      ...Array(30).fill("RSUD"),
      ...Array(29).fill("Samsat/Bapenda"),
    ]);
    const codes = lines.slice(1).map((l) => l.split(",")[0]!);
    expect(codes).toEqual([...codes].sort());
  });

  it("marks the year as sample data and says it is synthetic", async () => {
    const config = JSON.parse(await readFile(`${dirs[0]}/2024/tahun.json`, "utf8"));
    expect(config.status).toBe("sample");
    expect(config.catatan).toMatch(/SINTETIS/);
    expect(await readFile(`${dirs[0]}/2024/.gitignore`, "utf8")).toMatch(/^\*$/m);
  });
});
