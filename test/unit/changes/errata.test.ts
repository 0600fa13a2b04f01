import { describe, expect, it } from "vitest";
import { revisionsOf } from "../../../src/lib/changes/errata.ts";

const ENTRY = {
  tanggal: "2025-03-01",
  alasan: "Salah ketik",
  perubahan: [{ kode: "32.73", kolom: "ipp", sebelum: "3.7", sesudah: "3.75" }],
};

describe("revisionsOf: the values a year's errata revised", () => {
  it("gives none when the year has no errata", () => {
    expect(revisionsOf(null)).toEqual([]);
    expect(revisionsOf(undefined)).toEqual([]);
    expect(revisionsOf({ ralat: [] })).toEqual([]);
  });

  it("lists every revised value in date order, then as written", () => {
    const later = {
      tanggal: "2025-04-01",
      alasan: "Baris terlewat",
      perubahan: [
        { kode: "34", kolom: "predikat", sebelum: "B", sesudah: null },
        { kode: "34", kolom: "ipp", sebelum: "3.9", sesudah: null },
      ],
    };
    expect(revisionsOf({ ralat: [later, ENTRY] })).toEqual([
      { tanggal: "2025-03-01", alasan: "Salah ketik", kode: "32.73", kolom: "ipp", sebelum: "3.7", sesudah: "3.75" },
      { tanggal: "2025-04-01", alasan: "Baris terlewat", kode: "34", kolom: "predikat", sebelum: "B", sesudah: null },
      { tanggal: "2025-04-01", alasan: "Baris terlewat", kode: "34", kolom: "ipp", sebelum: "3.9", sesudah: null },
    ]);
  });

  it("names the evaluation in the column for a value of MPP or Ramah Kelompok Rentan", () => {
    const mpp = {
      ...ENTRY,
      perubahan: [{ kode: "34.04", evaluasi: "mpp" as const, kolom: "nilai", sebelum: "4", sesudah: "4.1" }],
    };
    expect(revisionsOf({ ralat: [mpp] }).map((r) => r.kolom)).toEqual(["mpp:nilai"]);
  });
});
