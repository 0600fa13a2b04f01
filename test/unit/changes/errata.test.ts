import { describe, expect, it } from "vitest";
import { readErrata } from "../../../src/lib/changes/errata.ts";

const ENTRY = {
  tanggal: "2025-03-01",
  alasan: "Salah ketik",
  perubahan: [{ kode: "32.73", kolom: "ipp", sebelum: 3.7, sesudah: "3.75" }],
};

describe("readErrata: the errata file of a year", () => {
  it("gives no revisions when there is no file (or it is empty)", () => {
    expect(readErrata(undefined, "ralat.json")).toEqual([]);
    expect(readErrata("  \n", "ralat.json")).toEqual([]);
  });

  it("reads a bare list and a list wrapped in an object, in date order, values as text", () => {
    const later = {
      ...ENTRY,
      tanggal: "2025-04-01",
      perubahan: [{ kode: "34", kolom: "predikat", sebelum: "B", sesudah: null }],
    };
    const expected = [
      { tanggal: "2025-03-01", alasan: "Salah ketik", kode: "32.73", kolom: "ipp", sebelum: "3.7", sesudah: "3.75" },
      { tanggal: "2025-04-01", alasan: "Salah ketik", kode: "34", kolom: "predikat", sebelum: "B", sesudah: null },
    ];
    expect(readErrata(JSON.stringify([later, ENTRY]), "f")).toEqual(expected);
    expect(readErrata(JSON.stringify({ tahun: 2024, ralat: [later, ENTRY] }), "f")).toEqual(expected);
    expect(readErrata(JSON.stringify({ errata: [ENTRY] }), "f")).toHaveLength(1);
  });

  it("refuses a malformed file, naming the file and the entry", () => {
    expect(() => readErrata("{", "data/rilis/2024/ralat.json")).toThrow(/data\/rilis\/2024\/ralat\.json: bukan JSON/);
    expect(() => readErrata('{"x": 1}', "r.json")).toThrow(/r\.json: harus daftar ralat/);
    expect(() => readErrata(JSON.stringify([ENTRY, { ...ENTRY, tanggal: "1 Maret 2025" }]), "r.json")).toThrow(
      /r\.json, ralat ke-2: tanggal: tanggal harus YYYY-MM-DD/,
    );
    expect(() => readErrata(JSON.stringify([{ ...ENTRY, perubahan: [{ kode: "34" }] }]), "r.json")).toThrow(
      /ralat ke-1: perubahan\.0\.kolom/,
    );
  });
});
