import { describe, expect, it } from "vitest";
import { NO_FILTER, unitMatches, unitSearchText } from "../../../src/lib/view/unitFilter.ts";

const row = {
  provinsi: "35",
  jenis: "Dinas",
  tingkat: "provinsi",
  teks: unitSearchText("Dinas Perpustakaan dan Kearsipan", "Provinsi Jawa Timur"),
};

describe("filtering the Ramah Kelompok Rentan units", () => {
  it("keeps everything with no filter, and each filter narrows", () => {
    expect(unitMatches(row, NO_FILTER)).toBe(true);
    expect(unitMatches(row, { ...NO_FILTER, provinsi: "35" })).toBe(true);
    expect(unitMatches(row, { ...NO_FILTER, provinsi: "52" })).toBe(false);
    expect(unitMatches(row, { ...NO_FILTER, jenis: "RSUD" })).toBe(false);
    expect(unitMatches(row, { ...NO_FILTER, tingkat: "kota" })).toBe(false);
  });

  it("finds by the start of words of the unit or the instansi, without case", () => {
    expect(unitMatches(row, { ...NO_FILTER, q: "perpus jawa" })).toBe(true);
    expect(unitMatches(row, { ...NO_FILTER, q: "ARSIP" })).toBe(false); // not the start of a word
    expect(unitMatches(row, { ...NO_FILTER, q: "  " })).toBe(true);
  });
});
