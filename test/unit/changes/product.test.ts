import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runPipeline } from "../../support/runPipeline.ts";
import { ChangesData } from "../../../src/lib/schema/changes.ts";
import { Manifest } from "../../../src/lib/schema/output.ts";

/** test/fixtures/perubahan: three years with known moves (its README lists them) and an erratum for 2024. */
const INPUT = "test/fixtures/perubahan";

let run: Awaited<ReturnType<typeof runPipeline>>;
beforeAll(async () => {
  run = await runPipeline(INPUT);
});
afterAll(() => run.cleanup());

const lines = (year: number) => run.files.get(`${year}/perubahan.csv`)!.trimEnd().split("\n");
const short = (year: number) =>
  lines(year)
    .slice(1)
    .map((l) => l.split(",").slice(2, 4).join(" "));

describe("the changes files of the data product, on fixture years with known moves", () => {
  it("writes perubahan.csv and .json for every year and lists them in the manifest", () => {
    expect(run.outcome.ok).toBe(true);
    const manifest = Manifest.parse(JSON.parse(run.files.get("manifest.json")!));
    for (const y of manifest.tahun)
      expect(y.berkas).toEqual(expect.arrayContaining([`${y.tahun}/perubahan.csv`, `${y.tahun}/perubahan.json`]));
  });

  it("the first edition says it has nothing before it", () => {
    const d = ChangesData.parse(JSON.parse(run.files.get("2022/perubahan.json")!));
    expect(d).toMatchObject({ perbandingan: "pertama", tahun_sebelumnya: null, perubahan: [] });
    expect(lines(2022)).toHaveLength(1);
  });

  it("2023 against 2022: three rise (Kota Bandung two steps), one falls, one stays, one new, one missing", () => {
    expect(short(2023)).toEqual([
      "predikat-naik 32.73",
      "predikat-naik 34",
      "predikat-naik 34.04",
      "predikat-turun 32",
      "predikat-tetap 34.71",
      "baru 34.03",
      "tidak-ada 34.02",
    ]);
    expect(lines(2023)[1]).toBe("2023,2022,predikat-naik,32.73,Kota Bandung,kota,32,2.80,3.70,0.90,C,B,2,,,,,,,");
    expect(lines(2023)[4]).toBe(
      "2023,2022,predikat-turun,32,Provinsi Jawa Barat,provinsi,32,4.20,3.95,-0.25,A-,B,-1,,,,,,,",
    );
  });

  it("2024 against 2023, with the erratum recorded by npm run release (ralat/2024.json)", () => {
    expect(short(2024)).toEqual([
      "predikat-naik 34.71",
      "predikat-turun 34.04",
      "predikat-tetap 32",
      "predikat-tetap 32.73",
      "predikat-tetap 34",
      "baru 34.02",
      "tidak-ada 34.03",
      "ralat 32.73",
    ]);
    expect(lines(2024).at(-1)).toBe(
      "2024,2023,ralat,32.73,Kota Bandung,kota,32,,,,,,,,,ipp,3.65,3.7,2025-02-03,Salah ketik IPP pada berkas masukan (fixture).",
    );
    const d = ChangesData.parse(JSON.parse(run.files.get("2024/perubahan.json")!));
    expect(d.perubahan.map((r) => r.jenis)).toEqual(short(2024).map((s) => s.split(" ")[0]));
  });
});
