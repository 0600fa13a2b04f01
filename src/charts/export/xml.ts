/** Text and attribute escaping for SVG written as a string (any name may hold <, &, quotes). */
export const escapeXml = (s: string): string =>
  s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;")
    // Characters XML 1.0 forbids (control characters) would make the file unreadable.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "");

/**
 * Fonts of a file read outside the site: DejaVu Sans first (the font the
 * build ships and the social cards are rendered with; the charts' layout
 * estimates widths for it), then common system fonts, then the generic
 * family every SVG reader has.
 */
export const FONT_STACK = "'DejaVu Sans', Verdana, 'Segoe UI', Arial, sans-serif";

/** Text colour of the exported files (the site's body text). */
export const INK = "#1a1a1a";
export const MUTED = "#4a4a4a";

/**
 * Greedy word wrap to at most `maxChars` per line (the 0.6 em estimate of
 * src/charts/text.ts: no font metrics here). A word longer than a line is
 * cut, so a name without spaces cannot run off the picture. At most
 * `maxLines` lines; the last ends in "…" when text is left over.
 */
export function wrapText(text: string, maxChars: number, maxLines = Infinity): string[] {
  const limit = Math.max(4, Math.floor(maxChars));
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = "";
  for (let w of words) {
    while (w.length > limit) {
      if (line) {
        lines.push(line);
        line = "";
      }
      lines.push(w.slice(0, limit));
      w = w.slice(limit);
    }
    if (!line) line = w;
    else if (line.length + 1 + w.length <= limit) line += ` ${w}`;
    else {
      lines.push(line);
      line = w;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1]!;
  kept[maxLines - 1] = `${last.length >= limit ? last.slice(0, limit - 1) : last}…`;
  return kept;
}

/** Lines of text as one <text> with a <tspan> per line. */
export function textLines(
  lines: readonly string[],
  o: {
    readonly x: number;
    readonly y: number;
    readonly size: number;
    readonly lineHeight?: number;
    readonly weight?: "bold";
    readonly fill?: string;
    readonly anchor?: "start" | "middle" | "end";
  },
): string {
  const lh = o.lineHeight ?? Math.round(o.size * 1.25);
  const attrs = [
    `x="${o.x}"`,
    `y="${o.y}"`,
    `font-size="${o.size}"`,
    o.weight ? `font-weight="${o.weight}"` : "",
    `fill="${o.fill ?? INK}"`,
    o.anchor && o.anchor !== "start" ? `text-anchor="${o.anchor}"` : "",
  ]
    .filter(Boolean)
    .join(" ");
  const spans = lines.map((l, i) => `<tspan x="${o.x}"${i ? ` dy="${lh}"` : ""}>${escapeXml(l)}</tspan>`).join("");
  return `<text ${attrs}>${spans}</text>`;
}
