import { describe, expect, it } from "vitest";
import {
  biggestMovers,
  compareYears,
  previousYear,
  type MoverRow,
  type YearSlice,
} from "../../../src/lib/view/movers.ts";

const row = (kode: string, ipp: number, predikat = "B", nama = `Kab. ${kode}`): MoverRow => ({
  kode_instansi: kode,
  nama,
  slug: kode,
  tingkat: "kabupaten",
  ipp,
  predikat,
});
const year = (tahun: number, instansi: MoverRow[], profil = "pekppp-2022"): YearSlice => ({
  year: tahun,
  profil,
  instansi,
});

function compared(current: YearSlice, previous: YearSlice) {
  const c = compareYears(current, previous);
  if (c.kind !== "compared") throw new Error(`expected a comparison, got ${c.kind}`);
  return c;
}

describe("previousYear", () => {
  it("is the latest year before, across gaps, and null for the first", () => {
    expect(previousYear([2022, 2023, 2024], 2024)).toBe(2023);
    expect(previousYear([2024, 2019, 2022], 2024)).toBe(2022);
    expect(previousYear([2022, 2023], 2022)).toBeNull();
  });
});

describe("compareYears", () => {
  it("has nothing to compare in the first year", () => {
    expect(compareYears(year(2022, [row("a", 4)]), null)).toEqual({ kind: "none" });
  });

  it("refuses to compare years scored with different profiles", () => {
    expect(compareYears(year(2024, [row("a", 4)], "pekppp-2025"), year(2023, [row("a", 3)]))).toEqual({
      kind: "profile-differs",
      previous: 2023,
      profile: "pekppp-2025",
      previousProfile: "pekppp-2022",
    });
  });

  it("subtracts the published two-decimal values exactly", () => {
    // 4.63 - 4.55 is 0.08000000000000007 in floating point.
    const c = compared(year(2024, [row("a", 4.63), row("b", 3.1)]), year(2023, [row("a", 4.55), row("b", 3.3)]));
    expect(c.changes.get("a")?.delta).toBe(0.08);
    expect(c.changes.get("b")?.delta).toBe(-0.2);
    expect(c.previous).toBe(2023);
  });

  it("only counts instansi evaluated in both years", () => {
    const c = compared(year(2024, [row("a", 4), row("new", 3)]), year(2023, [row("a", 3.5), row("gone", 2)]));
    expect([...c.changes.keys()]).toEqual(["a"]);
    expect(c.changes.get("a")).toMatchObject({ before: 3.5, predikatBefore: "B", delta: 0.5 });
  });
});

describe("biggestMovers", () => {
  const before = year(2023, [row("a", 3), row("b", 3), row("c", 3), row("d", 3), row("e", 3), row("f", 3)]);
  const after = year(2024, [row("a", 3.5), row("b", 3.2), row("c", 3.2), row("d", 3), row("e", 2.9), row("f", 2.4)]);

  it("lists rises and falls, largest first, and leaves out no change", () => {
    const m = biggestMovers(compared(after, before).changes, 5);
    expect(m.up.items.map((c) => c.row.kode_instansi)).toEqual(["a", "b", "c"]);
    expect(m.down.items.map((c) => c.row.kode_instansi)).toEqual(["f", "e"]);
  });

  it("keeps a tie at the cut rather than choosing one of the tied", () => {
    const m = biggestMovers(compared(after, before).changes, 2);
    expect(m.up.items.map((c) => c.row.kode_instansi)).toEqual(["a", "b", "c"]);
    expect(m.up.omitted).toBe(0);
    expect(m.down.items).toHaveLength(2);
  });

  it("orders a tie by current IPP, then by name", () => {
    const prev = year(2023, [row("x", 3, "B", "Kab. Z"), row("y", 3.5, "B", "Kab. Y"), row("z", 3, "B", "Kab. A")]);
    const now = year(2024, [row("x", 3.2, "B", "Kab. Z"), row("y", 3.7, "B", "Kab. Y"), row("z", 3.2, "B", "Kab. A")]);
    expect(biggestMovers(compared(now, prev).changes, 3).up.items.map((c) => c.row.nama)).toEqual([
      "Kab. Y",
      "Kab. A",
      "Kab. Z",
    ]);
  });

  it("caps a long tie at the cut and counts the rest", () => {
    const kodes = Array.from({ length: 20 }, (_, i) => `k${String(i).padStart(2, "0")}`);
    const m = biggestMovers(
      compared(
        year(
          2024,
          kodes.map((k) => row(k, 3.1)),
        ),
        year(
          2023,
          kodes.map((k) => row(k, 3)),
        ),
      ).changes,
      5,
    );
    expect(m.up.items).toHaveLength(10);
    expect(m.up.omitted).toBe(10);
  });
});
