import { readFile, rm } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateAndBuild, type Built } from "./build.ts";

/** The 2025 edition of the sample: the latest year, with the 2025 lokus (methodology.md §7.1). */
let built: Awaited<ReturnType<typeof generateAndBuild>>;
const years = new Map<number, Built>();

beforeAll(async () => {
  built = await generateAndBuild([2024, 2025]);
  for (const y of [2024, 2025]) years.set(y, await built.read(y));
}, 120_000);
afterAll(() => rm(built.input, { recursive: true, force: true }));

const lokusOf = (tahun: number, kode: string) =>
  years
    .get(tahun)!
    .lokus.filter((l) => l.kode_instansi === kode)
    .map((l) => l.lokus)
    .sort();

describe("the 2025 sample edition", () => {
  it("builds without problems and is the latest year of the manifest", async () => {
    expect(built.outcome.messages).toEqual([]);
    const manifest = JSON.parse(await readFile(`${built.out}/manifest.json`, "utf8"));
    expect(manifest.tahun_terbaru).toBe(2025);
    expect(manifest.tahun.map((t: { tahun: number; status: string }) => [t.tahun, t.status])).toEqual([
      [2024, "sample"],
      [2025, "sample"],
    ]);
  });

  it("evaluates pemda on the 2025 lokus and keeps the 2024 lokus in 2024", () => {
    expect(lokusOf(2025, "35.78")).toEqual(["Dinas Kesehatan", "Dinas Pendidikan", "Disdukcapil"]);
    expect(lokusOf(2025, "32.11")).toEqual(["Dinas Kesehatan", "Dinas Pendidikan", "Disdukcapil"]);
    expect(lokusOf(2025, "32")).toEqual(["Dinas Kesehatan", "Dinas Pendidikan", "Samsat/Bapenda"]);
    expect(lokusOf(2024, "35.78")).toEqual(["Dinas Sosial", "Disdukcapil", "RSUD"]);
    expect(lokusOf(2025, "KL.054")).toEqual(lokusOf(2024, "KL.054"));
  });

  it("carries on the trend: pemda a little better on average than in 2024", () => {
    const mean = (y: number) => years.get(y)!.summary.pemda.rata_rata!;
    expect(mean(2025) - mean(2024)).toBeGreaterThan(0);
    expect(mean(2025) - mean(2024)).toBeLessThan(0.2);
  });
});
