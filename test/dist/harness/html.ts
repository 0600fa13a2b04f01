/**
 * A small, fast scanner for the HTML Astro writes: start tags with their
 * attributes, raw-text elements (script, style) with their bodies, and the
 * ids of a page. The link, CSP and budget checks read thousands of pages, so
 * this is a few regular expressions rather than a DOM. It is exact for the
 * well-formed output a build emits; the browser tests cover what a real
 * parser makes of it.
 */

export interface Tag {
  readonly name: string;
  readonly attrs: ReadonlyMap<string, string>;
}

export interface RawElement {
  readonly name: "script" | "style";
  readonly attrs: ReadonlyMap<string, string>;
  readonly body: string;
}

export interface ScannedPage {
  /** Every start tag outside comments and raw-text bodies, in order. */
  readonly tags: readonly Tag[];
  readonly raw: readonly RawElement[];
  /** Every `id` (and `<a name>`), for fragment links. */
  readonly ids: ReadonlySet<string>;
}

const RAW_TEXT = /<(script|style)\b((?:[^>"']|"[^"]*"|'[^']*')*)>([\s\S]*?)<\/\1\s*>/gi;
const COMMENT = /<!--[\s\S]*?-->/g;
const START_TAG = /<([a-zA-Z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
const ATTR = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

/** Decodes the character references an attribute value may hold. */
export function decodeEntities(s: string): string {
  if (!s.includes("&")) return s;
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, ref: string) => {
    if (ref[0] === "#") return String.fromCodePoint(ref[1] === "x" || ref[1] === "X" ? parseInt(ref.slice(2), 16) : Number(ref.slice(1)));
    return NAMED[ref.toLowerCase()] ?? m;
  });
}

export function parseAttrs(text: string): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const m of text.matchAll(ATTR)) {
    const name = m[1]!.toLowerCase();
    if (!attrs.has(name)) attrs.set(name, decodeEntities(m[2] ?? m[3] ?? m[4] ?? ""));
  }
  return attrs;
}

export function scanHtml(html: string): ScannedPage {
  const raw: RawElement[] = [];
  const body = html.replace(COMMENT, "").replace(RAW_TEXT, (_m, name: string, attrText: string, content: string) => {
    raw.push({ name: name.toLowerCase() as "script" | "style", attrs: parseAttrs(attrText), body: content });
    // Keep the start tag itself (its src/href count as links), drop the body.
    return `<${name}${attrText}>`;
  });
  const tags: Tag[] = [];
  const ids = new Set<string>();
  for (const m of body.matchAll(START_TAG)) {
    const attrs = parseAttrs(m[2] ?? "");
    const name = m[1]!.toLowerCase();
    tags.push({ name, attrs });
    const id = attrs.get("id") ?? (name === "a" ? attrs.get("name") : undefined);
    if (id !== undefined) ids.add(id);
  }
  return { tags, raw, ids };
}

/** A script the browser runs: not a data block such as application/json. */
export function isExecutable(script: Pick<RawElement, "attrs">): boolean {
  const type = (script.attrs.get("type") ?? "").trim().toLowerCase();
  return type === "" || type === "module" || /^(text|application)\/(x-)?(java|ecma)script$/.test(type);
}

/** The data blocks the site writes: JSON for its scripts (the map's config) and JSON-LD for search engines. */
export const DATA_BLOCK_TYPES: ReadonlySet<string> = new Set(["application/json", "application/ld+json"]);
