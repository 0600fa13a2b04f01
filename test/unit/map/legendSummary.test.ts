import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { PALETTE } from "../../../src/lib/format/palette.ts";
import { legendCount, legendModel } from "../../../src/lib/map/legend.ts";
import { gradeText, regionText } from "../../../src/lib/map/label.ts";
import { mapSummary } from "../../../src/lib/map/summary.ts";
import type { Predikat } from "../../../src/lib/format/palette.ts";

const profile = JSON.parse(
  readFileSync(new URL("../../../data/methodology/pekppp-2022.json", import.meta.url), "utf8"),
) as {
  predikat: { kode: string; batas_bawah: number; label: string; label_en: string }[];
};
const labels = (lang: "id" | "en") =>
  new Map(profile.predikat.map((s) => [s.kode as Predikat, lang === "id" ? s.label : s.label_en]));

describe("legend", () => {
  const items = legendModel(profile.predikat, { lang: "id", max: 5, decimals: 2 });

  it("has the nine steps on the legal thresholds, then not evaluated", () => {
    expect(items.map((i) => i.code)).toEqual(["A", "A-", "B", "B-", "C", "C-", "D", "E", "F", null]);
    expect(items[0]).toMatchObject({
      label: "Pelayanan Prima",
      range: "4,51–5,00",
      fill: PALETTE.A.fill,
      className: "pk-a",
    });
    expect(items[1]?.range).toBe("4,01–4,50");
    expect(items[8]?.range).toBe("0,00–1,00");
    expect(items[9]).toMatchObject({ label: "Tidak dievaluasi", range: "", className: "pk-none", count: null });
  });

  it("speaks English with English separators, and carries counts when given", () => {
    const en = legendModel(profile.predikat, {
      lang: "en",
      max: 5,
      decimals: 2,
      counts: { byCode: new Map([["A", 3]]), none: 2 },
    });
    expect(en[0]).toMatchObject({ label: "Excellent service", range: "4.51–5.00", count: 3 });
    expect(en[1]?.count).toBe(0);
    expect(en[9]).toMatchObject({ label: "Not evaluated", count: 2 });
    const many = legendModel(profile.predikat, {
      lang: "id",
      max: 5,
      decimals: 2,
      counts: { byCode: new Map([["B", 1234]]), none: 0 },
    });
    expect(many.map((i) => legendCount(i, "id")).slice(1, 4)).toEqual(["0", "1.234", "0"]);
    expect(legendCount(items[0]!, "id")).toBe(""); // no counts given
  });

  it("refuses a profile step that is not a known predikat", () => {
    expect(() =>
      legendModel([{ kode: "Z", batas_bawah: 0, label: "z", label_en: "z" }], { lang: "id", max: 5, decimals: 2 }),
    ).toThrow(/Z/);
  });
});

describe("screen-reader summary", () => {
  const regions = [{ predikat: "A" }, { predikat: "A" }, { predikat: "B-" }, { predikat: null }] as const;

  it("Indonesian: counts per predikat with their labels, the not evaluated last", () => {
    expect(mapSummary(regions, { lang: "id", year: 2024, levelPlural: "kabupaten/kota", labels: labels("id") })).toBe(
      "Dari 4 kabupaten/kota pada 2024, 2 berpredikat A “Pelayanan Prima”, 1 B- “Baik (Dengan Catatan)” dan 1 tidak dievaluasi.",
    );
  });

  it("English, with a place and the thousands separator", () => {
    const many = Array.from({ length: 1200 }, () => ({ predikat: "C" as const }));
    expect(
      mapSummary(many, {
        lang: "en",
        year: 2023,
        levelPlural: "regencies and cities",
        place: "in Jawa Barat",
        labels: labels("en"),
      }),
    ).toBe("Of 1,200 regencies and cities in Jawa Barat in 2023, 1,200 are graded C “Fair”.");
  });

  it("English: the serial comma, and singular verbs for one region", () => {
    const three = [{ predikat: "A" }, { predikat: "B" }, { predikat: null }] as const;
    expect(mapSummary(three, { lang: "en", year: 2024, levelPlural: "provinces", labels: labels("en") })).toBe(
      "Of 3 provinces in 2024, 1 is graded A “Excellent service”, 1 B “Good”, and 1 was not evaluated.",
    );
  });

  it("only the letter when a predikat has no label, and a map where none was evaluated", () => {
    const two = [{ predikat: "C" }, { predikat: "C" }] as const;
    expect(mapSummary(two, { lang: "id", year: 2022, levelPlural: "provinsi", labels: new Map() })).toBe(
      "Dari 2 provinsi pada 2022, 2 berpredikat C.",
    );
    const none = [{ predikat: null }, { predikat: null }] as const;
    expect(mapSummary(none, { lang: "en", year: 2022, levelPlural: "provinces", labels: labels("en") })).toBe(
      "Of 2 provinces in 2022, 2 were not evaluated.",
    );
    expect(mapSummary(none, { lang: "id", year: 2022, levelPlural: "provinsi", labels: labels("id") })).toBe(
      "Dari 2 provinsi pada 2022, 2 tidak dievaluasi.",
    );
  });

  it("says when there is nothing to show", () => {
    expect(mapSummary([], { lang: "id", year: 2024, levelPlural: "provinsi", labels: labels("id") })).toBe(
      "Tidak ada provinsi untuk ditampilkan.",
    );
    expect(
      mapSummary([], {
        lang: "en",
        year: 2024,
        levelPlural: "regencies and cities",
        place: "in Aceh",
        labels: labels("en"),
      }),
    ).toBe("No regencies and cities in Aceh to show.");
  });
});

describe("region text (tooltip, <title>, aria-label)", () => {
  it("gives name, letter, label and IPP in the page's number format", () => {
    expect(
      regionText({ name: "Kota Bandung", predikat: "A-", ipp: 4.1 }, "id", "Sangat Baik", "Tidak dievaluasi"),
    ).toBe("Kota Bandung: A- · Sangat Baik · IPP 4,10");
    expect(gradeText({ predikat: "A-", ipp: 4.1 }, "en", "Very good", "Not evaluated")).toBe(
      "A- · Very good · IPP 4.10",
    );
    expect(regionText({ name: "X", predikat: null, ipp: null }, "en", undefined, "Not evaluated")).toBe(
      "X: Not evaluated",
    );
    expect(gradeText({ predikat: "A", ipp: 4.6 }, "id", undefined, "Tidak dievaluasi")).toBe("A · IPP 4,60");
  });
});
