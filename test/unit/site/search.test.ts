import { describe, expect, it } from "vitest";
import { matches, queryWords, searchText } from "../../../src/lib/site/search.ts";

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
