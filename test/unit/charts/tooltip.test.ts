// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { enhanceTooltips } from "../../../src/client/tooltip.ts";
import { provincesCompared } from "../../../src/charts/provincesCompared.ts";
import { options, summary2024 } from "./support.ts";

describe("client tooltip", () => {
  it("gives a mark a name and role only when the keyboard can reach it (axe: no aria-label without a role)", () => {
    document.body.innerHTML = provincesCompared(summary2024.per_provinsi, options("id")).svg;
    const cleanup = enhanceTooltips();
    const mark = document.querySelector('.mark[data-kode="34"]')!;
    expect(mark.getAttribute("data-tip")).toContain("Daerah Istimewa Yogyakarta");
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
});
