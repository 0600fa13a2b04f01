import { describe, expect, it } from "vitest";
import { instansiSeries, tingkatAverageSeries, trend } from "../../../src/charts/index.ts";
import { fillYears, yearSpan } from "../../../src/charts/data/trend.ts";
import { colorOf } from "../../../src/lib/format/palette.ts";
import { marks, options, parseSvg, summary2024, tickLabels, years } from "./support.ts";

describe("trend data", () => {
  it("follows one instansi through the years, null where it is absent", () => {
    expect(instansiSeries("34.04", years).map((p) => [p.year, p.ipp, p.predikat])).toEqual([
      [2022, 4.07, "A-"],
      [2023, null, null],
      [2024, 4.63, "A"],
      [2025, 4.77, "A"],
    ]);
  });

  it("reads tingkat means from the summaries", () => {
    expect(tingkatAverageSeries("kota", [summary2024])).toEqual([
      { year: 2024, ipp: summary2024.per_tingkat[2]!.rata_rata, predikat: null },
    ]);
  });

  it("spans every calendar year so a year without any file shows as a gap", () => {
    const s = [
      { year: 2021, ipp: 3, predikat: "B-" },
      { year: 2024, ipp: 4, predikat: "B" },
    ];
    expect(yearSpan(s)).toEqual([2021, 2022, 2023, 2024]);
    expect(fillYears(s, yearSpan(s)).map((p) => p.ipp)).toEqual([3, null, null, 4]);
    expect(yearSpan([])).toEqual([]);
  });
});

describe("trend", () => {
  const input = {
    kode: "34.04",
    nama: "Kabupaten Sleman",
    series: instansiSeries("34.04", years),
    average: {
      label: "Rata-rata kabupaten",
      series: [
        { year: 2022, ipp: 3.27, predikat: null },
        { year: 2025, ipp: 3.97, predikat: null },
      ],
    },
  };
  const id = trend(input, { ...options("id"), year: 2025 });
  const en = trend({ ...input, average: null }, { ...options("en"), year: 2025 });
  const doc = parseSvg(id.svg);

  it("marks each year with a value, coloured by that year's predikat", () => {
    const m = marks(doc).filter((x) => !x.closest("[data-seri]"));
    expect(m.map((x) => x.getAttribute("data-tahun"))).toEqual(["2022", "2024", "2025"]);
    // The tingkat average's dots are marks of their own series (the CSV download reads both).
    const avg = marks(doc).filter((x) => x.closest("[data-seri]")?.getAttribute("data-seri") === "rata-rata");
    expect(avg.map((x) => x.getAttribute("data-tahun"))).toEqual(
      input.average.series.filter((p) => p.ipp !== null).map((p) => String(p.year)),
    );
    expect(m.map((x) => x.getAttribute("fill"))).toEqual([colorOf("A-"), colorOf("A"), colorOf("A")]);
  });

  /** The instansi's line: one <line> per pair of neighbouring years it joins, as [from x, to x]. */
  const inkSegments = (svg: string) =>
    Array.from(parseSvg(svg).querySelectorAll('g[data-plot="line"][stroke="#1a1a1a"] line')).map((l) => [
      l.getAttribute("x1"),
      l.getAttribute("x2"),
    ]);
  const yearX = (svg: string) =>
    Object.fromEntries(
      marks(parseSvg(svg))
        .filter((m) => !m.closest("[data-seri]"))
        .map((m) => [m.getAttribute("data-tahun"), m.getAttribute("cx")]),
    );

  it("breaks the line at the missing year instead of bridging it", () => {
    const x = yearX(id.svg);
    // 2022, (2023 missing), 2024, 2025: only 2024–2025 is joined.
    expect(inkSegments(id.svg)).toEqual([[x["2024"], x["2025"]]]);
    expect(Array.from(doc.querySelectorAll("text")).map((t) => t.textContent)).toContain("tidak ada data");
  });

  it("does not join years scored with different methodology profiles", () => {
    const series = [
      { year: 2022, ipp: 4.1, predikat: "A-", segment: 0 },
      { year: 2023, ipp: 4.2, predikat: "A-", segment: 0 },
      { year: 2024, ipp: 4.6, predikat: "A", segment: 1 },
      { year: 2025, ipp: 4.7, predikat: "A", segment: 1 },
    ];
    const broken = trend({ ...input, series, average: null }, { ...options("id"), year: 2025 }).svg;
    const x = yearX(broken);
    expect(inkSegments(broken)).toEqual([
      [x["2022"], x["2023"]],
      [x["2024"], x["2025"]],
    ]);
    const whole = trend(
      { ...input, series: series.map((p) => ({ ...p, segment: 0 })), average: null },
      { ...options("id"), year: 2025 },
    ).svg;
    expect(inkSegments(whole)).toHaveLength(3);
  });

  it("thins its labels so that one drawing still reads at 300 px: ten years label every other one, the last always", () => {
    const ten = Array.from({ length: 10 }, (_, i) => ({ year: 2016 + i, ipp: 3 + i / 10, predikat: "B" }));
    const c = parseSvg(trend({ kode: "x", nama: "X", series: ten }, options("id")).svg);
    expect(tickLabels(c)).toEqual(["2017", "2019", "2021", "2023", "2025"]);
    expect(marks(c)).toHaveLength(10); // every year keeps its dot and tooltip
  });

  it("prints years without a thousands separator in both languages", () => {
    expect(tickLabels(doc)).toEqual(["2022", "2023", "2024", "2025"]);
    expect(tickLabels(parseSvg(en.svg))).toEqual(["2022", "2023", "2024", "2025"]);
  });

  it("labels the predikat bands with their letters", () => {
    const texts = Array.from(doc.querySelectorAll("text")).map((t) => t.textContent);
    for (const k of ["A", "A-", "B", "B-"]) expect(texts).toContain(k);
  });

  it("describes values, change and gaps", () => {
    expect(id.description).toBe(
      "IPP Kabupaten Sleman: 4,07 (A-) pada 2022, 4,63 (A) pada 2024 dan 4,77 (A) pada 2025. Naik +0,70 dari 2022 ke 2025. Tidak ada data untuk 2023. Rata-rata kabupaten pada 2025: 3,97.",
    );
    expect(en.description).toBe(
      "IPP of Kabupaten Sleman: 4.07 (A-) in 2022, 4.63 (A) in 2024 and 4.77 (A) in 2025. Up +0.70 from 2022 to 2025. No data for 2023.",
    );
  });

  it("tabulates every year, the gap included", () => {
    expect(id.table.rows).toEqual([
      ["2022", "4,07", "A-", "3,27", "+0,80"],
      ["2023", "–", "–", "–", "–"],
      ["2024", "4,63", "A", "–", "–"],
      ["2025", "4,77", "A", "3,97", "+0,80"],
    ]);
    expect(en.table.columns).toHaveLength(3);
  });

  it("copes with a single year and with no values", () => {
    const one = trend({ kode: "x", nama: "X", series: [{ year: 2024, ipp: 2.2, predikat: "C-" }] }, options("id"));
    expect(marks(parseSvg(one.svg))).toHaveLength(1);
    expect(one.description).toBe("IPP X: 2,20 (C-) pada 2024.");
    expect(one.title).toBe("IPP X, 2024"); // not "2024–2024" (the first edition's pinned trend)
    const none = trend({ kode: "x", nama: "X", series: [{ year: 2024, ipp: null, predikat: null }] }, options("en"));
    expect(none.description).toBe("No IPP values for X yet.");
  });
});
