import { rm } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BuildOutcome } from "../../../src/lib/pipeline.ts";
import type { Master } from "../../../src/lib/regions/master.ts";
import type { InstansiResult } from "../../../src/lib/schema/output.ts";
import { generateAndBuild, type Built } from "./build.ts";

/**
 * The published figures of methodology.md §4, written out here rather than
 * read from the generator's anchor list, so a slip in that list fails here.
 */
const PUBLISHED: readonly { kode: string; tahun: number; ipp: number; predikat: string; rank?: number }[] = [
  { kode: "32", tahun: 2024, ipp: 4.76, predikat: "A", rank: 1 }, // Jawa Barat (S15)
  { kode: "35", tahun: 2024, ipp: 4.63, predikat: "A", rank: 2 }, // Jawa Timur
  { kode: "34", tahun: 2024, ipp: 4.62, predikat: "A", rank: 3 }, // DI Yogyakarta
  { kode: "16", tahun: 2024, ipp: 4.6, predikat: "A", rank: 4 }, // Sumatera Selatan
  { kode: "63", tahun: 2024, ipp: 4.56, predikat: "A", rank: 5 }, // Kalimantan Selatan
  { kode: "31", tahun: 2024, ipp: 4.53, predikat: "A", rank: 6 }, // DKI Jakarta (tie)
  { kode: "33", tahun: 2024, ipp: 4.53, predikat: "A", rank: 6 }, // Jawa Tengah (tie)
  { kode: "35.15", tahun: 2024, ipp: 4.65, predikat: "A", rank: 2 }, // Kab. Sidoarjo (S16)
  { kode: "34.04", tahun: 2024, ipp: 4.63, predikat: "A", rank: 3 }, // Kab. Sleman (S17)
  { kode: "35.77", tahun: 2024, ipp: 4.67, predikat: "A" }, // Kota Madiun (S16)
  { kode: "35.78", tahun: 2024, ipp: 4.57, predikat: "A", rank: 17 }, // Kota Surabaya
  { kode: "35.73", tahun: 2024, ipp: 4.54, predikat: "A", rank: 22 }, // Kota Malang
  { kode: "33.71", tahun: 2024, ipp: 4.61, predikat: "A" }, // Kota Magelang (S28)
  { kode: "32.09", tahun: 2024, ipp: 4.24, predikat: "A-" }, // Kab. Cirebon (S28)
  { kode: "32.09", tahun: 2023, ipp: 3.82, predikat: "B" },
  { kode: "35.77", tahun: 2023, ipp: 4.43, predikat: "A-" },
];

let built: { input: string; outcome: BuildOutcome; master: Master; read: (tahun: number) => Promise<Built> };
const years = new Map<number, Built>();
const row = (tahun: number, kode: string): InstansiResult =>
  years.get(tahun)!.instansi.find((r) => r.kode_instansi === kode)!;
const tingkat = (tahun: number, t: string) => years.get(tahun)!.instansi.filter((r) => r.tingkat === t);
const lokusOf = (tahun: number, kode: string) =>
  Object.fromEntries(
    years
      .get(tahun)!
      .lokus.filter((l) => l.kode_instansi === kode)
      .map((l) => [l.lokus, l.ipp]),
  );
const above = (tahun: number, t: string, ipp: number) => tingkat(tahun, t).filter((r) => r.ipp > ipp).length;

beforeAll(async () => {
  built = await generateAndBuild([2022, 2023, 2024]);
  for (const y of [2022, 2023, 2024]) years.set(y, await built.read(y));
}, 120_000);
afterAll(() => rm(built.input, { recursive: true, force: true }));

describe("the sample, scored by the real pipeline", () => {
  it("validates with no errors and no warnings in any year", () => {
    expect(built.outcome.messages).toEqual([]);
    expect(built.outcome.ok).toBe(true);
    for (const y of built.outcome.years)
      expect([y.tahun, y.report.galat, y.report.peringatan]).toEqual([y.tahun, 0, 0]);
  });

  it("is marked sample everywhere it is published", () => {
    for (const b of years.values()) expect([b.status, b.summary.status]).toEqual(["sample", "sample"]);
  });

  it("has every pemda and every K/L, each with three lokus and 10–20 respondents per lokus", () => {
    for (const [tahun, b] of years) {
      expect(b.instansi.map((r) => r.kode_instansi).sort()).toEqual(built.master.list.map((i) => i.kode).sort());
      expect(b.instansi.filter((r) => r.tingkat !== "kl")).toHaveLength(552);
      expect(b.instansi.filter((r) => r.tingkat === "kl")).toHaveLength(48);
      expect(
        b.instansi.every((r) => r.jumlah_lokus === 3 && r.lokus_tanpa_f03 === 0),
        `tahun ${tahun}`,
      ).toBe(true);
      expect(b.lokus).toHaveLength(600 * 3);
      expect(b.lokus.every((l) => l.jumlah_responden >= 10 && l.jumlah_responden <= 20)).toBe(true);
    }
    const prov = years
      .get(2024)!
      .lokus.filter((l) => l.kode_instansi === "32")
      .map((l) => l.lokus);
    expect(prov.sort()).toEqual(["Dinas Sosial", "RSUD", "Samsat/Bapenda"]);
  });

  it.each(PUBLISHED)("$kode in $tahun comes out at $ipp ($predikat)", ({ kode, tahun, ipp, predikat, rank }) => {
    const r = row(tahun, kode);
    expect([r.ipp, r.predikat]).toEqual([ipp, predikat]);
    if (rank !== undefined) expect(r.peringkat_nasional).toBe(rank);
  });

  it("keeps the seven published provinces at ranks 1–7 and every other province at 4.52 or less", () => {
    const others = tingkat(2024, "provinsi").filter(
      (r) => !["32", "35", "34", "16", "63", "31", "33"].includes(r.kode_instansi),
    );
    expect(Math.max(...others.map((r) => r.ipp))).toBeLessThanOrEqual(4.52);
  });

  it("puts Cilacap first among kabupaten above 4.65, Sidoarjo second, Sleman third, the rest at 4.62 or less", () => {
    const cilacap = row(2024, "33.01");
    expect(cilacap.peringkat_nasional).toBe(1);
    expect(cilacap.ipp).toBeGreaterThan(4.65);
    const others = tingkat(2024, "kabupaten").filter((r) => !["33.01", "35.15", "34.04"].includes(r.kode_instansi));
    expect(Math.max(...others.map((r) => r.ipp))).toBeLessThanOrEqual(4.62);
  });

  it("gives Sleman's and Madiun's lokus their published rounded values", () => {
    expect(lokusOf(2024, "34.04")).toEqual({ "Dinas Sosial": 4.59, RSUD: 4.66, Disdukcapil: 4.63 });
    expect(lokusOf(2024, "35.77")).toEqual({ "Dinas Sosial": 4.63, RSUD: 4.63, Disdukcapil: 4.73 });
  });

  it("has exactly 16 kota above Surabaya and 21 above Malang", () => {
    expect(above(2024, "kota", 4.57)).toBe(16);
    expect(above(2024, "kota", 4.54)).toBe(21);
  });

  it("averages the K/L to the published group IPP: 4.07 in 2023, 4.39 in 2024", () => {
    for (const [tahun, want] of [
      [2023, 4.07],
      [2024, 4.39],
    ] as const) {
      const kl = tingkat(tahun, "kl");
      const mean = kl.reduce((t, r) => t + Math.round(r.ipp * 100), 0) / kl.length / 100;
      expect(Math.round(mean * 100) / 100).toBe(want);
      expect(years.get(tahun)!.summary.per_tingkat.find((t) => t.tingkat === "kl")!.rata_rata).toBe(want);
    }
  });

  it("improves modestly year on year, and the years are not copies of each other", () => {
    const mean = (y: number) => years.get(y)!.summary.pemda.rata_rata!;
    for (const [a, b] of [
      [2022, 2023],
      [2023, 2024],
    ] as const) {
      expect(mean(b) - mean(a)).toBeGreaterThan(0.03);
      expect(mean(b) - mean(a)).toBeLessThan(0.25);
      const changed = years.get(a)!.instansi.filter((r) => r.ipp !== row(b, r.kode_instansi).ipp).length;
      expect(changed).toBeGreaterThan(500);
    }
  });

  it("spreads pemda mostly over A- and B, with some A and a tail below B-, and few E/F", () => {
    for (const b of years.values()) {
      const pemda = b.instansi.filter((r) => r.tingkat !== "kl");
      const share = (codes: string[]) => pemda.filter((r) => codes.includes(r.predikat)).length / pemda.length;
      expect(share(["A-", "B"])).toBeGreaterThan(0.5);
      expect(share(["A"])).toBeGreaterThan(0.01);
      expect(share(["C", "C-", "D"])).toBeGreaterThan(0.01);
      expect(share(["E", "F"])).toBeLessThan(0.01);
    }
  });

  it("keeps regional structure: Java/Bali above Papua on average", () => {
    const pemda = tingkat(2024, "kabupaten").concat(tingkat(2024, "kota"));
    const avg = (provs: string[]) => {
      const rows = pemda.filter((r) => provs.includes(r.kode_provinsi!));
      return rows.reduce((t, r) => t + r.ipp, 0) / rows.length;
    };
    expect(avg(["31", "32", "33", "34", "35", "51"]) - avg(["91", "92", "93", "94", "95", "96"])).toBeGreaterThan(0.4);
  });
});
