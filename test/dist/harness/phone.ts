/**
 * Checks of how a page lays out at a given width, run inside the page:
 * horizontal overflow, and chart text rendered below a size (in inline SVG
 * charts and in SVG images, whose files are fetched and measured at the
 * scale they are shown).
 */
import type { Page } from "playwright-core";

/** Elements sticking out past the right edge of the viewport (none when the page does not scroll sideways). */
export async function horizontalOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const doc = document.documentElement;
    if (doc.scrollWidth <= doc.clientWidth) return [];
    const out: string[] = [`page is ${doc.scrollWidth} px wide in a ${doc.clientWidth} px viewport`];
    for (const el of Array.from(document.body.querySelectorAll("*"))) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.right <= doc.clientWidth + 1) continue;
      // Inside a scrolling box it is fine: the box scrolls, the page does not.
      let p = el.parentElement;
      let scrolls = false;
      for (; p && p !== document.body; p = p.parentElement)
        if (/(auto|scroll|hidden|clip)/.test(getComputedStyle(p).overflowX)) scrolls = true;
      if (!scrolls) out.push(`${el.tagName.toLowerCase()}.${el.className} right edge at ${Math.round(r.right)} px`);
      if (out.length > 8) break;
    }
    return out;
  });
}

export interface SmallText {
  readonly where: string;
  readonly text: string;
  readonly px: number;
}

/**
 * Every visible chart text under `min` CSS px: inline `svg.ipp-chart` text by
 * its computed size times the SVG's scale, and the text of SVG images
 * (`img` with an .svg source) by the font-size attributes in the file times
 * the image's scale.
 */
export async function smallChartText(page: Page, min = 11): Promise<{ small: SmallText[]; measured: number }> {
  return page.evaluate(async (min) => {
    const small: { where: string; text: string; px: number }[] = [];
    let measured = 0;
    const scaleOf = (w: number, viewBox: string | null) => {
      const vb = (viewBox ?? "").split(/[\s,]+/).map(Number);
      return vb.length === 4 && vb[2]! > 0 ? w / vb[2]! : 1;
    };
    for (const svg of Array.from(document.querySelectorAll<SVGSVGElement>("svg.ipp-chart"))) {
      const box = svg.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue; // a variant for another width, not shown
      const scale = scaleOf(box.width, svg.getAttribute("viewBox"));
      for (const t of Array.from(svg.querySelectorAll("text"))) {
        if (!t.textContent?.trim() || t.getBoundingClientRect().width === 0) continue;
        measured++;
        const px = parseFloat(getComputedStyle(t).fontSize) * scale;
        if (px < min - 0.05) small.push({ where: svg.closest("figure")?.id ?? "svg", text: t.textContent, px });
      }
    }
    const fontSize = (el: Element | null): number => {
      for (let e = el; e; e = e.parentElement) {
        const v = e.getAttribute("font-size");
        if (v) return parseFloat(v);
      }
      return 16;
    };
    for (const img of Array.from(document.images)) {
      const src = img.currentSrc || img.src;
      if (!/\.svg(\?|$)/.test(src) || img.getBoundingClientRect().width === 0) continue;
      const doc = new DOMParser().parseFromString(await (await fetch(src)).text(), "image/svg+xml");
      const scale = scaleOf(img.getBoundingClientRect().width, doc.documentElement.getAttribute("viewBox"));
      for (const t of Array.from(doc.querySelectorAll("text"))) {
        if (!t.textContent?.trim()) continue;
        measured++;
        const px = fontSize(t) * scale;
        if (px < min - 0.05) small.push({ where: new URL(src).pathname, text: t.textContent, px });
      }
    }
    return { small, measured };
  }, min);
}
