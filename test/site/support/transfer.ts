/**
 * What a built page costs to load: the HTML, its stylesheets, its module
 * scripts and every chunk they import (followed through the files), plus any
 * extra same-origin files the page fetches, each with its gzip size (level 9,
 * what a static host typically sends). Reads dist/ only.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, posix } from "node:path";
import { gzipSync } from "node:zlib";

export interface Transfer {
  readonly path: string;
  readonly raw: number;
  readonly gzip: number;
}

/** URL path of a page ("/peta/") → its file in dist. */
export function htmlFile(dist: string, page: string): string {
  return join(dist, page, page.endsWith("/") ? "index.html" : "");
}

function assetsOf(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/<link\b[^>]*\brel="(?:stylesheet|modulepreload)"[^>]*>/g)) {
    const href = /\bhref="([^"]+)"/.exec(m[0])?.[1];
    if (href) out.push(href);
  }
  for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) if (m[1]) out.push(m[1]);
  return out;
}

function importsOf(js: string, from: string): string[] {
  const out: string[] = [];
  for (const m of js.matchAll(/(?:import|from)\s*\(?\s*["'](\.{1,2}\/[^"']+|\/[^"']+)["']/g)) {
    const spec = m[1]!;
    out.push(spec.startsWith("/") ? spec : posix.normalize(posix.join(posix.dirname(from), spec)));
  }
  return out;
}

export function pageTransfer(dist: string, page: string, extra: readonly string[] = []): Transfer[] {
  const seen = new Map<string, Transfer>();
  const add = (path: string, file: string): string | null => {
    if (seen.has(path) || /^[a-z]+:/i.test(path)) return null;
    if (!existsSync(file)) throw new Error(`${page}: ${path} is referenced but not in dist/`);
    const bytes = readFileSync(file);
    seen.set(path, { path, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length });
    return bytes.toString("utf8");
  };
  const html = add(page, htmlFile(dist, page)) ?? "";
  const queue = [...assetsOf(html), ...extra];
  while (queue.length) {
    const path = queue.shift()!;
    const text = add(path, join(dist, path));
    if (text !== null && path.endsWith(".js")) queue.push(...importsOf(text, path));
  }
  return [...seen.values()];
}

export const totalGzip = (t: readonly Transfer[]) => t.reduce((s, x) => s + x.gzip, 0);

/** Directory of this file's project root, for tests that need it. */
export const ROOT = join(dirname(new URL(import.meta.url).pathname), "..", "..", "..");
