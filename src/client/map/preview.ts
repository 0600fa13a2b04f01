// The tap preview every map shares (the live map of /peta/, the drawn maps of
// the home and province pages): on a touch screen a first tap on a region
// shows its name, its predikat as a chip (the letter on its colour: a second
// cue beside the colour, so A and A- are told apart on a small screen) and a
// link in a panel below the map; a second tap on the same region, or the
// link, opens its page. A mouse click or Enter opens at once. Escape, or a
// tap outside any region, closes the panel.
import { predikatClass } from "../../lib/view/predikatClass.ts";

export interface RegionPreview {
  /** Name shown in bold. */
  readonly name: string;
  /** The predikat, or null (not evaluated). */
  readonly predikat: string | null;
  /** The rest of the line: label, IPP, published figure. */
  readonly detail: string;
  /** The region's page, or null (no link). */
  readonly href: string | null;
}

export interface TapPreview {
  /** True when a click on region `code` should preview it rather than leave: a touch tap not yet previewed. */
  wantsPreview(code: string): boolean;
  open(code: string, region: RegionPreview): void;
  close(): void;
}

/** The letter on its colour, as the legend shows it. */
export function gradeChip(predikat: string | null): HTMLElement {
  const chip = document.createElement("span");
  chip.className = `grade-chip ${predikatClass(predikat)}`;
  chip.setAttribute("aria-hidden", "true");
  chip.textContent = predikat ?? "–";
  return chip;
}

/** The content of a preview or tooltip: chip, name, then the detail on its own line. */
export function previewContent(r: Omit<RegionPreview, "href">): HTMLElement {
  const box = document.createElement("div");
  const name = document.createElement("strong");
  name.textContent = r.name;
  box.append(gradeChip(r.predikat), " ", name, document.createElement("br"), r.detail);
  return box;
}

/**
 * Wires the preview to a map: `frame` is where taps happen, `panel` the
 * element it fills (hidden when closed), `openLabel` the link's text.
 */
export function tapPreview(frame: HTMLElement, panel: HTMLElement, openLabel: string): TapPreview {
  let lastPointer = "mouse";
  let armed: string | null = null;
  frame.addEventListener("pointerdown", (e) => (lastPointer = e.pointerType || "mouse"), {
    capture: true,
    passive: true,
  });
  const close = () => {
    armed = null;
    panel.hidden = true;
    frame.querySelector(".is-previewed")?.classList.remove("is-previewed");
  };
  document.addEventListener("keydown", (e) => {
    if (e.key === "Escape" && !panel.hidden) close();
  });
  return {
    wantsPreview: (code) => lastPointer === "touch" && armed !== code,
    open(code, region) {
      const box = previewContent(region);
      if (region.href) {
        const a = document.createElement("a");
        a.href = region.href;
        a.textContent = openLabel;
        box.append(" ", a);
      }
      armed = code;
      panel.replaceChildren(box);
      panel.hidden = false;
    },
    close,
  };
}
