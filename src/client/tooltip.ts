/**
 * Optional enhancement for the build-time charts: turns each mark's <title>
 * (which already gives a native tooltip with JavaScript off) into a styled
 * tooltip that follows the pointer, shows on keyboard focus, and closes with
 * Escape (WCAG 1.4.13). Plain DOM, no d3 or Plot: the page ships only this.
 *
 *   import { enhanceTooltips } from "../client/tooltip.ts";
 *   enhanceTooltips();
 */

export interface TooltipOptions {
  /** Where to look for charts; default the whole document. */
  readonly root?: ParentNode;
  /** Make every mark a tab stop. Only sensible for charts with few marks; the data table is the keyboard route otherwise. */
  readonly focusable?: boolean;
}

/** Returns a function that removes the tooltip and its listeners. */
export function enhanceTooltips(options: TooltipOptions = {}): () => void {
  const root = options.root ?? document;
  const tip = document.createElement("div");
  tip.setAttribute("role", "tooltip");
  tip.className = "chart-tooltip";
  tip.hidden = true;
  Object.assign(tip.style, {
    position: "fixed",
    zIndex: "10",
    pointerEvents: "none",
    whiteSpace: "pre-line",
    maxWidth: "18rem",
    padding: "0.3rem 0.5rem",
    font: "0.875rem/1.3 system-ui, sans-serif",
    color: "#fff",
    background: "#1a1a1a",
    borderRadius: "3px",
  });
  document.body.append(tip);

  // The <title> moves into data-tip so the native tooltip does not show on top of ours.
  for (const title of Array.from(root.querySelectorAll("svg.ipp-chart .mark > title"))) {
    const mark = title.parentElement!;
    mark.setAttribute("data-tip", title.textContent ?? "");
    // Only a mark the keyboard can reach needs a name of its own (and a role to carry it);
    // otherwise the chart is one image, described as a whole and by its table.
    if (options.focusable) {
      mark.setAttribute("tabindex", "0");
      mark.setAttribute("role", "img");
      mark.setAttribute("aria-label", (title.textContent ?? "").replace(/\n/g, ", "));
    }
    title.remove();
  }

  const show = (mark: Element, x: number, y: number) => {
    tip.textContent = mark.getAttribute("data-tip");
    tip.hidden = false;
    const w = tip.offsetWidth;
    tip.style.left = `${Math.max(4, Math.min(x + 12, innerWidth - w - 4))}px`;
    tip.style.top = `${Math.max(4, y - tip.offsetHeight - 12)}px`;
  };
  const hide = () => {
    tip.hidden = true;
  };
  const markOf = (t: EventTarget | null) => (t instanceof Element ? t.closest("svg.ipp-chart [data-tip]") : null);

  const onMove = (e: Event) => {
    const p = e as PointerEvent;
    const m = markOf(p.target);
    if (m) show(m, p.clientX, p.clientY);
    else hide();
  };
  const onFocus = (e: Event) => {
    const m = markOf(e.target);
    if (!m) return;
    const r = m.getBoundingClientRect();
    show(m, r.left + r.width / 2, r.top);
  };
  const onKey = (e: Event) => {
    if ((e as KeyboardEvent).key === "Escape") hide();
  };
  const listeners: [EventTarget, string, (e: Event) => void][] = [
    [root, "pointermove", onMove],
    [root, "pointerleave", hide],
    [root, "focusin", onFocus],
    [root, "focusout", hide],
    [document, "keydown", onKey],
  ];
  for (const [t, type, fn] of listeners) t.addEventListener(type, fn);
  return () => {
    for (const [t, type, fn] of listeners) t.removeEventListener(type, fn);
    tip.remove();
  };
}
