/**
 * What the hostile-input test looks for in a page the browser has loaded:
 * signs that a name from the data ran as code or became markup, data blocks
 * that no longer parse, SVG titles that grew elements, and anything wider
 * than the viewport. Runs in the page; returns plain findings.
 */
import type { Page } from "playwright-core";

export interface PageFindings {
  /** Anything set by the fixture's payloads (they all write window.__pwned). */
  readonly pwned: unknown;
  /** Elements the payloads would create if they became markup. */
  readonly injected: string[];
  /** `<script type="application/json">` and JSON-LD blocks that do not parse. */
  readonly brokenJson: string[];
  /** SVG <title>s with element children (markup where text belongs). */
  readonly svgTitlesWithMarkup: number;
  /** Page wider than the viewport, and the outermost elements sticking out. */
  readonly overflow: { readonly scrollWidth: number; readonly viewport: number; readonly culprits: string[] };
}

declare global {
  interface Window {
    __pwned?: unknown;
  }
}

export function inspectPage(page: Page): Promise<PageFindings> {
  return page.evaluate(() => {
    const describe = (el: Element) => `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}${el.className && typeof el.className === "string" ? `.${el.className.trim().split(/\s+/).join(".")}` : ""}> ${(el.textContent ?? "").trim().slice(0, 50)}`;
    const injected: string[] = [];
    for (const el of document.querySelectorAll("*")) {
      for (const a of el.getAttributeNames()) if (/^on/i.test(a)) injected.push(`${describe(el)} has ${a}=`);
      if (el.tagName === "IMG" && el.getAttribute("src") === "x") injected.push(`${describe(el)}: <img src=x>`);
      if (el.tagName === "B" && el.textContent === "tebal") injected.push(`${describe(el)}: <b> from a name`);
      if (el.tagName === "SCRIPT" && /__pwned|alert\(/.test(el.textContent ?? "") && !["application/json", "application/ld+json"].includes(el.getAttribute("type") ?? "")) injected.push(`a <script> running a payload: ${(el.textContent ?? "").slice(0, 60)}`);
    }
    const brokenJson: string[] = [];
    for (const s of document.querySelectorAll('script[type="application/json"], script[type="application/ld+json"]'))
      try {
        JSON.parse(s.textContent ?? "");
      } catch (e) {
        brokenJson.push(`${s.id || "(no id)"}: ${(e as Error).message}`);
      }
    const svgTitlesWithMarkup = [...document.querySelectorAll("svg title")].filter((t) => t.childElementCount > 0).length;
    const viewport = document.documentElement.clientWidth;
    const culprits: string[] = [];
    const walk = (el: Element) => {
      const style = getComputedStyle(el);
      if (style.display === "none" || style.position === "fixed") return;
      if (el.getBoundingClientRect().right > viewport + 1) {
        culprits.push(describe(el));
        return; // report the outermost element only
      }
      // An element that scrolls on its own (a wide table in .table-scroll) does not widen the page.
      if (style.overflowX === "auto" || style.overflowX === "scroll" || style.overflowX === "hidden") return;
      const before = culprits.length;
      for (const c of el.children) walk(c);
      // No child box sticks out, yet the content does: unbreakable text inside this box.
      if (culprits.length === before && el.scrollWidth > el.clientWidth + 1 && el.getBoundingClientRect().left + el.scrollWidth > viewport + 1) culprits.push(`${describe(el)} (text wider than its box)`);
    };
    for (const c of document.body.children) walk(c);
    return {
      pwned: window.__pwned,
      injected,
      brokenJson,
      svgTitlesWithMarkup,
      overflow: { scrollWidth: document.documentElement.scrollWidth, viewport, culprits: culprits.slice(0, 8) },
    };
  });
}
