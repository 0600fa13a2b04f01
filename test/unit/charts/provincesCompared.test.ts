import { describe, expect, it } from "vitest";
import { provincesCompared } from "../../../src/charts/index.ts";
import { colorOf, textColorOf } from "../../../src/lib/format/palette.ts";
import { marks, options, parseSvg, summary2024, tickLabels } from "./support.ts";

const provinces = summary2024.per_provinsi;

describe("provincesCompared", () => {
  const id = provincesCompared(provinces, { ...options("id"), highlight: "34" });
  const en = provincesCompared(provinces, options("en"));
  const doc = parseSvg(id.svg);

  it("draws one bar per province, highest first, those without a value last", () => {
    expect(marks(doc).map((m) => m.getAttribute("data-kode"))).toEqual(["31", "33", "34", "35", "11", "64", "95"]);
    // A constant fill sits on the mark's group.
    const last = marks(doc).at(-1)!;
    expect(last.getAttribute("fill") ?? last.parentElement!.getAttribute("fill")).toBe("url(#provincesCompared-arsir)");
  });

  it("colours bars by predikat and prints the letter on the bar in its text colour", () => {
    for (const m of marks(doc).slice(0, -1))
      expect(m.getAttribute("fill")).toBe(colorOf(m.getAttribute("data-predikat")));
    const letters = Array.from(doc.querySelectorAll("text")).filter((t) => t.textContent === "A-");
    expect(letters.map((t) => t.getAttribute("fill"))).toContain(textColorOf("A-"));
  });

  it("highlights the province asked for: outlined bar, bold name", () => {
    expect(
      marks(doc)
        .filter((m) => m.getAttribute("data-highlight") === "true")
        .map((m) => m.getAttribute("data-kode")),
    ).toEqual(["34"]);
    expect(doc.querySelectorAll("g.highlight rect")).toHaveLength(1);
    const bold = Array.from(doc.querySelectorAll('g[font-weight="bold"] text')).map((t) => t.textContent);
    expect(bold).toContain("Daerah Istimewa Yogyakarta");
  });

  it("describes the extremes, counts and the highlight's rank", () => {
    expect(id.description).toBe(
      "IPP pemerintah provinsi pada 2024, diurutkan dari yang tertinggi. Tertinggi DKI Jakarta (4,62), terendah Kalimantan Timur (3,01). " +
        "Dari 6 provinsi, 2 berpredikat A, 2 A- dan 2 B-. 1 provinsi tanpa nilai. Daerah Istimewa Yogyakarta berada di peringkat 3 dari 6.",
    );
    expect(en.description).toContain("Highest: DKI Jakarta (4.62); lowest: Kalimantan Timur (3.01).");
  });

  it("uses the language's decimal mark", () => {
    expect(tickLabels(doc)).toContain("4,5");
    expect(tickLabels(parseSvg(en.svg))).toContain("4.5");
  });

  it("bands the kabupaten/kota mean on the same ladder", () => {
    const c = provincesCompared(provinces, { ...options("id"), measure: "kabkota" });
    const m = marks(parseSvg(c.svg));
    expect(m[0]!.getAttribute("data-kode")).toBe("35");
    expect(m[0]!.getAttribute("data-ipp")).toBe("4.51");
    expect(m[0]!.getAttribute("data-predikat")).toBe("A");
    expect(c.table.rows.at(-1)).toEqual(["–", "DKI Jakarta", "–", "Tidak ada kabupaten/kota yang dievaluasi"]);
  });

  it("marks shared ranks in the table", () => {
    const tied = provinces.map((p) =>
      p.kode_provinsi === "35" ? { ...p, ipp_provinsi: 3.42, predikat_provinsi: "B-" } : p,
    );
    const rows = provincesCompared(tied, options("id")).table.rows;
    expect(rows.filter((r) => r[0] === "=4").map((r) => r[1])).toEqual(["Aceh", "Jawa Timur"]);
  });

  it("refuses a highlight that is not in the data", () => {
    expect(() => provincesCompared(provinces, { ...options("id"), highlight: "99" })).toThrow(/tidak ada/);
  });
});
