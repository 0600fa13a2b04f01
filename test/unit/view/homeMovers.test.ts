import { describe, expect, it } from "vitest";
import { moversSection } from "../../../src/lib/view/homeMovers.ts";
import { compareYears, type MoverRow } from "../../../src/lib/view/movers.ts";

const row = (kode: string, ipp: number, predikat: string): MoverRow => ({
  kode_instansi: kode,
  nama: `Kabupaten ${kode}`,
  slug: kode,
  tingkat: "kabupaten",
  ipp,
  predikat,
});
const prev = { year: 2023, profil: "p", instansi: [row("a", 3.9, "B"), row("b", 4.2, "A-"), row("c", 4, "A-")] };
const now = { year: 2024, profil: "p", instansi: [row("a", 4.32, "A-"), row("b", 3.89, "B"), row("c", 4, "A-")] };

describe("moversSection", () => {
  it("formats rises and falls with their sign, values and predikat", () => {
    const s = moversSection(compareYears(now, prev), 5, "id");
    if (s.kind !== "lists") throw new Error(s.kind);
    expect(s.heading).toBe("Perubahan terbesar sejak 2023");
    expect(s.previous).toBe(2023);
    expect(s.intro).toContain("3 instansi yang dievaluasi pada 2023");
    expect(s.up).toEqual([
      {
        kode: "a",
        slug: "a",
        nama: "Kabupaten a",
        tingkat: "Kabupaten",
        before: "3,90",
        after: "4,32",
        predikatBefore: "B",
        predikat: "A-",
        change: "+0,42",
      },
    ]);
    expect(s.down.map((e) => e.change)).toEqual(["\u22120,31"]);
  });

  it("uses English separators and the display name it is given", () => {
    const s = moversSection(compareYears(now, prev), 5, "en", (r) => `Kab. ${r.kode_instansi}`);
    if (s.kind !== "lists") throw new Error(s.kind);
    expect(s.up[0]).toMatchObject({ nama: "Kab. a", change: "+0.42", tingkat: "Regency" });
  });

  it("explains the first year and a change of methodology instead of comparing", () => {
    expect(moversSection(compareYears(now, null), 5, "id")).toMatchObject({
      kind: "note",
      text: expect.stringContaining("tahun pertama"),
    });
    const other = moversSection(compareYears({ ...now, profil: "q" }, prev), 5, "en");
    expect(other).toMatchObject({ kind: "note", heading: "Biggest changes since 2023" });
    expect(other.kind === "note" && other.text).toContain("another methodology (p; this year q)");
  });
});
