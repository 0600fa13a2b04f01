import { describe, expect, it } from "vitest";
import {
  buildChanges,
  predikatSteps,
  type ChangeInstansi,
  type EditionSlice,
} from "../../../src/lib/changes/compare.ts";

const LADDER = ["A", "A-", "B", "B-", "C", "C-", "D", "E", "F"];
const row = (
  kode: string,
  nama: string,
  ipp: number,
  predikat: string,
  tingkat: ChangeInstansi["tingkat"] = "kabupaten",
): ChangeInstansi => ({
  kode_instansi: kode,
  nama,
  tingkat,
  kode_provinsi: kode.slice(0, 2),
  ipp,
  predikat,
});
const slice = (
  tahun: number,
  instansi: ChangeInstansi[],
  profil = "pekppp-2022",
  lokus?: Map<string, string[]>,
): EditionSlice => ({
  tahun,
  profil,
  ladder: LADDER,
  instansi,
  ...(lokus ? { lokus } : {}),
});
const kinds = (d: ReturnType<typeof buildChanges>) => d.perubahan.map((r) => `${r.jenis} ${r.kode_instansi}`);

describe("buildChanges: what changed since the previous edition", () => {
  it("counts steps on the ladder (up positive) and knows nothing of a predikat off it", () => {
    expect(predikatSteps(LADDER, "C", "B")).toBe(2);
    expect(predikatSteps(LADDER, "A", "A-")).toBe(-1);
    expect(predikatSteps(LADDER, "A", "Z")).toBeNull();
  });

  it("the first edition: nothing compared, only errata", () => {
    const d = buildChanges({
      current: slice(2022, [row("34.04", "Kabupaten Sleman", 4.4, "A-")]),
      previous: null,
      revisions: [{ tanggal: "2025-01-02", alasan: "x", kode: "34.04", kolom: "ipp", sebelum: "4.4", sesudah: "4.41" }],
    });
    expect(d).toMatchObject({ tahun: 2022, tahun_sebelumnya: null, perbandingan: "pertama", profil_sebelumnya: null });
    expect(kinds(d)).toEqual(["ralat 34.04"]);
  });

  it("rises, falls, the same, new and missing, with the change on published hundredths", () => {
    const d = buildChanges({
      previous: slice(2023, [
        row("1", "Satu", 3.99, "B"),
        row("2", "Dua", 4.01, "A-"),
        row("3", "Tiga", 2.8, "C"),
        row("4", "Empat", 3.2, "B-"),
      ]),
      current: slice(2024, [
        row("1", "Satu", 4.01, "A-"),
        row("2", "Dua", 3.52, "B"),
        row("3", "Tiga", 3.7, "B"),
        row("5", "Lima", 3, "C"),
      ]),
    });
    expect(d.perbandingan).toBe("dibandingkan");
    expect(kinds(d)).toEqual(["predikat-naik 3", "predikat-naik 1", "predikat-turun 2", "baru 5", "tidak-ada 4"]);
    const one = d.perubahan.find((r) => r.kode_instansi === "1")!;
    expect(one).toMatchObject({ selisih_ipp: 0.02, langkah_predikat: 1, predikat_sebelumnya: "B", predikat: "A-" });
    expect(d.perubahan.find((r) => r.kode_instansi === "2")!.selisih_ipp).toBe(-0.49);
  });

  it("under another methodology: no predikat or IPP compared, new and missing still listed", () => {
    const d = buildChanges({
      previous: slice(2023, [row("1", "Satu", 3.99, "B"), row("4", "Empat", 3.2, "B-")], "lama"),
      current: slice(2024, [row("1", "Satu", 4.5, "A-"), row("5", "Lima", 3, "C")]),
    });
    expect(d).toMatchObject({ perbandingan: "metode-berbeda", profil: "pekppp-2022", profil_sebelumnya: "lama" });
    expect(kinds(d)).toEqual(["baru 5", "tidak-ada 4"]);
  });

  it("pairs a new and a missing instansi of the same tingkat and name as a code change", () => {
    const d = buildChanges({
      previous: slice(2022, [row("91.01", "Kabupaten Merauke", 3.1, "B-"), row("91.99", "Kabupaten Lain", 3, "C")]),
      current: slice(2023, [row("93.01", "Kab. Merauke", 3.6, "B"), row("93.02", "Kabupaten Baru", 3, "C")]),
    });
    expect(kinds(d)).toEqual(["predikat-naik 93.01", "baru 93.02", "tidak-ada 91.99", "kode-berubah 93.01"]);
    expect(d.perubahan.find((r) => r.jenis === "kode-berubah")).toMatchObject({ kode_sebelumnya: "91.01" });
    expect(d.perubahan[0]).toMatchObject({ kode_sebelumnya: "91.01", selisih_ipp: 0.5 });
  });

  it("marks a change that compares different lokus", () => {
    const d = buildChanges({
      previous: slice(2023, [row("1", "Satu", 3.5, "B-")], undefined, new Map([["1", ["RSUD", "Dinsos"]]])),
      current: slice(2024, [row("1", "Satu", 3.6, "B")], undefined, new Map([["1", ["dinsos", "Samsat"]]])),
    });
    expect(d.perubahan[0]!.lokus_berganti).toBe(true);
  });

  it("refuses an erratum naming an unknown instansi", () => {
    expect(() =>
      buildChanges({
        current: slice(2024, []),
        previous: null,
        revisions: [{ tanggal: "2025-01-02", alasan: "x", kode: "99.99", kolom: "ipp", sebelum: null, sesudah: "1" }],
        lookup: () => undefined,
      }),
    ).toThrow(/kode instansi "99\.99" tidak dikenal/);
  });
});
