import { describe, expect, it } from "vitest";
import {
  cardList,
  cardOfPage,
  DEFAULT_CARD_EDITIONS,
  instansiCardYears,
  parseCardEditions,
  provinceOfCard,
} from "../../../src/lib/site/cards.ts";

const site = { years: [2022, 2023, 2024, 2025], slugs: ["kota-bandung", "provinsi-aceh"], provinces: ["11", "32"] };

describe("which social cards a build publishes", () => {
  it("gives every edition its home, map and province cards, and instansi cards to the most recent editions only", () => {
    const cards = cardList(site, 2);
    const of = (year: number) => cards.filter((c) => c.year === year).map((c) => c.key);
    expect(of(2022)).toEqual(["beranda", "peta", "provinsi-11", "provinsi-32"]);
    expect(of(2025)).toEqual(["beranda", "peta", "provinsi-11", "provinsi-32", "kota-bandung", "provinsi-aceh"]);
    expect(cards).toHaveLength(4 * 4 + 2 * 2);
    expect(cardList(site, 0).some((c) => c.key === "kota-bandung")).toBe(false);
  });

  it("refuses an instansi slug that would take the name of another card", () => {
    expect(() => cardList({ ...site, slugs: ["peta"] }, 1)).toThrow(/bertabrakan/);
    expect(() => cardList({ ...site, slugs: ["provinsi-32"] }, 1)).toThrow(/bertabrakan/);
  });

  it("points each page at its card; an older edition's instansi page at its edition's home card", () => {
    const recent = instansiCardYears(site.years, 2);
    expect([...recent].sort()).toEqual([2024, 2025]);
    expect(cardOfPage({ kind: "instansi", year: 2025, key: "kota-bandung" }, recent)).toEqual({
      year: 2025,
      key: "kota-bandung",
    });
    expect(cardOfPage({ kind: "instansi", year: 2022, key: "kota-bandung" }, recent)).toEqual({
      year: 2022,
      key: "beranda",
    });
    expect(cardOfPage({ kind: "province", year: 2022, key: "32" }, recent)).toEqual({ year: 2022, key: "provinsi-32" });
    expect(cardOfPage({ kind: "map", year: 2023 }, recent)).toEqual({ year: 2023, key: "peta" });
    expect(cardOfPage({ kind: "ranking", year: 2023 }, recent)).toEqual({ year: 2023, key: "beranda" });
    expect(provinceOfCard("provinsi-32")).toBe("32");
    expect(provinceOfCard("provinsi-aceh")).toBeUndefined();
  });

  it("reads CARD_EDITIONS as a whole number, the default when unset", () => {
    expect(parseCardEditions(undefined)).toBe(DEFAULT_CARD_EDITIONS);
    expect(parseCardEditions(" 4 ")).toBe(4);
    expect(() => parseCardEditions("semua")).toThrow(/CARD_EDITIONS "semua" tidak sah/);
  });
});
