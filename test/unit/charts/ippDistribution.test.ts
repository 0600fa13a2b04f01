import { describe, expect, it } from "vitest";
import { ippDistribution } from "../../../src/charts/index.ts";
import { axisFloor } from "../../../src/charts/ippDistribution.ts";
import { bands } from "../../../src/charts/ladder.ts";
import { colorOf } from "../../../src/lib/format/palette.ts";
import { marks, options, parseSvg, tickLabels, year2024 } from "./support.ts";

const rows = year2024.instansi;

describe("ippDistribution", () => {
  const plain = ippDistribution(rows, options("id"));
  const id = ippDistribution(rows, { ...options("id"), highlight: "34.04" });
  const en = ippDistribution(rows, { ...options("en"), highlight: "34.04" });
  const doc = parseSvg(id.svg);
  const dots = marks(doc);

  it("draws every instansi once, coloured by its predikat", () => {
    expect(dots).toHaveLength(rows.length);
    expect(new Set(dots.map((d) => d.getAttribute("data-kode")))).toEqual(new Set(rows.map((r) => r.kode_instansi)));
    for (const d of dots) {
      const r = rows.find((x) => x.kode_instansi === d.getAttribute("data-kode"))!;
      expect(d.getAttribute("data-ipp")).toBe(r.ipp.toFixed(2));
      expect(d.getAttribute("fill")).toBe(colorOf(r.predikat));
      expect(d.querySelector("title")?.textContent).toContain(r.nama);
    }
  });

  it("places dots on the IPP axis without overlaps", () => {
    const c = dots.map((d) => ({
      x: Number(d.getAttribute("cx")),
      y: Number(d.getAttribute("cy")),
      r: Number(d.getAttribute("r")),
      ipp: Number(d.getAttribute("data-ipp")),
    }));
    // The axis starts at the half point below the lowest IPP (axisFloor), not at 0.
    const lo = axisFloor(rows.map((r) => r.ipp));
    expect(lo).toBe(Math.floor((Math.min(...rows.map((r) => r.ipp)) - 0.1) * 2) / 2);
    for (const p of c) expect(p.x).toBeCloseTo(16 + ((p.ipp - lo) / (5 - lo)) * (640 - 32), 1);
    for (let i = 0; i < c.length; i++)
      for (let j = i + 1; j < c.length; j++)
        expect(Math.hypot(c[i]!.x - c[j]!.x, c[i]!.y - c[j]!.y)).toBeGreaterThanOrEqual(c[i]!.r + c[j]!.r - 0.02);
  });

  it("highlights exactly the instansi asked for, with ring and label", () => {
    const hl = dots.filter((d) => d.getAttribute("data-highlight") === "true");
    expect(hl.map((d) => d.getAttribute("data-kode"))).toEqual(["34.04"]);
    expect(doc.querySelectorAll("g.highlight circle")).toHaveLength(1);
    expect(doc.querySelector("g.highlight-label text")?.textContent).toBe("Kabupaten Sleman: 4,63 (A)");
    expect(parseSvg(en.svg).querySelector("g.highlight-label text")?.textContent).toBe("Kabupaten Sleman: 4.63 (A)");
    expect(parseSvg(plain.svg).querySelector(".highlight, [data-highlight]")).toBeNull();
    expect(() => ippDistribution(rows, { ...options("id"), highlight: "99.99" })).toThrow(/tidak ada/);
  });

  it("prints the predikat letters on their colours above the bands the axis shows", () => {
    const letters = Array.from(doc.querySelectorAll("text")).map((t) => t.textContent);
    const lo = axisFloor(rows.map((r) => r.ipp));
    for (const b of bands(options("id").predikat))
      if (b.hi > lo) expect(letters).toContain(b.kode);
      else expect(letters).not.toContain(b.kode);
  });

  it("uses decimal commas for Indonesian ticks and points for English", () => {
    const lo = axisFloor(rows.map((r) => r.ipp));
    const ticks = tickLabels(doc);
    expect(ticks[0]).toBe(lo.toFixed(1).replace(".", ","));
    expect(ticks.at(-1)).toBe("5,0");
    expect(tickLabels(parseSvg(en.svg))).toContain("4.5");
  });

  it("describes the spread and where the highlight ranks, tie included", () => {
    expect(id.description).toBe(
      "Sebaran IPP 30 instansi pada 2024; setiap titik adalah satu instansi. Median 4,05, terendah 1,00, tertinggi 4,93. " +
        "9 berpredikat A, 6 A-, 4 B, 5 B-, 1 C, 2 C-, 1 D, 1 E dan 1 F. " +
        "Kabupaten Sleman (IPP 4,63, predikat A) berada di peringkat =4 dari 30.",
    );
    expect(en.description).toContain("Kabupaten Sleman (IPP 4.63, grade A) ranks =4 of 30.");
    expect(plain.description).not.toContain("peringkat");
  });

  it("names a single-tingkat group by its tingkat", () => {
    const kab = ippDistribution(
      rows.filter((r) => r.tingkat === "kabupaten" || r.tingkat === "kota"),
      options("id"),
    );
    expect(kab.title).toBe("Sebaran IPP kabupaten/kota, 2024");
    expect(kab.description).toMatch(/^Sebaran IPP 21 kabupaten\/kota/);
  });

  it("tabulates by rank with shared ranks marked", () => {
    expect(id.table.rows[0]).toEqual(["1", "Kota Surabaya", "Kota", "4,93", "A"]);
    const tied = id.table.rows.filter((r) => r[0] === "=4").map((r) => r[1]);
    expect(tied).toEqual(["Kabupaten Sleman", "Kota Surakarta"]);
    expect(id.table.rows.at(-1)).toEqual(["30", "Kabupaten Jayawijaya", "Kabupaten", "1,00", "F"]);
  });

  it("shrinks the dots to keep a dense pile within the height limit", () => {
    const many = Array.from({ length: 400 }, (_, i) => ({
      kode_instansi: `K${i}`,
      nama: `K${i}`,
      tingkat: "kabupaten" as const,
      ipp: 4 + (i % 20) / 100,
      predikat: "A-",
    }));
    const c = ippDistribution(many, { ...options("id"), maxPile: 200 });
    const r = Number(parseSvg(c.svg).querySelector(".mark")!.getAttribute("r"));
    expect(r).toBeLessThan(5);
    expect(c.height).toBeLessThan(320);
  });
});
