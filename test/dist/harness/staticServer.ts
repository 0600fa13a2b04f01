/**
 * A small static file server for the built site (dist/), on 127.0.0.1 and a
 * free port, for browser tests. It serves what a static host would:
 * `/x/` → `/x/index.html`, `/x` → redirect to `/x/` when that is a
 * directory, and 404 otherwise, with the nearest 404.html up the path as
 * its body when the site has one (as Cloudflare Pages does; GitHub Pages and
 * Netlify serve the root one); nothing outside the root. With a `base`
 * (BASE_PATH), the site is served under it and everything else is a plain
 * 404. Every request path is recorded, so a test can check what a page
 * loaded.
 */
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, sep } from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".csv": "text/csv; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".woff2": "font/woff2",
};

export interface StaticServer {
  /** "http://127.0.0.1:<port>", no trailing slash. */
  readonly origin: string;
  /** Paths requested so far, in order (with their query). */
  readonly requests: string[];
  close(): Promise<void>;
}

/** The nearest 404.html at or above `dir`, inside `root`. */
function notFoundPage(root: string, dir: string): string | undefined {
  for (let d = dir; d === root || d.startsWith(root + sep); d = join(d, "..")) {
    const file = join(d, "404.html");
    if (existsSync(file)) return file;
    if (d === root) break;
  }
  return undefined;
}

export async function serveStatic(root: string, sitePath = "/"): Promise<StaticServer> {
  const base = normalize(root);
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    requests.push(url.pathname + url.search);
    if (!url.pathname.startsWith(sitePath) && `${url.pathname}/` !== sitePath) {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("not found (outside the site's base)");
      return;
    }
    let path: string;
    try {
      path = normalize(join(base, decodeURIComponent(url.pathname.slice(sitePath.length - 1))));
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (path !== base && !path.startsWith(base + sep)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(path) && statSync(path).isDirectory()) {
      if (!url.pathname.endsWith("/")) {
        res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
        return;
      }
      path = join(path, "index.html");
    }
    if (!existsSync(path) || !statSync(path).isFile()) {
      const page = notFoundPage(base, join(path, ".."));
      if (page) {
        res.writeHead(404, { "content-type": TYPES[".html"]!, "cache-control": "no-store" });
        createReadStream(page).pipe(res);
      } else res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("not found");
      return;
    }
    res.writeHead(200, { "content-type": TYPES[extname(path)] ?? "application/octet-stream", "cache-control": "no-store" });
    createReadStream(path).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}
