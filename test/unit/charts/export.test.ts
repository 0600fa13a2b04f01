import { describe, expect, it } from "vitest";
import {
  BOM,
  CARD_HEIGHT,
  CARD_WIDTH,
  chartCsv,
  chartDownloads,
  csvCell,
  downloadBase,
  downloadName,
  marksData,
  mergeLayers,
  socialCard,
  standaloneSvg,
  wrapText,
  markAttributes,
} from "../../../src/charts/export/index.ts";
import { chartSet, ippDistributionLayers, provincesCompared } from "../../../src/charts/index.ts";
import { PALETTE } from "../../../src/lib/format/palette.ts";
import { CASES } from "./cases.ts";
import { htmlDocument, LANGS, options, parseSvg, summary2024, year2024 } from "./support.ts";

const HOSTILE = `<script>window.__pwned=1</script> "Kab" & 'Kota' =SUM(A1) onerror=alert(1)`;
const attrsOf = markAttributes;

describe("standaloneSvg: a chart as a file of its own", () => {
  for (const [name, build] of Object.entries(CASES))
    for (const lang of LANGS)
      it(`${name} (${lang}): valid SVG with size, title, source, notice and every mark`, () => {
        const chart = build(lang, 520);
        const s = standaloneSvg({
          chartSvg: chart.svg,
          title: chart.title,
          source: chart.source,
          lang,
          year: 2024,
          status: "sample",
          // Shown 520 px wide: a fluid chart is drawn in the file at that width (a scaled one has its own).
          width: 520,
        });
        const doc = parseSvg(s.svg);
        const root = doc.documentElement;
        expect(root.getAttribute("xmlns")).toBe("http://www.w3.org/2000/svg");
        expect(root.getAttribute("width")).toBe(String(s.width));
        expect(root.getAttribute("height")).toBe(String(s.height));
        expect(root.getAttribute("viewBox")).toBe(`0 0 ${s.width} ${s.height}`);
        expect(s.width).toBe(520 + 32);
        expect(s.height).toBeGreaterThan(chart.height + 60);
        // A generic family last: any reader without DejaVu Sans still draws sans-serif text.
        expect(root.getAttribute("font-family")).toMatch(/^'DejaVu Sans'.*, sans-serif$/);
        // Lines are <tspan>s of the file's own <text>s (not the chart's).
        const text = Array.from(root.children)
          .filter((e) => e.localName === "text")
          .flatMap((t) => Array.from(t.children).map((l) => l.textContent))
          .join(" ");
        // Wrapped over lines, the words are all there, in order.
        expect(text.replace(/\s+/g, " ")).toContain(chart.title.replace(/\s+/g, " "));
        expect(text.replace(/\s+/g, " ")).toContain(chart.source.replace(/\s+/g, " "));
        expect(text).toContain(lang === "id" ? "DATA SAMPEL" : "SAMPLE DATA");
        expect(doc.querySelectorAll(".mark").length).toBe(parseSvg(chart.svg).querySelectorAll(".mark").length);
      });

  it("draws no notice for official data, and the source line with its decree", () => {
    const chart = CASES["provinces-compared"]!("id");
    const s = standaloneSvg({
      chartSvg: chart.svg,
      title: chart.title,
      source: "Sumber: Kementerian PANRB, PEKPPP 2024 (Keputusan Menteri PANRB Nomor 123 Tahun 2024)",
      lang: "id",
      year: 2024,
      status: "official",
    });
    expect(s.svg).not.toContain("DATA SAMPEL");
    expect(parseSvg(s.svg).documentElement.textContent).toContain("Nomor 123 Tahun 2024");
  });

  it("keeps hostile titles as text: no element, the words as written", () => {
    const chart = CASES["trend"]!("id");
    const s = standaloneSvg({
      chartSvg: chart.svg,
      title: HOSTILE,
      source: HOSTILE,
      lang: "id",
      year: 2024,
      status: "sample",
    });
    const doc = parseSvg(s.svg);
    expect(doc.querySelector("script")).toBeNull();
    expect(doc.querySelector("title")!.textContent).toBe(HOSTILE);
  });

  it("refuses what is not a chart", () => {
    const o = { title: "t", source: "s", lang: "id", year: 2024, status: "sample" } as const;
    expect(() => standaloneSvg({ ...o, chartSvg: "<div></div>" })).toThrow(/<svg>/);
    expect(() => standaloneSvg({ ...o, chartSvg: '<svg width="10"></svg>' })).toThrow(/viewBox/);
  });

  it("merges a shared image and its overlay into one chart (instansi pages)", () => {
    const layers = ippDistributionLayers(year2024.instansi, options("id", { pretty: false }));
    const merged = mergeLayers(layers.base, layers.overlay("34.04"));
    const doc = parseSvg(merged);
    expect(doc.querySelectorAll("svg > title").length).toBe(1);
    expect(doc.querySelector(".overlay .highlight circle")).not.toBeNull();
    expect(doc.querySelector(".overlay .highlight-label")?.textContent).toBe("Kabupaten Sleman: 4,63 (A)");
    expect(doc.querySelectorAll(".mark").length).toBe(year2024.instansi.length);
  });
});

describe("wrapText", () => {
  it("wraps at word boundaries, cuts an endless word and ends a cut text with …", () => {
    expect(wrapText("Kabupaten Kepulauan Seribu Utara", 12)).toEqual(["Kabupaten", "Kepulauan", "Seribu Utara"]);
    expect(wrapText("x".repeat(25), 10)).toEqual(["x".repeat(10), "x".repeat(10), "x".repeat(5)]);
    const cut = wrapText("satu dua tiga empat lima enam", 9, 2);
    expect(cut).toHaveLength(2);
    expect(cut[1]!.endsWith("…")).toBe(true);
  });
});

describe("chartCsv", () => {
  const data = {
    columns: ["nama", "ipp", "selisih"],
    rows: [
      ["Kota Bandung", 4.63, -0.12],
      ['=HYPERLINK("http://x")', 3.5, null],
      ["+62 Kabupaten", 1, 0],
      ["-1 Kota", 2.25, 0.5],
      ["@SUM(A1)", 4, 1],
      ["\tTab", 4, 1],
      ["\rCR", 4, 1],
      ['Kab "Baru", Selatan', 4.1, 0.1],
    ],
  } as const;
  const csv = chartCsv(data, { year: 2024, status: "sample" });
  const lines = csv.slice(1).split("\r\n");

  it("starts with a byte-order mark and ends every line with CRLF", () => {
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(lines[0]).toBe("tahun,status,nama,ipp,selisih");
  });

  it("writes numbers with a decimal point, the year and the status in every row", () => {
    expect(lines[1]).toBe("2024,sampel,Kota Bandung,4.63,-0.12");
    expect(chartCsv(data, { year: 2023, status: "official" })).toContain("2023,resmi,Kota Bandung,4.63,");
  });

  it("prefixes every text a spreadsheet would run as a formula, never a number", () => {
    expect(lines[2]).toBe(`2024,sampel,"'=HYPERLINK(""http://x"")",3.5,`);
    expect(lines[3]).toBe("2024,sampel,'+62 Kabupaten,1,0");
    expect(lines[4]).toBe("2024,sampel,'-1 Kota,2.25,0.5");
    expect(lines[5]).toBe("2024,sampel,'@SUM(A1),4,1");
    expect(csvCell("\tTab")).toBe("'\tTab");
    expect(csvCell("\rCR")).toBe(`"'\rCR"`);
    expect(lines[8]).toBe(`2024,sampel,"Kab ""Baru"", Selatan",4.1,0.1`);
  });

  it("keeps a table's own year column (a trend) instead of adding one", () => {
    const t = chartCsv(
      {
        columns: ["tahun", "ipp"],
        rows: [
          [2022, 4],
          [2023, null],
        ],
      },
      { year: 2025, status: "sample" },
    );
    expect(t.slice(1).split("\r\n").slice(0, 3)).toEqual(["tahun,status,ipp", "2022,sampel,4", "2023,sampel,"]);
  });

  it("refuses a row that does not fit the columns", () => {
    expect(() => chartCsv({ columns: ["a"], rows: [[1, 2]] }, { year: 2024, status: "sample" })).toThrow(/baris 1/);
    expect(() => csvCell(Number.NaN)).toThrow();
  });
});

describe("marksData: what a chart plots, from its marks", () => {
  it("reads every province bar with its IPP as a number", () => {
    const chart = provincesCompared(summary2024.per_provinsi, { ...options("id"), highlight: "34" });
    const doc = parseSvg(chart.svg);
    const d = marksData(Array.from(doc.querySelectorAll(".mark")).map(attrsOf));
    expect(d.columns).toEqual(["ipp", "kode", "nama", "predikat"]);
    const valued = summary2024.per_provinsi.filter((p) => p.ipp_provinsi !== null);
    expect(d.rows).toHaveLength(summary2024.per_provinsi.length);
    for (const p of valued)
      expect(d.rows).toContainEqual([Number(p.ipp_provinsi!.toFixed(2)), p.kode_provinsi, p.nama, p.predikat_provinsi]);
  });

  it("counts a mark drawn twice once, leaves emphasis and tooltip text out, and '-' empty", () => {
    const d = marksData([
      { kode: "1", ipp: "4.00", predikat: "B" },
      { kode: "1", ipp: "4.00", predikat: "B", highlight: "true", tip: "x" },
      { kode: "2", ipp: "", predikat: "-" },
    ]);
    expect(d).toEqual({
      columns: ["kode", "ipp", "predikat"],
      rows: [
        ["1", 4, "B"],
        ["2", null, null],
      ],
    });
  });

  it("refuses a value that should be a number and is not", () => {
    expect(() => marksData([{ ipp: "4,63" }])).toThrow(/ipp/);
  });
});

describe("download names", () => {
  it("says year, chart and instansi or tingkat, with nothing but a-z, 0-9 and -", () => {
    expect(downloadName(downloadBase({ year: 2024, chart: "sebaran", qualifier: "kabupaten" }), "png")).toBe(
      "ipp-2024-sebaran-kabupaten.png",
    );
    expect(downloadName(downloadBase({ year: 2024, chart: "aspek", instansi: "kota-bandung" }), "csv")).toBe(
      "ipp-2024-kota-bandung-aspek.csv",
    );
    expect(downloadBase({ year: 2024, chart: "aspek", instansi: '../<script>"Ünïcode"' })).toBe(
      "ipp-2024-script-unicode-aspek",
    );
    expect(downloadBase({ year: 2023, chart: "tren" })).not.toBe(downloadBase({ year: 2024, chart: "tren" }));
    expect(() => downloadBase({ year: 24, chart: "x" })).toThrow();
    expect(() => downloadBase({ year: 2024, chart: "…" })).toThrow();
  });

  it("puts hidden buttons beside a chart that name its figure and file", () => {
    const set = chartSet({ ...options("id"), id: "provinsi" }, (v) => provincesCompared(summary2024.per_provinsi, v));
    const doc = htmlDocument(chartDownloads(set, { chart: "provinsi", year: 2024, status: "sample" }));
    const box = doc.querySelector(".chart-downloads")!;
    expect(box.hasAttribute("hidden")).toBe(true);
    expect(box.getAttribute("data-for")).toBe("provinsi-figure");
    expect(box.getAttribute("data-file")).toBe("ipp-2024-provinsi");
    expect(Array.from(box.querySelectorAll("button")).map((b) => b.dataset["format"])).toEqual(["png", "svg", "csv"]);
  });
});

describe("socialCard", () => {
  const input = {
    year: 2024,
    status: "sample" as const,
    kicker: "Kota · Jawa Barat",
    name: "Kota Bandung",
    ipp: 4.63,
    ippLabel: "Indeks Pelayanan Publik (IPP)",
    predikat: { kode: "A", label: "Pelayanan Prima" },
  };

  it("is a 1200 × 630 SVG with name, IPP in Indonesian format, predikat on its colour, year and notice", () => {
    const doc = parseSvg(socialCard(input));
    const root = doc.documentElement;
    expect([root.getAttribute("width"), root.getAttribute("height")]).toEqual([
      String(CARD_WIDTH),
      String(CARD_HEIGHT),
    ]);
    const text = root.textContent!;
    for (const s of ["Kota Bandung", "4,63", "Pelayanan Prima", "2024", "DATA SAMPEL"]) expect(text).toContain(s);
    expect(doc.querySelector(`rect[fill="${PALETTE.A.fill}"]`)).not.toBeNull();
  });

  it("says not evaluated without a figure, and has no notice for official data", () => {
    const text = parseSvg(
      socialCard({ ...input, status: "official", ipp: null, predikat: null, missing: "Tidak dievaluasi" }),
    ).documentElement.textContent!;
    expect(text).toContain("Tidak dievaluasi");
    expect(text).not.toContain("4,63");
    expect(text).not.toContain("SAMPEL");
  });

  it("keeps a hostile name as text", () => {
    const doc = parseSvg(socialCard({ ...input, name: HOSTILE, kicker: HOSTILE }));
    expect(doc.querySelector("script")).toBeNull();
    expect(doc.documentElement.textContent).toContain("<script>");
  });
});
