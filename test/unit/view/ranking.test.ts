import { describe, expect, it } from "vitest";
import {
  displayName,
  filterOptions,
  provinceNames,
  rankingGroups,
  type RankingInput,
} from "../../../src/lib/view/ranking.ts";
import { compareYears } from "../../../src/lib/view/movers.ts";
import type { Instansi } from "../../../src/lib/schema/master.ts";
import type { InstansiResult } from "../../../src/lib/schema/output.ts";
import type { PredikatStep } from "../../../src/lib/schema/methodology.ts";

const inst = (
  kode: string,
  nama: string,
  nama_pendek: string,
  tingkat: Instansi["tingkat"],
  kode_provinsi: string | null,
): Instansi => ({
  kode,
  nama,
  nama_pendek,
  tingkat,
  kode_provinsi,
  slug: nama.toLowerCase().replace(/[^a-z0-9]+/g, "-"),
});

const master: Instansi[] = [
  inst("34", "Provinsi Daerah Istimewa Yogyakarta", "DI Yogyakarta", "provinsi", "34"),
  inst("32", "Provinsi Jawa Barat", "Prov. Jawa Barat", "provinsi", "32"),
  inst("34.04", "Kabupaten Sleman", "Kab. Sleman", "kabupaten", "34"),
  inst("32.04", "Kabupaten Bandung", "Kab. Bandung", "kabupaten", "32"),
  inst("32.17", "Kabupaten Bandung Barat", "Kab. Bandung Barat", "kabupaten", "32"),
  inst("34.01", "Kabupaten Kulon Progo", "Kab. Kulon Progo", "kabupaten", "34"),
  inst("KL.024", "Kementerian Kesehatan", "Kemenkes", "kl", null),
];

// Only the fields the ranking reads; the rest of InstansiResult does not matter here.
const result = (kode: string, ipp: number, predikat: string, rank: number): InstansiResult =>
  ({
    kode_instansi: kode,
    nama: "",
    slug: "",
    tingkat: "kabupaten",
    ipp,
    predikat,
    peringkat_nasional: rank,
  }) as InstansiResult;

const results2024 = [
  result("34", 4.62, "A", 1),
  result("32", 4.6, "A", 2),
  result("34.04", 4.63, "A", 1),
  result("32.04", 4.23, "A-", 2),
  result("32.17", 4.23, "A-", 2),
  result("KL.024", 4.1, "A-", 1),
];
const results2023 = [
  { ...result("34.04", 4.55, "A", 1), nama: "Kabupaten Sleman", slug: "kabupaten-sleman" },
  { ...result("32.04", 4.3, "A-", 2), nama: "Kabupaten Bandung", slug: "kabupaten-bandung" },
];
const slice = (tahun: number, instansi: InstansiResult[]) => ({ year: tahun, profil: "p", instansi });
const input: RankingInput = {
  master,
  results: results2024,
  comparison: compareYears(slice(2024, results2024), slice(2023, results2023)),
};

describe("rankingGroups", () => {
  const groups = rankingGroups(input, "id");

  it("groups by tingkat in the usual order and counts every instansi of the master", () => {
    expect(groups.map((g) => g.heading)).toEqual(["Provinsi (2)", "Kabupaten (4)", "Kementerian/Lembaga (1)"]);
  });

  it("orders by rank, shared ranks marked, the not evaluated last", () => {
    const kab = groups[1]!.rows;
    expect(kab.map((r) => [r.rankText, r.nama])).toEqual([
      ["1", "Kab. Sleman"],
      ["=2", "Kab. Bandung"],
      ["=2", "Kab. Bandung Barat"],
      ["–", "Kab. Kulon Progo"],
    ]);
    expect(kab[3]).toMatchObject({ ipp: null, ippText: "–", predikat: null, rank: null, change: null });
  });

  it("carries the change since the previous year, exact and signed", () => {
    const kab = groups[1]!.rows;
    expect(kab.map((r) => r.changeText)).toEqual(["+0,08", "\u22120,07", "–", "–"]);
    expect(kab[0]!.change).toBe(0.08);
    expect(rankingGroups(input, "en")[1]!.rows[1]!.changeText).toBe("\u22120.07");
  });

  it("has no change anywhere when the years are not compared", () => {
    const rows = rankingGroups({ ...input, comparison: { kind: "none" } }, "id").flatMap((g) => g.rows);
    expect(rows.every((r) => r.change === null && r.changeText === "–")).toBe(true);
  });

  it("marks rows with a published (real) figure beside their result, and only those", () => {
    const rows = rankingGroups({ ...input, published: new Map([["34.04", "Angka resmi: 4,63"]]) }, "id").flatMap(
      (g) => g.rows,
    );
    expect(rows.filter((r) => r.terbitan !== null).map((r) => [r.kode, r.terbitan, r.ippText])).toEqual([
      ["34.04", "Angka resmi: 4,63", "4,63"],
    ]);
    expect(groups.flatMap((g) => g.rows).every((r) => r.terbitan === null)).toBe(true);
  });

  it("names the province as people say it, and K/L as national", () => {
    expect(groups[1]!.rows[0]).toMatchObject({ provinsi: "34", provinsiNama: "DI Yogyakarta", ippText: "4,63" });
    expect(groups[2]!.rows[0]).toMatchObject({
      provinsi: null,
      provinsiNama: "– (nasional)",
      nama: "Kementerian Kesehatan",
    });
  });

  it("lets the name filter find the full name, the short name and a ministry's acronym", () => {
    expect(groups[2]!.rows[0]!.search).toBe("kementerian kesehatan kemenkes");
    expect(groups[1]!.rows[0]!.search).toBe("kabupaten sleman kab");
  });
});

describe("names", () => {
  it("shortens pemda but not K/L", () => {
    expect(displayName(master[2]!)).toBe("Kab. Sleman");
    expect(displayName(master[6]!)).toBe("Kementerian Kesehatan");
  });
  it("strips the Prov. prefix from province names", () => {
    expect(provinceNames(master)).toEqual(
      new Map([
        ["34", "DI Yogyakarta"],
        ["32", "Jawa Barat"],
      ]),
    );
  });
});

describe("filterOptions", () => {
  const ladder: PredikatStep[] = [
    { kode: "A", batas_bawah: 4.51, label: "Pelayanan Prima", label_en: "Excellent service" },
    { kode: "A-", batas_bawah: 4.01, label: "Sangat Baik", label_en: "Very good" },
  ];
  it("offers the tingkat present, the provinces A–Z and every predikat, plus not evaluated when some were not", () => {
    const o = filterOptions(rankingGroups(input, "en"), master, ladder, "en");
    expect(o.tingkat.map((x) => x.value)).toEqual(["provinsi", "kabupaten", "kl"]);
    expect(o.provinsi).toEqual([
      { value: "34", label: "DI Yogyakarta" },
      { value: "32", label: "Jawa Barat" },
    ]);
    expect(o.predikat).toEqual([
      { value: "A", label: "A: Excellent service" },
      { value: "A-", label: "A-: Very good" },
      { value: "-", label: "Not evaluated" },
    ]);
  });
});
