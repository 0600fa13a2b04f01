import { describe, expect, it } from "vitest";
import { countsPhrase, provinceView, type ProvinceInput } from "../../../src/lib/view/province.ts";
import { master, profile, result, slice } from "./instansiFixtures.ts";

const jateng = master("33", "Provinsi Jawa Tengah", "provinsi", "33");
const cilacap = master("33.01", "Kabupaten Cilacap", "kabupaten", "33");
const banyumas = master("33.02", "Kabupaten Banyumas", "kabupaten", "33");
const magelang = master("33.71", "Kota Magelang", "kota", "33");
const semarang = master("33.74", "Kota Semarang", "kota", "33");
const blora = master("33.16", "Kabupaten Blora", "kabupaten", "33");
const base = (m: typeof cilacap, ipp: number) => ({
  kode_instansi: m.kode,
  nama: m.nama,
  tingkat: m.tingkat,
  kode_provinsi: m.kode_provinsi,
  ipp,
});

const year = slice(2024, [
  result(base(jateng, 4.53), { peringkat_nasional: 6, jumlah_peserta_tingkat: 38 }),
  result(base(master("31", "Provinsi DKI Jakarta", "provinsi", "31"), 4.53), {
    peringkat_nasional: 6,
    jumlah_peserta_tingkat: 38,
  }),
  result(base(cilacap, 4.68), { peringkat_provinsi: 1, peringkat_nasional: 1, jumlah_peserta_tingkat: 416 }),
  result(base(semarang, 4.64), { peringkat_provinsi: 2, peringkat_nasional: 5, jumlah_peserta_tingkat: 98 }),
  result(base(magelang, 4.2), { peringkat_provinsi: 3, peringkat_nasional: 30, jumlah_peserta_tingkat: 98 }),
  result(base(banyumas, 4.2), { peringkat_provinsi: 3, peringkat_nasional: 80, jumlah_peserta_tingkat: 416 }),
]);

const input = (lang: "id" | "en", over: Partial<ProvinceInput> = {}): ProvinceInput => ({
  page: { lang, edition: "terbaru", year: 2024, base: "/" },
  provinsi: jateng,
  kabkota: [cilacap, banyumas, magelang, semarang, blora],
  year,
  mean: 4.43,
  predikat: profile.predikat,
  ...over,
});

describe("provinceView", () => {
  const v = provinceView(input("id"));

  it("shows the province's own result with its shared rank and a link to its page", () => {
    expect(v.own).toEqual({
      ipp: "4,53",
      predikat: "A",
      predikatLabel: "Pelayanan Prima",
      rank: "=6 dari 38",
      tied: true,
    });
    expect(v.href).toBe("/instansi/provinsi-jawa-tengah/");
    expect(provinceView(input("en", { page: { lang: "en", edition: 2024, year: 2024, base: "/" } })).href).toBe(
      "/en/2024/instansi/provinsi-jawa-tengah/",
    );
    expect(provinceView(input("en", { page: { lang: "en", edition: 2024, year: 2024, base: "/ipp/" } })).href).toBe(
      "/ipp/en/2024/instansi/provinsi-jawa-tengah/",
    );
  });

  it("ranks its kab/kota, ties marked, the ones not evaluated last", () => {
    expect(v.rows.map((r) => [r.rank, r.nama, r.tingkat, r.ipp, r.predikat])).toEqual([
      ["1", "Kabupaten Cilacap", "Kabupaten", "4,68", "A"],
      ["2", "Kota Semarang", "Kota", "4,64", "A"],
      ["=3", "Kabupaten Banyumas", "Kabupaten", "4,20", "A-"],
      ["=3", "Kota Magelang", "Kota", "4,20", "A-"],
      ["–", "Kabupaten Blora", "Kabupaten", null, null],
    ]);
    expect(v.rows[0]?.href).toBe("/instansi/kabupaten-cilacap/");
    expect(v.rows[3]?.national).toBe("30 dari 98");
    expect(v.anyTied).toBe(true);
  });

  it("counts the predikat of the evaluated kab/kota", () => {
    expect(v.counts.filter((c) => c.n > 0).map((c) => [c.kode, c.n])).toEqual([
      ["A", 2],
      ["A-", 2],
    ]);
    expect([v.evaluatedCount, v.notEvaluated, v.total, v.mean]).toEqual([4, 1, 5, "4,43"]);
  });

  it("summarises the province and its kab/kota", () => {
    expect(v.summary.text).toBe(
      "Provinsi Jawa Tengah meraih IPP 4,53 (A, Pelayanan Prima) pada PEKPPP 2024, berbagi peringkat 6 dari 38 provinsi. " +
        "Rata-rata IPP 4 kabupaten/kota-nya 4,43: 2 berpredikat A dan 2 A-. " +
        "Tertinggi Kabupaten Cilacap (4,68); terendah Kabupaten Banyumas dan Kota Magelang (4,20). 1 tidak dievaluasi.",
    );
    expect(provinceView(input("en")).summary.text).toContain(
      "ranking joint 6th of 38 provinces. Its 4 regencies and cities average an IPP of 4.43: 2 rated A and 2 A-.",
    );
    expect(v.summary.description.length).toBeLessThanOrEqual(300);
  });

  it("handles a year where nothing was evaluated", () => {
    const none = provinceView(input("id", { year: slice(2024, []), mean: null }));
    expect(none.own).toBeNull();
    expect(none.rows.every((r) => r.ipp === null)).toBe(true);
    expect(none.summary.text).toBe(
      "Provinsi Jawa Tengah tidak dievaluasi dalam PEKPPP 2024. Tidak ada kabupaten/kota-nya yang dievaluasi pada 2024.",
    );
  });

  it("computes the mean of its kab/kota when the data build gave none", () => {
    const computed = provinceView(input("id", { mean: null }));
    expect(computed.mean).toBeNull();
    expect(computed.summary.text).toContain("Rata-rata IPP 4 kabupaten/kota-nya 4,43:"); // (4,68 + 4,64 + 4,20 + 4,20) / 4
  });

  it("reads a year absent from the data as nothing evaluated", () => {
    const absent = provinceView(input("en", { year: undefined, mean: null }));
    expect(absent.own).toBeNull();
    expect(absent.evaluatedCount).toBe(0);
    expect(absent.summary.text).toBe(
      "Provinsi Jawa Tengah was not evaluated in PEKPPP 2024. None of its regencies and cities was evaluated in 2024.",
    );
  });

  it("writes predikat counts as a list", () => {
    expect(countsPhrase([{ kode: "A", n: 1 }], "en")).toBe("1 rated A");
    expect(
      countsPhrase(
        [
          { kode: "A", n: 0 },
          { kode: "B", n: 3 },
          { kode: "C", n: 1 },
          { kode: "F", n: 2 },
        ],
        "id",
      ),
    ).toBe("3 berpredikat B, 1 C dan 2 F");
  });
});
