import { describe, expect, it } from "vitest";
import { ippDistribution } from "../../../src/charts/index.ts";
import { ippDistributionHighlighter, ippDistributionLayers } from "../../../src/charts/ippHighlight.ts";
import { LANGS, options, parseSvg, year2024 } from "./support.ts";

const rows = year2024.instansi;
const compact = (lang: "id" | "en") => options(lang, { pretty: false });

describe("ippDistributionHighlighter", () => {
  it.each(LANGS)("gives exactly the builder's result for every instansi (%s)", (lang) => {
    const highlight = ippDistributionHighlighter(rows, compact(lang));
    for (const r of rows)
      expect(highlight(r.kode_instansi)).toEqual(
        ippDistribution(rows, { ...compact(lang), highlight: r.kode_instansi }),
      );
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
});

describe("ippDistributionLayers: a shared base image and a per-page overlay", () => {
  const layers = ippDistributionLayers(rows, compact("id"));
  const viewBox = (svg: string) => parseSvg(svg).documentElement.getAttribute("viewBox");

  it("draws every dot in the base, none highlighted, with the description that names no one", () => {
    const base = parseSvg(layers.base);
    expect(base.querySelectorAll(".mark[data-kode]")).toHaveLength(rows.length);
    expect(base.querySelectorAll("[data-highlight], g.highlight")).toHaveLength(0);
    const desc = base.querySelector("desc")!.textContent!;
    const full = layers.chart("34.04").description;
    expect(full.startsWith(`${desc} `)).toBe(true);
    expect(full.length).toBeGreaterThan(desc.length + 10);
  });

  it("puts only this instansi's ring and label in the overlay, on the base's viewBox and with its own title and description", () => {
    const overlay = parseSvg(layers.overlay("34.04"));
    const full = layers.chart("34.04");
    expect(viewBox(layers.overlay("34.04"))).toBe(viewBox(layers.base));
    expect(overlay.querySelectorAll(".mark[data-kode]")).toHaveLength(0);
    expect(overlay.querySelectorAll("g.highlight circle")).toHaveLength(1);
    expect(overlay.querySelector("desc")!.textContent).toBe(full.description);
    expect(overlay.querySelector("title")!.textContent).toBe(full.title);
    expect(overlay.documentElement.getAttribute("class")).toContain("ipp-chart--overlay");
  });

  it("adds up to the full chart: base plus overlay hold the same marks as the highlighted chart", () => {
    const full = parseSvg(layers.chart("35.78").svg);
    const parts = [parseSvg(layers.base), parseSvg(layers.overlay("35.78"))];
    const count = (docs: Document[], sel: string) => docs.reduce((n, d) => n + d.querySelectorAll(sel).length, 0);
    for (const sel of ["circle", "line", "text", "rect"]) expect(count(parts, sel)).toBe(count([full], sel));
  });
});
