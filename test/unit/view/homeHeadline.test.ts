import { describe, expect, it } from "vitest";
import { headline, type HeadlineInput } from "../../../src/lib/view/homeHeadline.ts";
import type { PredikatStep } from "../../../src/lib/schema/methodology.ts";

const ladder: PredikatStep[] = ["A", "A-", "B", "B-", "C", "C-", "D", "E", "F"].map((kode, i) => ({
  kode,
  batas_bawah: 4.51 - i * 0.5,
  label: kode === "A" ? "Pelayanan Prima" : kode === "C" ? "Cukup" : `Label ${kode}`,
  label_en: kode === "A" ? "Excellent service" : kode === "C" ? "Fair" : `Label ${kode}`,
}));

const per = (
  tingkat: "provinsi" | "kabupaten" | "kota" | "kl",
  n: number,
  predikat: Record<string, number>,
  master = n,
) => ({
  tingkat,
  jumlah_master: master,
  jumlah_dievaluasi: n,
  tidak_dievaluasi: master - n,
  rata_rata: 4,
  median: 4,
  predikat,
});

const base: HeadlineInput = {
  year: 2024,
  summary: {
    per_tingkat: [
      per("provinsi", 38, { A: 8, B: 30 }),
      per("kabupaten", 416, { A: 80, B: 330, "C-": 4, D: 1, F: 1 }),
      per("kota", 98, { A: 20, B: 78 }),
      per("kl", 48, { A: 19, B: 29 }),
    ],
    pemda: { jumlah_dievaluasi: 552, rata_rata: 3.91 },
  },
  previous: { year: 2023, summary: { pemda: { jumlah_dievaluasi: 552, rata_rata: 3.81 } } },
  ladder,
  rows: [
    { nama: "Provinsi Jawa Barat", tingkat: "provinsi", ipp: 4.76, peringkat_nasional: 1 },
    { nama: "Kota Surakarta", tingkat: "kota", ipp: 4.72, peringkat_nasional: 1 },
    { nama: "Kota Bandung", tingkat: "kota", ipp: 4.72, peringkat_nasional: 1 },
    { nama: "Kota Madiun", tingkat: "kota", ipp: 4.67, peringkat_nasional: 3 },
  ],
};

describe("headline", () => {
  it("says how many were evaluated, how many are top and how many below the middle, in Indonesian", () => {
    const s = headline(base, "id");
    expect(s).toContain("Pada evaluasi 2024, 600 instansi dinilai: 38 provinsi, 416 kabupaten, 98 kota, dan 48 K/L.");
    expect(s).toContain(
      "Sebanyak 127 di antaranya (21,2%) meraih predikat A (Pelayanan Prima), dan 6 berpredikat di bawah C (Cukup).",
    );
  });

  it("compares the pemda mean with the previous year", () => {
    expect(headline(base, "id")).toContain("Rata-rata IPP pemerintah daerah 3,91, naik 0,10 dari 3,81 pada 2023.");
    expect(headline(base, "en")).toContain("The mean IPP of regional governments was 3.91, up 0.10 from 3.81 in 2023.");
    const down = { ...base, previous: { year: 2023, summary: { pemda: { jumlah_dievaluasi: 1, rata_rata: 4.01 } } } };
    expect(headline(down, "id")).toContain("turun 0,10 dari 4,01 pada 2023");
    const same = { ...base, previous: { year: 2023, summary: { pemda: { jumlah_dievaluasi: 1, rata_rata: 3.91 } } } };
    expect(headline(same, "en")).toContain("3.91, the same as in 2023.");
  });

  it("does not compare when there is no comparable previous year", () => {
    const s = headline({ ...base, previous: null }, "id");
    expect(s).toContain("Rata-rata IPP pemerintah daerah 3,91.");
    expect(s).not.toContain("2023");
  });

  it("names the first of each tingkat, all of them when tied", () => {
    expect(headline(base, "id")).toContain(
      "Nilai tertinggi per tingkat: Provinsi Jawa Barat (4,76) dan Kota Surakarta dan Kota Bandung (4,72).",
    );
    expect(headline(base, "en")).toContain(
      "Highest in each level: Provinsi Jawa Barat (4.76) and Kota Surakarta and Kota Bandung (4.72).",
    );
  });

  it("counts against the master list when some were not evaluated, and says when none is below the middle", () => {
    const partial = { ...base, summary: { ...base.summary, per_tingkat: [per("kota", 90, { A: 90 }, 98)] } };
    const s = headline(partial, "en");
    expect(s).toContain("In the 2024 evaluation, 90 of 98 institutions were assessed: 90 cities.");
    expect(s).toContain("Of these, 90 (100.0%) earned A (Excellent service), and none was graded below C (Fair).");
  });

  it("counts one of a tingkat in the singular in English", () => {
    const few = {
      ...base,
      summary: {
        ...base.summary,
        per_tingkat: [per("provinsi", 1, { A: 1 }), per("kota", 1, { B: 1 }), per("kl", 2, { B: 2 })],
      },
    };
    expect(headline(few, "en")).toContain(
      "4 institutions were assessed: 1 province, 1 city and 2 ministries/agencies.",
    );
    expect(headline(few, "id")).toContain("4 instansi dinilai: 1 provinsi, 1 kota, dan 2 K/L.");
  });

  it("has a sentence for a year with nothing scored", () => {
    expect(
      headline({ ...base, summary: { per_tingkat: [], pemda: { jumlah_dievaluasi: 0, rata_rata: null } } }, "id"),
    ).toBe("Belum ada instansi yang dinilai untuk 2024.");
  });
});
