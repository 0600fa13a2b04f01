import { describe, expect, it } from "vitest";
import {
  compareRows,
  DEFAULT_STATE,
  naturalDirection,
  readState,
  rowMatches,
  writeState,
  type RankingState,
  type RowData,
} from "../../../src/lib/view/rankingState.ts";
import { queryWords, searchText } from "../../../src/lib/site/search.ts";

const allowed = {
  tingkat: new Set(["provinsi", "kabupaten", "kota", "kl"]),
  provinsi: new Set(["32", "34"]),
  predikat: new Set(["A", "A-", "B", "-"]),
  gerak: new Set(["naik", "turun", "tetap"]),
};

describe("URL state", () => {
  it("reads filters and sort from the query", () => {
    expect(readState("?tingkat=kota&predikat=A&provinsi=32&gerak=turun&q=band&urut=ipp&arah=asc", allowed)).toEqual({
      tingkat: "kota",
      provinsi: "32",
      predikat: "A",
      gerak: "turun",
      q: "band",
      sort: "ipp",
      dir: "asc",
    });
  });

  it("ignores values the page does not offer instead of showing an empty table", () => {
    expect(readState("?tingkat=desa&predikat=Z&provinsi=99&gerak=naik-banget&urut=warna&arah=up", allowed)).toEqual(
      DEFAULT_STATE,
    );
  });

  it("sorts a score best first and words A to Z unless told otherwise", () => {
    expect(readState("?urut=ipp", allowed).dir).toBe("desc");
    expect(readState("?urut=perubahan", allowed).dir).toBe("desc");
    expect(readState("?urut=nama", allowed).dir).toBe("asc");
    expect(naturalDirection("peringkat")).toBe("asc");
  });

  it("writes only what differs from the plain table, and reads back what it wrote", () => {
    expect(writeState(DEFAULT_STATE)).toBe("");
    expect(writeState({ ...DEFAULT_STATE, tingkat: "kota", predikat: "A" })).toBe("?tingkat=kota&predikat=A");
    expect(writeState({ ...DEFAULT_STATE, sort: "ipp", dir: "desc" })).toBe("?urut=ipp");
    expect(writeState({ ...DEFAULT_STATE, q: "  " })).toBe("");
    const s: RankingState = {
      tingkat: "kabupaten",
      provinsi: "34",
      predikat: "A-",
      gerak: "naik",
      q: "kulon progo",
      sort: "nama",
      dir: "desc",
    };
    expect(readState(writeState(s), allowed)).toEqual(s);
  });
});

const row = (over: Partial<RowData>): RowData => ({
  tingkat: "kabupaten",
  provinsi: "34",
  predikat: "A",
  move: "naik",
  search: searchText("Kabupaten Sleman Kab. Sleman"),
  name: "Kab. Sleman",
  provinsiNama: "DI Yogyakarta",
  rank: 1,
  ipp: 4.63,
  change: 0.08,
  index: 0,
  ...over,
});

describe("rowMatches", () => {
  const s = (over: Partial<RankingState>) => ({ ...DEFAULT_STATE, ...over });
  it("applies every filter together", () => {
    expect(rowMatches(row({}), s({ tingkat: "kabupaten", provinsi: "34", predikat: "A" }), queryWords("slem"))).toBe(
      true,
    );
    expect(rowMatches(row({}), s({ tingkat: "kota" }), [])).toBe(false);
    expect(rowMatches(row({}), s({ gerak: "naik" }), [])).toBe(true);
    expect(rowMatches(row({}), s({ gerak: "turun" }), [])).toBe(false);
    expect(rowMatches(row({ move: "" }), s({ gerak: "tetap" }), [])).toBe(false);
    expect(rowMatches(row({}), s({ provinsi: "32" }), [])).toBe(false);
    expect(rowMatches(row({}), s({ predikat: "B" }), [])).toBe(false);
    expect(rowMatches(row({}), s({}), queryWords("bantul"))).toBe(false);
  });
  it("finds the not evaluated with the '-' predikat, and a K/L never under a province", () => {
    expect(rowMatches(row({ predikat: "-" }), s({ predikat: "-" }), [])).toBe(true);
    expect(rowMatches(row({ tingkat: "kl", provinsi: "" }), s({ provinsi: "34" }), [])).toBe(false);
  });
});

describe("compareRows", () => {
  const collator = new Intl.Collator("id");
  const rows = [
    row({ name: "Kab. B", rank: 2, ipp: 4.5, change: null, provinsiNama: "Aceh", index: 0 }),
    row({ name: "Kab. A", rank: 2, ipp: 4.5, change: -0.1, provinsiNama: "Bali", index: 1 }),
    row({ name: "Kab. C", rank: null, ipp: null, change: null, provinsiNama: "Aceh", index: 2 }),
    row({ name: "kab. a2", rank: 1, ipp: 4.7, change: 0.3, provinsiNama: "Bali", index: 3 }),
  ];
  const order = (key: Parameters<typeof compareRows>[0], dir: "asc" | "desc") =>
    [...rows].sort(compareRows(key, dir, collator)).map((r) => r.name);

  it("puts missing values last in both directions", () => {
    expect(order("ipp", "desc")).toEqual(["kab. a2", "Kab. B", "Kab. A", "Kab. C"]);
    expect(order("ipp", "asc")).toEqual(["Kab. B", "Kab. A", "kab. a2", "Kab. C"]);
    expect(order("perubahan", "desc")).toEqual(["kab. a2", "Kab. A", "Kab. B", "Kab. C"]);
  });

  it("keeps rank order among equal values", () => {
    expect(order("peringkat", "asc")).toEqual(["kab. a2", "Kab. B", "Kab. A", "Kab. C"]);
    expect(order("provinsi", "asc")).toEqual(["Kab. B", "Kab. C", "Kab. A", "kab. a2"]);
  });

  it("sorts names the way a reader expects, ignoring case", () => {
    expect(order("nama", "asc")).toEqual(["Kab. A", "kab. a2", "Kab. B", "Kab. C"]);
    expect(order("nama", "desc")).toEqual(["Kab. C", "Kab. B", "kab. a2", "Kab. A"]);
  });
});
