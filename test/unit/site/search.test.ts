import { describe, expect, it } from "vitest";
import { matches, matchScore, queryWords, searchText } from "../../../src/lib/site/search.ts";

const entry = (name: string) => searchText(name);

describe("instansi search", () => {
  it("ignores case, accents, punctuation and the tingkat words", () => {
    expect(queryWords("Kota  BANDUNG!")).toEqual(["bandung"]);
    expect(queryWords("kab. sleman")).toEqual(["sleman"]);
    expect(queryWords("Kota")).toEqual(["kota"]);
  });
  it("matches word starts, every word", () => {
    expect(matches(entry("Kota Bandung"), queryWords("band"))).toBe(true);
    expect(matches(entry("Kabupaten Bandung Barat"), queryWords("bandung bar"))).toBe(true);
    expect(matches(entry("Kota Bandung"), queryWords("bandung barat"))).toBe(false);
    expect(matches(entry("Kabupaten Aceh Selatan"), queryWords("andung"))).toBe(false);
  });
  it("finds a ministry by its abbreviation too when the entry carries it", () => {
    expect(matches(entry("Kementerian Kesehatan Kemenkes"), queryWords("kemenkes"))).toBe(true);
  });
});

describe("matchScore", () => {
  const names = ["Kabupaten Bandung", "Kabupaten Bandung Barat", "Kota Bandung", "Provinsi Jawa Barat"];
  const order = (q: string) =>
    names
      .map((n) => ({ n, s: matchScore(n, entry(n), q) }))
      .filter((x) => x.s > 0)
      .sort((a, b) => b.s - a.s || a.n.length - b.n.length)
      .map((x) => x.n);

  it("puts the exact name first: 'kota bandung' finds Kota Bandung before the kabupaten", () => {
    expect(order("kota bandung")).toEqual(["Kota Bandung", "Kabupaten Bandung", "Kabupaten Bandung Barat"]);
    expect(order("Kabupaten Bandung")).toEqual(["Kabupaten Bandung", "Kabupaten Bandung Barat", "Kota Bandung"]);
  });
  it("scores 0 for no match and ranks a prefix above a word match", () => {
    expect(matchScore("Kota Bandung", entry("Kota Bandung"), "medan")).toBe(0);
    expect(matchScore("Kota Bandung", entry("Kota Bandung"), "kota band")).toBe(3);
    expect(matchScore("Kabupaten Bandung Barat", entry("Kabupaten Bandung Barat"), "bandung barat")).toBe(2);
    expect(matchScore("Kota Bandung", entry("Kota Bandung"), "")).toBe(0);
  });
});
