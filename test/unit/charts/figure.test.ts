import { describe, expect, it } from "vitest";
import { figureHtml, predikatDistribution } from "../../../src/charts/index.ts";
import type { ChartResult } from "../../../src/charts/types.ts";
import { htmlDocument, options, summary2024 } from "./support.ts";

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
});
