import { readFile, rm } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SAMPLE_YEARS } from "../../../scripts/sample/config.ts";
import { MPP_EVALUATED } from "../../../scripts/sample/evaluations.ts";
import type { BuildOutcome } from "../../../src/lib/pipeline.ts";
import { MppYear, RkrYear } from "../../../src/lib/schema/evaluation.ts";
import { generateAndBuild } from "./build.ts";

/**
 * The MPP and Ramah Kelompok Rentan sample, generated for the same years as
 * the PEKPPP sample and scored by `npm run data`'s pipeline: its size and
 * the award lists are checked against figures written out here, not read
 * from the generator.
 */
const EVALUATED: Readonly<Record<number, number>> = { 2022: 21, 2023: 163, 2024: 175, 2025: 106 };
const PRIMA_2023 = ["35.78", "51.03", "35.10", "35.15", "32.73", "63.06", "64.02", "14.71", "35.20", "31"]; // S20
const PRIMA_2024_NAMED = ["51.03", "63.72", "64.71", "32.73"]; // S22, ANTARA Kalsel, the seed article

let built: { input: string; out: string; outcome: BuildOutcome };
const mpp = new Map<number, MppYear>();
const rkr = new Map<number, RkrYear>();
beforeAll(async () => {
  built = await generateAndBuild(SAMPLE_YEARS);
  for (const y of SAMPLE_YEARS) {
    if (y in EVALUATED) mpp.set(y, MppYear.parse(JSON.parse(await readFile(`${built.out}/${y}/mpp.json`, "utf8"))));
    rkr.set(y, RkrYear.parse(JSON.parse(await readFile(`${built.out}/${y}/rkr-unit.json`, "utf8"))));
  }
}, 120_000);
afterAll(() => rm(built.input, { recursive: true, force: true }));

const prima = (y: number) =>
  mpp
    .get(y)!
    .mpp.filter((r) => r.kategori === "Prima")
    .map((r) => r.kode_instansi);

describe("MPP and Ramah Kelompok Rentan sample", () => {
  it("builds without a problem, for every sample year, marked sample", () => {
    expect(built.outcome.messages).toEqual([]);
    for (const y of SAMPLE_YEARS) {
      expect(rkr.get(y)!.status).toBe("sample");
      if (mpp.has(y)) expect(mpp.get(y)!.status).toBe("sample");
    }
  });

  it("has as many MPPs as were evaluated each year", () => {
    expect(MPP_EVALUATED).toEqual(EVALUATED);
    for (const [y, data] of mpp) expect(data.mpp, String(y)).toHaveLength(EVALUATED[y]!);
  });

  it("follows the award lists: exactly the 10 named Prima in 2023, 21 Prima in 2024 with the 4 named", () => {
    expect(prima(2023).sort()).toEqual([...PRIMA_2023].sort());
    expect(prima(2024)).toHaveLength(21);
    expect(prima(2024)).toEqual(expect.arrayContaining(PRIMA_2024_NAMED));
    expect(prima(2022)).toHaveLength(6); // S21: 6 Prima of 21
    expect(mpp.get(2024)!.mpp.find((r) => r.kode_instansi === "13.71")!.kategori).toBe("Cukup"); // Padang, 2024
  });

  it("draws DKI Jakarta's MPP as the province's, and no K/L runs one", () => {
    const dki = mpp.get(2023)!.mpp.find((r) => r.kode_instansi === "31")!;
    expect(dki.tingkat).toBe("provinsi");
    for (const data of mpp.values()) {
      expect(data.mpp.some((r) => r.tingkat === "kl")).toBe(false);
      expect(data.mpp.filter((r) => r.tingkat === "provinsi").map((r) => r.kode_instansi)).toEqual(["31"]);
      expect(data.mpp.every((r) => r.tahun_operasi <= data.tahun)).toBe(true);
    }
  });

  it("has about one Ramah Kelompok Rentan unit per instansi, and the 2024 best units lead 2024", () => {
    for (const data of rkr.values()) {
      expect(data.unit.length).toBeGreaterThan(540);
      expect(data.unit.length).toBeLessThanOrEqual(600);
      expect(new Set(data.unit.map((u) => u.kode_instansi)).size).toBe(data.unit.length);
    }
    const top = rkr
      .get(2024)!
      .unit.slice(0, 2)
      .map((u) => [u.kode_instansi, u.unit, u.kategori]);
    expect(top.sort()).toEqual([
      ["35", "Dinas Perpustakaan dan Kearsipan", "Sangat Ramah"],
      ["52", "RSUD Provinsi NTB", "Sangat Ramah"],
    ]);
  });
});
