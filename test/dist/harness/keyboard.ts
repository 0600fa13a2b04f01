/**
 * Keyboard-only movement through a page: Tab (or Shift+Tab) until the
 * focused element matches a selector, and a description of the focused
 * element including whether its focus can be seen (an outline or a box
 * shadow that is there only while focused).
 */
import type { Page } from "playwright-core";

export interface Focused {
  readonly description: string;
  /** Whether the element matches the selector asked for. */
  readonly matches: boolean;
  /** A focus ring the reader can see: outline or box-shadow, drawn while focused. */
  readonly ringVisible: boolean;
  readonly onScreen: boolean;
}

export async function focused(page: Page, selector = "*"): Promise<Focused> {
  return page.evaluate((sel) => {
    const el = document.activeElement;
    if (!el || el === document.body) return { description: "<body>", matches: false, ringVisible: false, onScreen: false };
    const cs = getComputedStyle(el);
    const outline = cs.outlineStyle !== "none" && parseFloat(cs.outlineWidth) >= 1;
    const shadow = cs.boxShadow !== "none";
    const r = el.getBoundingClientRect();
    const text = (el.getAttribute("aria-label") ?? el.textContent ?? "").trim().replace(/\s+/g, " ").slice(0, 60);
    const href = el.getAttribute("href");
    return {
      description: `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}${href ? ` href=${href}` : ""}> ${text}`,
      matches: el.matches(sel),
      ringVisible: outline || shadow,
      onScreen: r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth,
    };
  }, selector);
}

/** Presses Tab until the focus is on `selector`; throws with the path walked when it never gets there. */
export async function tabTo(page: Page, selector: string, options: { max?: number; backwards?: boolean } = {}): Promise<Focused> {
  const walked: string[] = [];
  for (let i = 0; i < (options.max ?? 60); i++) {
    await page.keyboard.press(options.backwards ? "Shift+Tab" : "Tab");
    const f = await focused(page, selector);
    if (f.matches) return f;
    walked.push(f.description);
  }
  throw new Error(`focus never reached ${selector} after ${walked.length} ${options.backwards ? "Shift+Tab" : "Tab"} presses; it went:\n${walked.join("\n")}`);
}
