/**
 * Optional enhancement for the build-time charts: turns each mark's <title>
 * (which already gives a native tooltip with JavaScript off) into a styled
 * tooltip, the same on every chart:
 *
 * - mouse or pen: follows the pointer over a mark;
 * - touch: a tap on a mark (or within a finger's width of one) pins the
 *   tooltip above the finger, never under it; a tap elsewhere closes it;
 * - keyboard: a chart with few marks makes each mark a tab stop; a chart
 *   with many is one tab stop whose arrow keys step through its marks;
 * - Escape closes it (WCAG 1.4.13), as do scrolling and a tap elsewhere.
 *
 * Plain DOM, no d3 or Plot: the page ships only this.
 *
 *   import { enhanceTooltips } from "../client/tooltip.ts";
 *   enhanceTooltips();
 */

export interface TooltipOptions {
  /** Where to look for charts; default the whole document. */
  readonly root?: ParentNode;
  /**
   * Make every mark a tab stop: true for all charts, false for none (arrow
   * keys then), default only charts with at most FEW_MARKS marks.
   */
  readonly focusable?: boolean;
}

/** Up to this many marks, each is a tab stop; more, and the chart is one stop with arrow keys. */
export const FEW_MARKS = 40;
/** How far from a mark a tap still counts as on it (CSS px): a fingertip. */
const TAP_SLOP = 16;
/** How far above (or below) the touch point the tooltip sits, clear of the finger. */
const FINGER = 44;

const MARK = "svg.ipp-chart [data-tip]";

/** Returns a function that removes the tooltip and its listeners. */
export function enhanceTooltips(options: TooltipOptions = {}): () => void {
  const root = options.root ?? document;
  const tip = document.createElement("div");
  tip.setAttribute("role", "tooltip");
  tip.className = "chart-tooltip";
  tip.hidden = true;
  Object.assign(tip.style, {
    position: "fixed",
    zIndex: "1000",
    pointerEvents: "none",
    whiteSpace: "pre-line",
    maxWidth: "min(18rem, calc(100vw - 16px))",
    padding: "0.3rem 0.5rem",
    font: "0.875rem/1.3 system-ui, sans-serif",
    color: "#fff",
    background: "#1a1a1a",
    borderRadius: "3px",
  });
  document.body.append(tip);

  const charts = Array.from(root.querySelectorAll<SVGSVGElement>("svg.ipp-chart"));
  // A narrow variant's marks carry no titles of their own (src/charts/figure.ts leanMarks):
  // each takes the title of the mark at its index in the figure's widest variant.
  for (const svg of charts) {
    const lean = Array.from(svg.querySelectorAll(".mark[data-shared]"));
    if (!lean.length) continue;
    const donor = charts.find(
      (other) =>
        other !== svg && other.closest("figure") === svg.closest("figure") && other.querySelector(".mark > title"),
    );
    const titles = donor ? Array.from(donor.querySelectorAll(".mark > title")) : [];
    if (titles.length === lean.length) lean.forEach((mark, i) => mark.append(titles[i]!.cloneNode(true)));
  }
  for (const svg of charts) {
    const titles = Array.from(svg.querySelectorAll(".mark > title"));
    const oneStop = options.focusable === false || (options.focusable === undefined && titles.length > FEW_MARKS);
    // The <title> moves into data-tip so the native tooltip does not show on top of ours.
    for (const title of titles) {
      const mark = title.parentElement!;
      mark.setAttribute("data-tip", title.textContent ?? "");
      // Only a mark the keyboard can reach needs a name of its own (and a role to carry it);
      // otherwise the chart is one image, described as a whole and by its table.
      if (!oneStop) {
        mark.setAttribute("tabindex", "0");
        mark.setAttribute("role", "img");
        mark.setAttribute("aria-label", (title.textContent ?? "").replace(/\n/g, ", "));
      }
      title.remove();
    }
    if (oneStop && titles.length) svg.setAttribute("tabindex", "0");
  }

  let active: Element | null = null;
  let pinned = false;
  let lastPointer = "mouse";

  const place = (x: number, y: number, below: boolean, gap: number) => {
    const w = tip.offsetWidth;
    const h = tip.offsetHeight;
    tip.style.left = `${Math.max(4, Math.min(x - w / 2, innerWidth - w - 4))}px`;
    // Above the point unless there is no room (or asked), then below; never over it.
    const above = y - gap - h;
    tip.style.top = `${!below && above >= 4 ? above : Math.min(y + gap, innerHeight - h - 4)}px`;
  };
  const show = (mark: Element, x: number, y: number, gap = 12, below = false) => {
    if (active && active !== mark) active.classList.remove("is-active");
    active = mark;
    mark.classList.add("is-active");
    tip.textContent = mark.getAttribute("data-tip");
    tip.hidden = false;
    place(x, y, below, gap);
  };
  const hide = () => {
    tip.hidden = true;
    pinned = false;
    active?.classList.remove("is-active");
    active = null;
  };
  const atMark = (m: Element) => {
    const r = m.getBoundingClientRect();
    show(m, r.left + r.width / 2, r.top, 8);
  };
  const markOf = (t: EventTarget | null) => (t instanceof Element ? t.closest(MARK) : null);
  /** The mark under a fingertip: the one hit, or the nearest within TAP_SLOP in the same chart. */
  const markNear = (t: EventTarget | null, x: number, y: number): Element | null => {
    const hit = markOf(t);
    if (hit) return hit;
    const svg = t instanceof Element ? t.closest("svg.ipp-chart") : null;
    if (!svg) return null;
    let best: Element | null = null;
    let bestD = TAP_SLOP * TAP_SLOP;
    for (const m of Array.from(svg.querySelectorAll("[data-tip]"))) {
      const r = m.getBoundingClientRect();
      const dx = Math.max(r.left - x, 0, x - r.right);
      const dy = Math.max(r.top - y, 0, y - r.bottom);
      const d = dx * dx + dy * dy;
      if (d < bestD) [best, bestD] = [m, d];
    }
    return best;
  };

  const onMove = (e: Event) => {
    const p = e as PointerEvent;
    if (p.pointerType === "touch" || pinned) return;
    const m = markOf(p.target);
    if (m) show(m, p.clientX, p.clientY);
    else if (active && document.activeElement !== active) hide();
  };
  const onLeave = (e: Event) => {
    if ((e as PointerEvent).pointerType !== "touch" && !pinned) hide();
  };
  const onDown = (e: Event) => {
    lastPointer = (e as PointerEvent).pointerType || "mouse";
  };
  // A tap: on (or near) a mark pins its tooltip above the finger; anywhere else closes it.
  const onClick = (e: Event) => {
    const c = e as MouseEvent;
    if (lastPointer !== "touch") return;
    const m = markNear(c.target, c.clientX, c.clientY);
    if (m) {
      show(m, c.clientX, c.clientY, FINGER);
      pinned = true;
    } else if (!tip.hidden) hide();
  };
  const onFocus = (e: Event) => {
    const m = markOf(e.target);
    if (m) atMark(m);
  };
  const onBlur = () => {
    if (!pinned) hide();
  };
  const onKey = (e: Event) => {
    const k = e as KeyboardEvent;
    if (k.key === "Escape") {
      hide();
      return;
    }
    // Arrow keys step through the marks of a chart that is one tab stop.
    const svg = k.target instanceof Element && k.target.matches("svg.ipp-chart[tabindex]") ? k.target : null;
    if (!svg) return;
    const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1, Home: -Infinity, End: Infinity }[k.key];
    if (step === undefined) return;
    k.preventDefault();
    const marks = Array.from(svg.querySelectorAll("[data-tip]"));
    if (!marks.length) return;
    const at = active && svg.contains(active) ? marks.indexOf(active) : step > 0 ? -1 : marks.length;
    const next = Math.max(
      0,
      Math.min(marks.length - 1, Number.isFinite(step) ? at + step : step < 0 ? 0 : marks.length - 1),
    );
    atMark(marks[next]!);
  };

  const listeners: [EventTarget, string, (e: Event) => void, AddEventListenerOptions?][] = [
    [root, "pointermove", onMove],
    [root, "pointerleave", onLeave],
    [document, "pointerdown", onDown, { capture: true, passive: true }],
    [document, "click", onClick, { capture: true }],
    [root, "focusin", onFocus],
    [root, "focusout", onBlur],
    [document, "keydown", onKey],
    [window, "scroll", () => pinned && hide(), { passive: true }],
  ];
  for (const [t, type, fn, o] of listeners) t.addEventListener(type, fn, o);
  return () => {
    for (const [t, type, fn, o] of listeners) t.removeEventListener(type, fn, o);
    tip.remove();
  };
}
