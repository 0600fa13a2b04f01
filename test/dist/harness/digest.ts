/**
 * What the static checks keep of each built page, computed in worker
 * threads: reading, scanning and gzipping ~5,000 pages (~800 MB) is the
 * slow part of the static checks, and it splits cleanly across cores.
 * Full scans are dropped as soon as a page is digested (keeping them all
 * exhausted the heap).
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parsePath, type PageKind } from "../../../src/lib/site/routes.ts";
import { cspProblems } from "./csp.ts";
import { scanHtml } from "./html.ts";
import { refsOf, type LinkedPage } from "./links.ts";
import { seoOf, type Seo } from "./seo.ts";
import { staticTransfer, type Transfer } from "./transfer.ts";

export interface Digest extends LinkedPage {
  readonly path: string;
  readonly kind: PageKind | "other";
  readonly csp: readonly string[];
  readonly transfer: Transfer;
  /** Canonical link, hreflang alternates, robots meta and JSON-LD (seo.ts). */
  readonly seo: Seo;
}

export const kindOf = (path: string, base = "/"): PageKind | "other" => parsePath(path, base)?.kind ?? "other";

/** Digests one HTML file (`rel` inside `dist`), served under `base`. */
export function digestPage(dist: string, rel: string, fetched: Partial<Record<PageKind, string[]>>, base = "/"): Digest {
  const path = `${base}${rel}`.replace(/(^|\/)index\.html$/, "$1");
  const kind = kindOf(path, base);
  const scanned = scanHtml(readFileSync(join(dist, rel), "utf8"));
  return {
    path,
    kind,
    csp: cspProblems(scanned),
    transfer: staticTransfer(dist, path, scanned, kind === "other" ? [] : fetched[kind], base),
    refs: refsOf(scanned),
    seo: seoOf(scanned),
    ids: scanned.ids,
  };
}

/** Digests every file, split over one worker per core (at most 4); the site is served under `base`. */
export async function digestAll(dist: string, files: readonly string[], fetched: Partial<Record<PageKind, string[]>>, base = "/"): Promise<Digest[]> {
  const n = Math.max(1, Math.min(4, availableParallelism()));
  const chunks = Array.from({ length: n }, (_, i) => files.filter((_, j) => j % n === i));
  const parts = await Promise.all(
    chunks.map(
      (chunk) =>
        new Promise<Digest[]>((resolve, reject) => {
          const worker = new Worker(new URL("./digestWorker.ts", import.meta.url), { workerData: { dist, files: chunk, fetched, base } });
          worker.once("message", resolve);
          worker.once("error", reject);
          worker.once("exit", (code) => code !== 0 && reject(new Error(`digest worker exited with ${code}`)));
        }),
    ),
  );
  return parts.flat().sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
