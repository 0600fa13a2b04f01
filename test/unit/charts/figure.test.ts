import { describe, expect, it } from "vitest";
import { chartSet, figureHtml, ippDistribution, predikatDistribution, VARIANTS } from "../../../src/charts/index.ts";
import { leanMarks } from "../../../src/charts/figure.ts";
import type { ChartResult } from "../../../src/charts/types.ts";
import { htmlDocument, options, summary2024, manyRows } from "./support.ts";

describe("figureHtml", () => {
  const chart = predikatDistribution(summary2024, options("id"));
  const doc = htmlDocument(figureHtml(chart));

  it("wraps caption, SVG, source and data table", () => {
    const fig = doc.querySelector("figure.chart--predikatDistribution")!;
    expect(fig.querySelector("figcaption")?.textContent).toBe(chart.title);
    expect(fig.querySelector("svg[role=img]")).not.toBeNull();
    expect(fig.querySelector(".chart-source")?.textContent).toBe(chart.source);
    expect(fig.querySelector("details summary")?.textContent).toBe("Data grafik (tabel)");
    expect(fig.querySelectorAll("tbody tr")).toHaveLength(chart.table.rows.length);
    expect(fig.querySelector("tbody th[scope=row]")?.textContent).toBe("Provinsi");
    expect(fig.querySelector("thead th.align-right")).not.toBeNull();
  });

  it("escapes text", () => {
    const evil: ChartResult = {
      ...chart,
      title: "<script>x</script>",
      table: { ...chart.table, rows: [["a & b", ...chart.table.rows[0]!.slice(1)]] },
    };
    const html = figureHtml(evil);
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;");
    expect(html).toContain("a &amp; b");
  });

  it("can open the table", () => {
    expect(figureHtml(chart, { tableOpen: true })).toContain('<details class="chart-data" open>');
  });

  it("puts the table in a scrolling region a keyboard reaches, named by its caption", () => {
    const region = doc.querySelector(".table-scroll")!;
    expect(region.getAttribute("role")).toBe("region");
    expect(region.getAttribute("tabindex")).toBe("0");
    expect(doc.getElementById(region.getAttribute("aria-labelledby")!)?.textContent).toBe(chart.table.caption);
  });
});

describe("figureHtml of a chart set", () => {
  const set = chartSet({ ...options("id"), id: "sebaran" }, (o) => predikatDistribution(summary2024, o));
  const doc = htmlDocument(figureHtml(set));

  it("holds one drawing per width variant, each with its own ids, and one table", () => {
    const boxes = Array.from(doc.querySelectorAll(".chart-variant"));
    expect(boxes.map((b) => b.className)).toEqual(VARIANTS.map((v) => `chart-variant chart-variant--${v.name}`));
    const widths = boxes.map((b) => b.querySelector("svg")!.getAttribute("viewBox")!.split(" ")[2]);
    expect(widths).toEqual(VARIANTS.map((v) => String(v.width)));
    const ids = Array.from(doc.querySelectorAll("[id]")).map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(doc.querySelector("figure")!.id).toBe("sebaran-figure");
    expect(doc.querySelectorAll("table")).toHaveLength(1);
  });

  it("shows shared images through a <picture> choosing by viewport width, with an overlay per variant", () => {
    const layers = VARIANTS.map((v) => ({ src: `/g-${v.name}.svg`, overlay: `<svg class="o-${v.name}"></svg>` }));
    const d = htmlDocument(figureHtml(set, { layers }));
    const sources = Array.from(d.querySelectorAll("picture source"));
    expect(sources.map((x) => [x.getAttribute("srcset"), x.getAttribute("media")])).toEqual([
      ["/g-s.svg", "(max-width: 551.98px)"],
      ["/g-m.svg", "(max-width: 871.98px)"],
    ]);
    expect(d.querySelector("picture img")!.getAttribute("src")).toBe("/g-l.svg");
    expect(d.querySelectorAll(".chart-layer svg")).toHaveLength(3);
    expect(() => figureHtml(set, { layers: layers.slice(1) })).toThrow(/lapisan/);
  });

  it("gives the overlays after the first the first's title and description by reference when they say the same", () => {
    const overlay = (v: string, desc: string) =>
      `<svg aria-labelledby="o-${v}-title" aria-describedby="o-${v}-desc" role="img"><title id="o-${v}-title">Posisi</title><desc id="o-${v}-desc">${desc}</desc><circle/></svg>`;
    const layers = VARIANTS.map((v) => ({ src: `/g-${v.name}.svg`, overlay: overlay(v.name, "Sama.") }));
    const d = htmlDocument(figureHtml(set, { layers }));
    const svgs = Array.from(d.querySelectorAll(".chart-layer svg"));
    expect(svgs.map((x) => [x.getAttribute("aria-labelledby"), x.getAttribute("aria-describedby")])).toEqual(
      VARIANTS.map(() => ["o-s-title", "o-s-desc"]),
    );
    expect(d.querySelectorAll("title, desc")).toHaveLength(2);
    expect(d.getElementById("o-s-desc")!.textContent).toBe("Sama.");
    // Words of its own stay its own.
    const differ = VARIANTS.map((v, i) => ({
      src: `/g-${v.name}.svg`,
      overlay: overlay(v.name, i === 2 ? "Lain." : "Sama."),
    }));
    const e = htmlDocument(figureHtml(set, { layers: differ }));
    expect(e.querySelector(".chart-layer--l svg")!.getAttribute("aria-describedby")).toBe("o-l-desc");
    expect(e.getElementById("o-l-desc")!.textContent).toBe("Lain.");
  });
});

describe("figureHtml of a chart set with many marks", () => {
  const rows = manyRows();
  const set = chartSet({ ...options("id"), id: "sebaran-ipp" }, (o) => ippDistribution(rows, o));
  const html = figureHtml(set);
  const doc = htmlDocument(html);
  const variant = (name: string) => doc.querySelector(`.chart-variant--${name} svg`)!;

  it("carries each mark's title and data once, in the widest variant; the narrower ones keep the drawing", () => {
    expect(rows.length).toBeGreaterThan(40);
    const widest = variant("l").querySelectorAll(".mark");
    expect(widest).toHaveLength(rows.length);
    expect(variant("l").querySelectorAll(".mark > title")).toHaveLength(rows.length);
    for (const name of ["s", "m"]) {
      const lean = Array.from(variant(name).querySelectorAll(".mark"));
      expect(lean).toHaveLength(rows.length);
      expect(variant(name).querySelectorAll(".mark > title")).toHaveLength(0);
      expect(lean.every((m) => m.hasAttribute("data-shared") && !m.hasAttribute("data-kode"))).toBe(true);
      expect(lean.every((m) => m.getAttribute("cx") !== null && m.getAttribute("fill") !== null)).toBe(true);
    }
    // As the site draws them (compact), a narrow variant is well under half of its whole drawing.
    const compact = chartSet({ ...options("id"), id: "c", pretty: false }, (o) => ippDistribution(rows, o));
    const [s, , l] = compact.variants.map((v) => v.chart.svg);
    expect(leanMarks(s!, l!).length).toBeLessThan(s!.length * 0.5);
  });

  it("leaves a variant whole when its marks are not the widest's, in order", () => {
    const l = set.variants.at(-1)!.chart.svg;
    const s = set.variants[0]!.chart.svg;
    expect(leanMarks(s, l)).not.toBe(s);
    const shuffled = l.replace(/<title>[^<]*<\/title>/, "<title>x</title>");
    expect(leanMarks(s, shuffled)).toBe(s);
    // A chart with few marks keeps its own titles (each mark a tab stop there).
    const few = chartSet({ ...options("id"), id: "d" }, (o) => predikatDistribution(summary2024, o));
    expect(figureHtml(few)).not.toContain("data-shared");
  });
});
