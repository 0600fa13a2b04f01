import { describe, expect, it } from "vitest";
import { predikatDistribution } from "../../../src/charts/index.ts";
import { PREDIKAT_CODES, colorOf } from "../../../src/lib/format/palette.ts";
import { marks, options, parseSvg, summary2024, tickLabels } from "./support.ts";

describe("predikatDistribution", () => {
  const id = predikatDistribution(summary2024, options("id"));
  const en = predikatDistribution(summary2024, options("en"));
  const doc = parseSvg(id.svg);

  it("draws one segment per non-empty (tingkat, predikat) pair, plus the not-evaluated ones", () => {
    const expected = summary2024.per_tingkat.reduce(
      (n, t) => n + Object.values(t.predikat).filter((c) => c > 0).length + (t.tidak_dievaluasi > 0 ? 1 : 0),
      0,
    );
    expect(marks(doc)).toHaveLength(expected);
  });

  it("segments add up to each tingkat's master count and carry the right colour", () => {
    for (const t of summary2024.per_tingkat) {
      const segs = marks(doc).filter((m) => m.getAttribute("data-tingkat") === t.tingkat);
      expect(segs.reduce((n, m) => n + Number(m.getAttribute("data-n")), 0)).toBe(t.jumlah_master);
      for (const m of segs) {
        const p = m.getAttribute("data-predikat")!;
        if (p === "-") expect(m.getAttribute("fill")).toBe("url(#predikatDistribution-arsir)");
        else {
          expect(m.getAttribute("fill")).toBe(colorOf(p));
          expect(Number(m.getAttribute("data-n"))).toBe(t.predikat[p]);
        }
      }
    }
  });

  it("prints every letter in the legend, on its colour", () => {
    for (const code of PREDIKAT_CODES) {
      const item = doc.querySelector(`.legend-item[data-predikat="${code}"]`);
      expect(item?.querySelector("text")?.textContent).toBe(code);
      expect(item?.querySelector("rect")?.getAttribute("fill")).toBe(colorOf(code));
    }
  });

  it("labels wide segments with letter and count", () => {
    const texts = Array.from(doc.querySelectorAll("text")).map((t) => t.textContent);
    expect(texts).toContain("A 4"); // kota: 4 of 11 evaluated A
  });

  it("describes the counts in both languages", () => {
    expect(id.description).toContain(
      "Dari 12 kabupaten yang dievaluasi, 2 berpredikat A, 2 A-, 1 B, 2 B-, 1 C, 1 C-, 1 D, 1 E dan 1 F. 1 kabupaten tidak dievaluasi.",
    );
    expect(en.description).toContain("Of 9 cities evaluated, 4 rated A, 1 A-, 2 B, 1 B- and 1 C-. 2 not evaluated.");
  });

  it("formats the axis as percentages", () => {
    expect(tickLabels(doc)).toEqual(["0%", "20%", "40%", "60%", "80%", "100%"]);
  });

  it("tabulates counts with a total per tingkat", () => {
    expect(id.table.columns.map((c) => c.key)).toEqual(["tingkat", ...PREDIKAT_CODES, "tidak_dievaluasi", "jumlah"]);
    expect(id.table.rows[1]).toEqual(["Kabupaten", "2", "2", "1", "2", "1", "1", "1", "1", "1", "1", "13"]);
    expect(en.table.rows[3]![0]).toBe("Ministries and agencies");
  });

  it("can leave the not-evaluated out", () => {
    const c = predikatDistribution(summary2024, { ...options("id"), includeNotEvaluated: false });
    expect(c.svg).not.toContain("arsir");
    expect(c.table.columns.map((k) => k.key)).not.toContain("tidak_dievaluasi");
    expect(c.description).not.toContain("tidak dievaluasi");
    expect(c.table.rows[0]!.at(-1)).toBe("6");
  });
});
