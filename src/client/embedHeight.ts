/**
 * An embed tells the page around it how tall it is (issue 15), in the form
 * Datawrapper's listeners already understand:
 * `{"datawrapper-height": {"<chart-id>": <px>}}`, posted to the parent
 * whenever the height changes (layout, fonts, an opened table, a tooltip
 * does not count: it floats), and again when /embed.js asks
 * (`{"ipp-embed": "tinggi"}`; it may load after the first messages).
 * Nothing happens outside a frame.
 */

/** The message that carries the height; the key is the chart id (src/lib/site/routes.ts, embedChartId). */
export const heightMessage = (chartId: string, px: number): Record<string, Record<string, number>> => ({
  "datawrapper-height": { [chartId]: px },
});

/** The height of the frame's content: the body's box and its margins, not the viewport. */
function contentHeight(): number {
  const body = document.body;
  const style = getComputedStyle(body);
  return Math.ceil(body.getBoundingClientRect().height + parseFloat(style.marginTop) + parseFloat(style.marginBottom));
}

/** Starts posting the height; `chartId()` is read each time (an instansi page's fragment can change). */
export function postHeight(chartId: () => string | null): void {
  if (window.parent === window) return;
  let last = -1;
  let lastId: string | null = null;
  const send = (force = false) => {
    const id = chartId();
    if (!id) return;
    const px = contentHeight();
    if (!force && px === last && id === lastId) return;
    last = px;
    lastId = id;
    // "*": the embed does not know the host; the message holds only a height.
    window.parent.postMessage(heightMessage(id, px), "*");
  };
  new ResizeObserver(() => send()).observe(document.body);
  window.addEventListener("load", () => send());
  window.addEventListener("hashchange", () => send(true));
  window.addEventListener("message", (e: MessageEvent) => {
    const data = e.data as unknown;
    if (
      e.source === window.parent &&
      typeof data === "object" &&
      data !== null &&
      (data as Record<string, unknown>)["ipp-embed"] === "tinggi"
    )
      send(true);
  });
  send();
}
