/**
 * The predikat map as files (src/charts/export/map.ts, downloads.ts): the
 * CSV's rows, the picture with its legend, and the download box.
 */
import { describe, expect, it } from "vitest";
import {
  chartCsv,
  legendCounts,
  mapCsvData,
  mapDownloadsHtml,
  mapLegendSvg,
  mapPictureSvg,
  standaloneSvg,
  MAP_PICTURE_WIDTH,
  type MapLegendEntry,
  type MapRow,
} from "../../../src/charts/export/index.ts";
import { PALETTE, NOT_EVALUATED } from "../../../src/lib/format/palette.ts";
import { encodeTingkat, tingkatAt } from "../../../src/lib/map/liveConfig.ts";
import { htmlDocument, parseSvg } from "./support.ts";

const HOSTILE = `=HYPERLINK("x") <script>alert(1)</script> & "Kota"`;
const rows: MapRow[] = [
  { kode: "32.73", nama: "Kota Bandung", tingkat: "kota", ipp: 4.12, predikat: "A-" },
  { kode: "32.01", nama: HOSTILE, tingkat: "kabupaten", ipp: 3.5, predikat: "B-" },
  { kode: "32.02", nama: "Kabupaten Sukabumi", tingkat: "kabupaten", ipp: null, predikat: null },
  { kode: "99.99", nama: "99.99", tingkat: "", ipp: null, predikat: null },
];

const legend: MapLegendEntry[] = [
  { code: "A", label: "Pelayanan Prima", range: "4,51–5,00", count: 0 },
  { code: "A-", label: "Sangat Baik", range: "4,01–4,50", count: 1 },
  { code: "B-", label: "Baik (Dengan Catatan)", range: "3,01–3,50", count: 1 },
  { code: null, label: "Tidak dievaluasi", range: "", count: 2 },
];

describe("mapCsvData: the regions the map colours", () => {
  it("one row per region, sorted by code, with kode, nama, tingkat, ipp, predikat", () => {
    const data = mapCsvData(rows);
    expect(data.columns).toEqual(["kode", "nama", "tingkat", "ipp", "predikat"]);
    expect(data.rows.map((r) => r[0])).toEqual(["32.01", "32.02", "32.73", "99.99"]);
    expect(data.rows[2]).toEqual(["32.73", "Kota Bandung", "kota", 4.12, "A-"]);
    expect(data.rows[1]).toEqual(["32.02", "Kabupaten Sukabumi", "kabupaten", null, null]);
    expect(data.rows[3]).toEqual(["99.99", "99.99", null, null, null]);
  });

  it("as a file: BOM, tahun and status first, decimal point, formula cells prefixed, markup kept as text", () => {
    const csv = chartCsv(mapCsvData(rows), { year: 2024, status: "sample" });
    expect(csv.startsWith("\uFEFFtahun,status,kode,nama,tingkat,ipp,predikat\r\n")).toBe(true);
    const lines = csv.slice(1).split("\r\n");
    expect(lines[1]).toBe(
      `2024,sampel,32.01,"'=HYPERLINK(""x"") <script>alert(1)</script> & ""Kota""",kabupaten,3.5,B-`,
    );
    expect(lines[2]).toBe("2024,sampel,32.02,Kabupaten Sukabumi,kabupaten,,");
    expect(lines[3]).toBe("2024,sampel,32.73,Kota Bandung,kota,4.12,A-");
    expect(chartCsv(mapCsvData(rows.slice(0, 1)), { year: 2023, status: "official" })).toContain("2023,resmi,32.73");
  });

  it("refuses what the map cannot draw: a region twice, an unknown predikat, an IPP without predikat", () => {
    expect(() => mapCsvData([rows[0]!, rows[0]!])).toThrow(/ganda: 32.73/);
    expect(() => mapCsvData([{ ...rows[0]!, predikat: "Z" }])).toThrow(/predikat tidak dikenal untuk 32.73/);
    expect(() => mapCsvData([{ ...rows[0]!, predikat: null }])).toThrow(/32.73/);
  });

  it("legendCounts counts each predikat and the not evaluated", () => {
    const c = legendCounts(rows);
    expect(c.get("A-")).toBe(1);
    expect(c.get(null)).toBe(2);
    expect(c.get("A")).toBeUndefined();
  });
});

describe("mapLegendSvg: the legend drawn into the picture", () => {
  it("each step's letter on its colour, its name, range and count; rows within the width", () => {
    const { svg, height } = mapLegendSvg(legend, { title: "Predikat & batas", width: 400, lang: "id", hatchId: "h" });
    const doc = parseSvg(`<svg xmlns="http://www.w3.org/2000/svg">${svg}</svg>`);
    const rects = Array.from(doc.querySelectorAll("rect"));
    expect(rects.map((r) => r.getAttribute("fill"))).toEqual([
      PALETTE.A.fill,
      PALETTE["A-"].fill,
      PALETTE["B-"].fill,
      "url(#h)",
      "#ffffff",
    ]);
    const texts = Array.from(doc.querySelectorAll("text")).map((t) => t.textContent);
    expect(texts).toContain("Predikat & batas");
    for (const l of ["A", "A-", "B-", "–"]) expect(texts).toContain(l);
    expect(texts).toContain("Sangat Baik 4,01–4,50 (1)");
    expect(texts).toContain("Tidak dievaluasi (2)");
    // The letter in the swatch's own text colour (contrast checked by the palette's tests).
    const letterA = Array.from(doc.querySelectorAll("text")).find((t) => t.textContent === "A")!;
    expect(letterA.getAttribute("fill")).toBe(PALETTE.A.text);
    const letterNone = Array.from(doc.querySelectorAll("text")).find((t) => t.textContent === "–")!;
    expect(letterNone.getAttribute("fill")).toBe(NOT_EVALUATED.text);
    // Four entries do not fit one 400 px row: the legend wraps, and its height counts the rows.
    const ys = new Set(rects.slice(0, 4).map((r) => r.getAttribute("y")));
    expect(ys.size).toBeGreaterThan(1);
    for (const r of rects)
      expect(Number(r.getAttribute("x")) + Number(r.getAttribute("width"))).toBeLessThanOrEqual(400);
    expect(height).toBeGreaterThanOrEqual(Math.max(...rects.slice(0, 4).map((r) => Number(r.getAttribute("y")))) + 22);
  });
});

describe("mapPictureSvg: the map with its legend, for standaloneSvg", () => {
  const shapes = [
    { kode: "32.01", d: "M0 0h10v10h-10z", marker: false, predikat: "B-" },
    { kode: "32.02", d: "M10 0h10v10h-10z", marker: false, predikat: null },
    { kode: "32.73", d: "M20 0l2 2-2 2-2-2z", marker: true, predikat: "A-" },
  ];
  const input = {
    width: 200,
    height: 100,
    shapes,
    borders: "M10 0v10",
    merged: false,
    legendTitle: "Predikat",
    legend,
    lang: "id" as const,
  };

  it("scales the map to the picture width, fills each shape by its predikat, hatches the not evaluated", () => {
    const doc = parseSvg(mapPictureSvg(input));
    const root = doc.documentElement;
    const [, , w, h] = root.getAttribute("viewBox")!.split(" ").map(Number);
    expect(w).toBe(MAP_PICTURE_WIDTH);
    const inner = root.querySelector("svg")!;
    expect(inner.getAttribute("viewBox")).toBe("0 0 200 100");
    expect(Number(inner.getAttribute("height"))).toBe(MAP_PICTURE_WIDTH / 2);
    expect(h).toBeGreaterThan(MAP_PICTURE_WIDTH / 2);
    const fill = (k: string) => inner.querySelector(`path[data-kode="${k}"]`)!.getAttribute("fill");
    expect(fill("32.01")).toBe(PALETTE["B-"].fill);
    expect(fill("32.02")).toMatch(/^url\(#/);
    expect(root.querySelector(`pattern#${fill("32.02")!.slice(5, -1)}`)).not.toBeNull();
    expect(inner.querySelector('path[data-kode="32.01"]')!.getAttribute("stroke")).toBe("#ffffff");
    expect(inner.querySelector('path[data-kode="32.73"]')!.getAttribute("stroke")).toBe("#1a1a1a");
    expect(inner.querySelector('path[fill="none"]')!.getAttribute("d")).toBe("M10 0v10");
    expect(root.querySelector(".map-legend")).not.toBeNull();
  });

  it("merged (provinces drawn from their kab/kota): no white line inside a region", () => {
    const doc = parseSvg(mapPictureSvg({ ...input, merged: true }));
    const stroke = (k: string) => doc.querySelector(`path[data-kode="${k}"]`)!.getAttribute("stroke");
    expect(stroke("32.01")).toBe(PALETTE["B-"].fill);
    expect(stroke("32.02")).toBe("none");
    expect(stroke("32.73")).toBe(PALETTE["A-"].fill);
  });

  it("refuses an unknown predikat or a map without size", () => {
    expect(() => mapPictureSvg({ ...input, shapes: [{ ...shapes[0]!, predikat: "Q" }] })).toThrow(/32.01/);
    expect(() => mapPictureSvg({ ...input, width: 0 })).toThrow(/ukuran/);
  });

  it("becomes a standalone file with title, source and the sample notice; a hostile path or title stays text", () => {
    const s = standaloneSvg({
      chartSvg: mapPictureSvg({ ...input, shapes: [{ ...shapes[0]!, kode: `"><script>x</script>` }] }),
      title: `Peta predikat kabupaten/kota 2024 ${HOSTILE}`,
      source: "Sumber: Kementerian PANRB",
      lang: "id",
      year: 2024,
      status: "sample",
    });
    const doc = parseSvg(s.svg);
    expect(doc.querySelector("script")).toBeNull();
    const text = Array.from(doc.documentElement.children)
      .filter((e) => e.localName === "text")
      .map((t) => t.textContent)
      .join(" ");
    expect(text).toContain("Sumber: Kementerian PANRB");
    expect(text).toContain("DATA SAMPEL");
    expect(doc.querySelector("title")!.textContent).toContain(HOSTILE);
    expect(s.width).toBe(MAP_PICTURE_WIDTH + 32);
  });
});

describe("mapDownloadsHtml: the map's buttons", () => {
  const spec = {
    svgId: "peta-svg",
    lang: "id" as const,
    year: 2024,
    levels: true,
    instansi: null,
    legendId: "peta-legend",
    legendTitle: "Predikat",
    titles: { kabkota: "Peta predikat kabupaten/kota {tahun}", provinsi: "Peta predikat provinsi {tahun}" },
    editions: {
      "2023": { status: "official" as const, source: "Sumber: Keputusan 1/2023" },
      "2024": { status: "sample" as const, source: `Sumber: ${HOSTILE}` },
    },
  };

  it("hidden until the script runs, names the map's svg, the level in the name, the editions as data", () => {
    const doc = htmlDocument(mapDownloadsHtml(spec));
    const box = doc.querySelector<HTMLElement>(".chart-downloads")!;
    expect(box.hidden).toBe(true);
    expect(box.getAttribute("data-for")).toBeNull();
    expect(box.dataset["mapFor"]).toBe("peta-svg");
    expect(box.dataset["file"]).toBe("ipp-2024-peta-kabupaten-kota");
    expect(box.dataset["status"]).toBe("sample");
    expect(box.getAttribute("aria-label")).toBe("Unduh peta predikat");
    expect(Array.from(box.querySelectorAll("button")).map((b) => [b.type, b.dataset["format"]])).toEqual([
      ["button", "png"],
      ["button", "svg"],
      ["button", "csv"],
    ]);
    const data = JSON.parse(box.dataset["map"]!);
    expect(data.editions["2024"].source).toBe(`Sumber: ${HOSTILE}`);
    expect(data.titles.provinsi).toBe("Peta predikat provinsi {tahun}");
    expect(doc.querySelector("script")).toBeNull();
  });

  it("a province page's map: its slug in the name, no level", () => {
    const doc = htmlDocument(mapDownloadsHtml({ ...spec, levels: false, instansi: "provinsi-jawa-barat", lang: "en" }));
    const box = doc.querySelector<HTMLElement>(".chart-downloads")!;
    expect(box.dataset["file"]).toBe("ipp-2024-provinsi-jawa-barat-peta");
    expect(box.getAttribute("aria-label")).toBe("Download the map of grades");
  });

  it("refuses a year it has no edition for", () => {
    expect(() => mapDownloadsHtml({ ...spec, year: 2025 })).toThrow(/2025/);
  });
});

describe("the live map's tingkat per region", () => {
  it("one character per region, read back by index; unknown as empty", () => {
    const enc = encodeTingkat(["provinsi", "kabupaten", "kota", "kl", ""]);
    expect(enc).toBe("012--");
    expect([0, 1, 2, 3, 4, 5].map((i) => tingkatAt(enc, i))).toEqual(["provinsi", "kabupaten", "kota", "", "", ""]);
    expect(tingkatAt(undefined, 0)).toBe("");
  });
});
