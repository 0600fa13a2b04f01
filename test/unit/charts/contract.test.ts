import { describe, expect, it } from "vitest";
import { FONT, predikatDistribution, VARIANTS } from "../../../src/charts/index.ts";
import { textWidth } from "../../../src/charts/text.ts";
import { CASES } from "./cases.ts";
import { LANGS, options, parseSvg, summary2024 } from "./support.ts";

/** What every builder promises (src/charts/README.md), checked on every case and language. */
/** The font size a text element is drawn at: its own attribute or the nearest ancestor's. */
function fontSizeOf(el: Element): number {
  for (let e: Element | null = el; e; e = e.parentElement) {
    const v = e.getAttribute("font-size");
    if (v !== null) return Number(v);
  }
  return 16; // the CSS default, which no chart relies on
}

/**
 * Every variant is only shown at least as wide as it is drawn (layout/sizes.ts),
 * so text drawn at FONT.min units or more never renders below FONT.min CSS px.
 */
describe.each(Object.entries(CASES))("%s keeps chart text at 11 px or more", (_name, build) => {
  it.each(VARIANTS.map((v) => v.width))("at %i units", (width) => {
    const doc = parseSvg(build("en", width).svg);
    const texts = Array.from(doc.querySelectorAll("text"));
    expect(texts.length).toBeGreaterThan(0);
    for (const t of texts) expect(fontSizeOf(t), t.textContent ?? "").toBeGreaterThanOrEqual(FONT.min);
  });
  it("stays inside its width at phone width (no label or legend line longer than the chart)", () => {
    const c = build("id", VARIANTS[0]!.width);
    const doc = parseSvg(c.svg);
    // Legend lines are laid out with textWidth; every line's estimate fits.
    for (const t of Array.from(doc.querySelectorAll(".legend text, .legend tspan")))
      if (!t.querySelector("tspan"))
        expect((t.textContent ?? "").length * FONT.min * 0.6, t.textContent ?? "").toBeLessThanOrEqual(c.width);
  });
});

/** An attribute of the element or its nearest ancestor that has it. */
function inherited(el: Element, name: string): string | null {
  for (let e: Element | null = el; e; e = e.parentElement) if (e.hasAttribute(name)) return e.getAttribute(name);
  return null;
}

/**
 * A fluid chart is one drawing for every width (render/fluid.ts): at the
 * narrowest, 300 px, every text stays inside the chart. Its x is a share of
 * the width or px, plus dx; its extent follows its anchor.
 */
describe.each(Object.entries(CASES).filter(([, build]) => build("id").fluid))("%s, fluid", (_name, build) => {
  it.each(LANGS)("keeps every text inside 300 px (%s)", (lang) => {
    const doc = parseSvg(build(lang).svg);
    const W = VARIANTS[0]!.width;
    const texts = Array.from(doc.querySelectorAll("text, tspan")).filter((t) => !t.querySelector("tspan"));
    expect(texts.length).toBeGreaterThan(5);
    for (const t of texts) {
      // The legend is laid out in px from its own origin (it wraps for 300 px): checked by the builder contract.
      if (t.closest(".legend")) continue;
      const xAttr = t.getAttribute("x") ?? t.parentElement?.getAttribute("x") ?? "0";
      const x =
        (xAttr.endsWith("%") ? (parseFloat(xAttr) / 100) * W : Number(xAttr)) + Number(t.getAttribute("dx") ?? 0);
      const w = textWidth(t.textContent ?? "", fontSizeOf(t));
      const anchor = inherited(t, "text-anchor") ?? "start";
      const left = anchor === "start" ? x : anchor === "middle" ? x - w / 2 : x - w;
      expect(left, t.textContent ?? "").toBeGreaterThanOrEqual(-1);
      expect(left + w, t.textContent ?? "").toBeLessThanOrEqual(W + 1);
    }
  });
});

describe.each(Object.entries(CASES))("%s keeps the builder contract", (_name, build) => {
  describe.each(LANGS)("%s", (lang) => {
    const c = build(lang);
    const doc = parseSvg(c.svg);
    const root = doc.documentElement;

    it("is an accessible image labelled by its own title and description", () => {
      expect(root.getAttribute("role")).toBe("img");
      expect(root.getAttribute("lang")).toBe(lang);
      const title = doc.getElementById(root.getAttribute("aria-labelledby")!);
      const desc = doc.getElementById(root.getAttribute("aria-describedby")!);
      expect(title?.localName).toBe("title");
      expect(desc?.localName).toBe("desc");
      expect(title?.textContent).toBe(c.title);
      expect(desc?.textContent).toBe(c.description);
      expect(c.title.length).toBeGreaterThan(5);
      expect(c.description).toMatch(/\.$/);
    });

    it("scales with its container, or is fluid: no viewBox, its height in px", () => {
      expect(root.getAttribute("width")).toBe("100%");
      if (c.fluid) {
        expect(root.hasAttribute("viewBox")).toBe(false);
        expect(root.hasAttribute("data-fluid")).toBe(true);
        expect(root.getAttribute("height")).toBe(String(c.height));
      } else {
        expect(root.getAttribute("viewBox")).toBe(`0 0 ${c.width} ${c.height}`);
        expect(root.hasAttribute("height")).toBe(false);
      }
    });

    it("is deterministic: no Plot class names, styles, float noise or stray values", () => {
      expect(c.svg).not.toMatch(/plot-[0-9a-f]{6}|plot-clip-|<style/);
      expect(c.svg).not.toMatch(/NaN|undefined|Infinity|\[object/);
      expect(c.svg).not.toMatch(/\d\.\d{3,}/);
    });

    it("prefixes every id with the chart id, once each", () => {
      const ids = Array.from(doc.querySelectorAll("[id]")).map((e) => e.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of ids) expect(id.startsWith(`${c.id}-`)).toBe(true);
      for (const ref of c.svg.matchAll(/url\(#([^)]+)\)/g)) expect(ids).toContain(ref[1]);
    });

    it("gives every mark data attributes and a native tooltip", () => {
      const marks = Array.from(doc.querySelectorAll(".mark"));
      expect(marks.length).toBeGreaterThan(0);
      for (const m of marks) {
        expect(m.querySelector("title")?.textContent).toBeTruthy();
        expect(Array.from(m.attributes).some((a) => a.name.startsWith("data-"))).toBe(true);
      }
    });

    it("has a table with a caption and full rows", () => {
      expect(c.table.caption).toBeTruthy();
      expect(c.table.rows.length).toBeGreaterThan(0);
      for (const row of c.table.rows) expect(row).toHaveLength(c.table.columns.length);
      expect(new Set(c.table.columns.map((k) => k.key)).size).toBe(c.table.columns.length);
    });

    it("writes the source line in its language and says the data is a sample", () => {
      expect(c.source).toMatch(lang === "id" ? /^Sumber: data sampel/ : /^Source: made-up sample data/);
    });

    it("pretty output differs from compact output by whitespace between tags only", () => {
      expect(c.svg.replace(/>\s+</g, "><").trim()).toBe(c.svg.trim().replace(/>\s+</g, "><"));
    });
  });
});

describe("options shared by all builders", () => {
  it("compact output is the pretty output without the indentation", () => {
    const pretty = predikatDistribution(summary2024, options("id"));
    const compact = predikatDistribution(summary2024, { ...options("id"), pretty: false });
    expect(compact.svg).not.toMatch(/>\s+</);
    expect(compact.svg).toBe(pretty.svg.replace(/>\s+</g, "><").trim());
  });

  it("takes an id prefix so two charts can share a page", () => {
    const c = predikatDistribution(summary2024, { ...options("id"), id: "grafik-2" });
    expect(c.svg).toContain('aria-labelledby="grafik-2-title"');
    expect(c.svg).toContain("url(#grafik-2-arsir)");
    expect(() => predikatDistribution(summary2024, { ...options("id"), id: "2 bad" })).toThrow(/id grafik/);
  });

  it("names the official source when the data is official", () => {
    const c = predikatDistribution(summary2024, {
      ...options("id"),
      status: "official",
      sumber: "Laporan PEKPPP 2024",
    });
    expect(c.source).toBe("Sumber: Kementerian PANRB, PEKPPP 2024 (Laporan PEKPPP 2024); diolah Dasbor IPP.");
  });

  it("honours the width", () => {
    const c = predikatDistribution(summary2024, { ...options("en"), width: 360 });
    expect(c.width).toBe(360);
    expect(c.svg).toContain('viewBox="0 0 360 ');
    expect(() => predikatDistribution(summary2024, { ...options("en"), width: 100 })).toThrow(RangeError);
  });
});
