/**
 * What a page makes the browser download on a cold load, worked out from the
 * built files: the HTML (inline scripts and styles count inside it), the
 * stylesheets, icons, preloads, scripts and images it links, the
 * modules those scripts import statically, the files the stylesheets point
 * at with url(), and the files its scripts are known to fetch on load. The
 * browser tests measure the same from the network log on sampled pages.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { gzipFile } from "./gzip.ts";
import type { ScannedPage } from "./html.ts";

/**
 * The dist/ file a site path is served from (directory → index.html), or
 * undefined. `base` is the BASE_PATH the site was built for: it is served
 * under it, so a path outside it has no file.
 */
export function fileFor(dist: string, urlPath: string, base = "/"): string | undefined {
  let p = decodeURIComponent(urlPath.split(/[?#]/)[0]!);
  if (!p.startsWith(base)) return undefined;
  p = `/${p.slice(base.length)}`;
  if (p.endsWith("/")) p += "index.html";
  const file = join(dist, p);
  if (!file.startsWith(dist)) return undefined;
  if (existsSync(file) && statSync(file).isFile()) return file;
  return undefined;
}

/** Resolves `ref` against the page or file path `from`; undefined when it leaves the site. */
export function sitePath(ref: string, from: string): string | undefined {
  if (/^(data|blob|mailto|tel|javascript):/i.test(ref)) return undefined;
  const url = new URL(ref, `http://site.invalid${from}`);
  return url.host === "site.invalid" ? url.pathname : undefined;
}

const LOADED_RELS = new Set(["stylesheet", "icon", "modulepreload", "preload"]);
const JS_IMPORT = /\b(?:from|import)\s*["']([^"']+\.m?js)["']/g;
const CSS_URL = /url\(\s*["']?([^"')]+)["']?\s*\)/g;

/** The site paths a page loads on its own, before any fetch() of its scripts. */
export function linkedResources(scanned: ScannedPage, pagePath: string): string[] {
  const refs: string[] = [];
  for (const t of scanned.tags) {
    const rels = (t.attrs.get("rel") ?? "").toLowerCase().split(/\s+/);
    if (t.name === "link" && rels.some((r) => LOADED_RELS.has(r))) refs.push(t.attrs.get("href") ?? "");
    else if (t.name === "script" && t.attrs.has("src")) refs.push(t.attrs.get("src")!);
    // Lazy images count too: a reader who scrolls the page downloads them.
    else if (t.name === "img" && t.attrs.has("src")) refs.push(t.attrs.get("src")!);
  }
  return refs.map((r) => sitePath(r, pagePath)).filter((p): p is string => p !== undefined);
}

export interface Transfer {
  readonly total: number;
  /** gzip bytes per site path, the page itself first. */
  readonly parts: ReadonlyMap<string, number>;
  /** Linked paths with no file behind them (the link check reports these too). */
  readonly missing: readonly string[];
}

/** Follows static imports of scripts and url() of stylesheets, each file once. */
export function staticTransfer(dist: string, pagePath: string, scanned: ScannedPage, fetched: readonly string[] = [], base = "/"): Transfer {
  const parts = new Map<string, number>();
  const missing: string[] = [];
  const queue = [pagePath, ...linkedResources(scanned, pagePath), ...fetched];
  while (queue.length) {
    const path = queue.shift()!;
    if (parts.has(path)) continue;
    const file = fileFor(dist, path, base);
    if (!file) {
      missing.push(path);
      continue;
    }
    parts.set(path, gzipFile(file));
    const deps = /\.m?js$/.test(file) ? JS_IMPORT : file.endsWith(".css") ? CSS_URL : undefined;
    if (!deps) continue;
    for (const m of readCached(file).matchAll(deps)) {
      const dep = sitePath(m[1]!, path);
      if (dep !== undefined) queue.push(dep);
    }
  }
  let total = 0;
  for (const v of parts.values()) total += v;
  return { total, parts, missing };
}

const text = new Map<string, string>();
function readCached(file: string): string {
  let s = text.get(file);
  if (s === undefined) text.set(file, (s = readFileSync(file, "utf8")));
  return s;
}
