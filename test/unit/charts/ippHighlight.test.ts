import { describe, expect, it } from "vitest";
import { ippDistribution } from "../../../src/charts/index.ts";
import { ippDistributionHighlighter } from "../../../src/charts/ippHighlight.ts";
import { LANGS, options, parseSvg, year2024 } from "./support.ts";

const rows = year2024.instansi;
const compact = (lang: "id" | "en") => options(lang, { pretty: false });

describe("ippDistributionHighlighter", () => {
  it.each(LANGS)("gives exactly the builder's result for every instansi (%s)", (lang) => {
    const highlight = ippDistributionHighlighter(rows, compact(lang));
    for (const r of rows) expect(highlight(r.kode_instansi)).toEqual(ippDistribution(rows, { ...compact(lang), highlight: r.kode_instansi }));
  });

  it("keeps working on a subset and with a custom id", () => {
    const subset = rows.filter((r) => r.tingkat === "kabupaten" || r.tingkat === "kota");
    const o = { ...compact("id"), id: "sebaran-kabkota" };
    const highlight = ippDistributionHighlighter(subset, o);
    const last = subset.at(-1)!.kode_instansi;
    expect(highlight(last)).toEqual(ippDistribution(subset, { ...o, highlight: last }));
  });

  it("highlights one dot only, whichever was asked for before", () => {
    const highlight = ippDistributionHighlighter(rows, compact("id"));
    highlight("34.04");
    const doc = parseSvg(highlight("35.78").svg);
    expect(Array.from(doc.querySelectorAll("[data-highlight]"), (d) => d.getAttribute("data-kode"))).toEqual(["35.78"]);
    expect(doc.querySelectorAll("g.highlight circle")).toHaveLength(1);
  });

  it("refuses an unknown instansi, an empty set and pretty output", () => {
    expect(() => ippDistributionHighlighter(rows, compact("id"))("99.99")).toThrow(/tidak ada/);
    expect(() => ippDistributionHighlighter([], compact("id"))).toThrow(/tidak ada instansi/);
    expect(() => ippDistributionHighlighter(rows, options("id"))).toThrow(/pretty/);
  });

  it("is much cheaper per instansi than drawing the chart", () => {
    const many = Array.from({ length: 20 }, (_, k) => rows.map((r) => ({ ...r, kode_instansi: `${r.kode_instansi}-${k}` }))).flat();
    const highlight = ippDistributionHighlighter(many, compact("id"));
    const t0 = performance.now();
    for (const r of many.slice(0, 50)) highlight(r.kode_instansi);
    const cheap = (performance.now() - t0) / 50;
    const t1 = performance.now();
    for (const r of many.slice(0, 3)) ippDistribution(many, { ...compact("id"), highlight: r.kode_instansi });
    const full = (performance.now() - t1) / 3;
    expect(cheap * 5).toBeLessThan(full);
  });
});
