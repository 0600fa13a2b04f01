// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { enhanceTooltips } from "../../../src/client/tooltip.ts";
import { provincesCompared } from "../../../src/charts/provincesCompared.ts";
import { options, summary2024, manyRows } from "./support.ts";
import { chartSet, figureHtml, ippDistribution } from "../../../src/charts/index.ts";

describe("client tooltip", () => {
  it("gives a mark a name and role only when the keyboard can reach it (axe: no aria-label without a role)", () => {
    document.body.innerHTML = provincesCompared(summary2024.per_provinsi, options("id")).svg;
    const cleanup = enhanceTooltips({ focusable: false });
    const mark = document.querySelector('.mark[data-kode="34"]')!;
    expect(mark.getAttribute("data-tip")).toContain("Daerah Istimewa Yogyakarta");
    // The chart is then one tab stop instead.
    expect(document.querySelector("svg.ipp-chart")!.getAttribute("tabindex")).toBe("0");
    expect([mark.getAttribute("aria-label"), mark.getAttribute("role"), mark.getAttribute("tabindex")]).toEqual([
      null,
      null,
      null,
    ]);
    cleanup();
  });

  it("turns mark titles into one accessible tooltip, shown on hover and focus, closed by Escape", () => {
    document.body.innerHTML = provincesCompared(summary2024.per_provinsi, options("id")).svg;
    const cleanup = enhanceTooltips({ focusable: true });
    const mark = document.querySelector('.mark[data-kode="34"]')!;
    const tip = document.querySelector<HTMLElement>("[role=tooltip]")!;

    expect(mark.querySelector("title")).toBeNull(); // no double tooltip
    expect(mark.getAttribute("data-tip")).toBe("Daerah Istimewa Yogyakarta\nIPP 4,50 · A- — Sangat Baik (4,01–4,50)");
    expect(mark.getAttribute("aria-label")).toBe("Daerah Istimewa Yogyakarta, IPP 4,50 · A- — Sangat Baik (4,01–4,50)");
    expect(mark.getAttribute("tabindex")).toBe("0");
    expect(tip.hidden).toBe(true);

    mark.dispatchEvent(new MouseEvent("pointermove", { bubbles: true, clientX: 10, clientY: 50 }));
    expect(tip.hidden).toBe(false);
    expect(tip.textContent).toContain("Daerah Istimewa Yogyakarta");

    document.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape" }));
    expect(tip.hidden).toBe(true);

    mark.dispatchEvent(new FocusEvent("focusin", { bubbles: true }));
    expect(tip.hidden).toBe(false);
    mark.dispatchEvent(new FocusEvent("focusout", { bubbles: true }));
    expect(tip.hidden).toBe(true);

    cleanup();
    expect(document.querySelector("[role=tooltip]")).toBeNull();
    mark.dispatchEvent(new MouseEvent("pointermove", { bubbles: true }));
  });

  const pointer = (type: string, target: Element, pointerType: string, x = 10, y = 200) => {
    const e = new MouseEvent(type, { bubbles: true, clientX: x, clientY: y });
    Object.defineProperty(e, "pointerType", { value: pointerType });
    target.dispatchEvent(e);
  };

  it("opens by a tap, above the finger, stays while the finger lifts, and closes on a tap elsewhere", () => {
    document.body.innerHTML = `<p id="elsewhere">x</p>${provincesCompared(summary2024.per_provinsi, options("id")).svg}`;
    const cleanup = enhanceTooltips();
    const mark = document.querySelector('.mark[data-kode="34"]')!;
    const tip = document.querySelector<HTMLElement>("[role=tooltip]")!;
    pointer("pointerdown", mark, "touch");
    pointer("click", mark, "touch");
    expect(tip.hidden).toBe(false);
    expect(tip.textContent).toContain("Daerah Istimewa Yogyakarta");
    // jsdom lays nothing out (height 0): the tooltip's top is the finger's y less the finger gap.
    expect(parseFloat(tip.style.top)).toBeLessThanOrEqual(200 - 44);
    expect(mark.classList.contains("is-active")).toBe(true);
    // A touch "move" (the emulated pointer events after a tap) does not close it.
    pointer("pointermove", document.body, "touch");
    expect(tip.hidden).toBe(false);
    const elsewhere = document.getElementById("elsewhere")!;
    pointer("pointerdown", elsewhere, "touch");
    pointer("click", elsewhere, "touch");
    expect(tip.hidden).toBe(true);
    expect(mark.classList.contains("is-active")).toBe(false);
    pointer("click", mark, "touch");
    expect(tip.hidden).toBe(false);
    document.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape" }));
    expect(tip.hidden).toBe(true);
    cleanup();
  });

  it("steps through the marks of a chart with many marks by arrow keys", () => {
    document.body.innerHTML = provincesCompared(summary2024.per_provinsi, options("id")).svg;
    const cleanup = enhanceTooltips({ focusable: false });
    const svg = document.querySelector("svg.ipp-chart")!;
    const tip = document.querySelector<HTMLElement>("[role=tooltip]")!;
    const marks = Array.from(svg.querySelectorAll("[data-tip]"));
    svg.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowRight", bubbles: true }));
    expect(tip.textContent).toBe(marks[0]!.getAttribute("data-tip"));
    svg.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowRight", bubbles: true }));
    expect(tip.textContent).toBe(marks[1]!.getAttribute("data-tip"));
    svg.dispatchEvent(new KeyboardEvent("keydown", { key: "End", bubbles: true }));
    expect(tip.textContent).toBe(marks.at(-1)!.getAttribute("data-tip"));
    document.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape" }));
    expect(tip.hidden).toBe(true);
    cleanup();
  });
});

describe("client tooltip on a chart set", () => {
  it("gives the marks of a narrow variant the titles of the widest variant's marks, by index", () => {
    const set = chartSet({ ...options("id"), id: "sebaran-ipp" }, (o) => ippDistribution(manyRows(), o));
    document.body.innerHTML = figureHtml(set);
    expect(document.querySelectorAll(".chart-variant--s .mark > title")).toHaveLength(0);
    const cleanup = enhanceTooltips();
    const lean = Array.from(document.querySelectorAll(".chart-variant--s .mark"));
    const widest = Array.from(document.querySelectorAll(".chart-variant--l .mark"));
    expect(lean.length).toBe(widest.length);
    expect(lean.map((m) => m.getAttribute("data-tip"))).toEqual(widest.map((m) => m.getAttribute("data-tip")));
    expect(lean[0]!.getAttribute("data-tip")).toContain("IPP");
    cleanup();
  });
});
