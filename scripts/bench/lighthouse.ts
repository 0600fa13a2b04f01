/**
 * `npm run bench -- --only lighthouse`: Lighthouse's mobile scores
 * (performance, accessibility) for the budgeted page kinds of the built site
 * (home, an instansi, the map, plus the ranking, and one embed of each
 * kind), against the targets of
 * ≥ 95 performance and 100 accessibility. A report, not a test: scores
 * move a little from run to run on a loaded machine, so each page is run
 * `--lh-runs` times and the median is shown.
 *
 * Lighthouse drives Debian's Chromium (CHROME_PATH, default
 * /usr/bin/chromium; never a downloaded browser) through chrome-launcher,
 * with background networking off so nothing leaves the machine; the site
 * is served from `--lh-dist` (default dist/) on 127.0.0.1. Its default
 * config is the mobile one: a mid-range phone, simulated slow 4G.
 */
import { createReadStream, existsSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, resolve } from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { median } from "./lib/stats.ts";
import { markdownTable } from "./lib/table.ts";
import type { BenchSection } from "./section.ts";

const TARGET = { performance: 95, accessibility: 100 } as const;
const CHROME_FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--disable-sync",
  "--disable-dev-shm-usage",
];
const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".csv": "text/csv",
};

/** A static host in miniature: directory → index.html, 404 otherwise, gzip as a host would. */
async function serve(root: string): Promise<{ origin: string; server: Server }> {
  const { gzipSync } = await import("node:zlib");
  const server = createServer((req, res) => {
    let path = join(root, decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname));
    if (!path.startsWith(root)) return void res.writeHead(403).end();
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, "index.html");
    if (!existsSync(path)) return void res.writeHead(404).end();
    const type = TYPES[extname(path)] ?? "application/octet-stream";
    // Lighthouse counts transfer as sent: compress text like any static host does.
    if (/text|json|svg|javascript/.test(type) && /gzip/.test(String(req.headers["accept-encoding"]))) {
      res
        .writeHead(200, { "content-type": type, "content-encoding": "gzip" })
        .end(gzipSync(readFileSync(path), { level: 6 }));
    } else {
      res.writeHead(200, { "content-type": type });
      createReadStream(path).pipe(res);
    }
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

/**
 * One page of each budgeted kind: the first instansi of the published list
 * stands for all; and one embed of each kind (issue 15): a national chart,
 * the map, a province view, and an instansi page addressed as its aspect
 * embed (a kota's, which has one).
 */
function defaultPages(dist: string): string[] {
  const index = JSON.parse(readFileSync(join(dist, "data", "instansi.json"), "utf8")) as {
    instansi: { slug: string; kode: string; tingkat: string }[];
  };
  const manifest = JSON.parse(readFileSync(join(dist, "data", "manifest.json"), "utf8")) as {
    tahun: { tahun: number }[];
  };
  const year = Math.max(...manifest.tahun.map((t) => t.tahun));
  const province = index.instansi.find((i) => i.tingkat === "provinsi")?.kode ?? "";
  const kota = index.instansi.find((i) => i.tingkat === "kota")?.slug ?? "";
  return [
    "/",
    `/instansi/${index.instansi[0]?.slug ?? ""}/`,
    "/peta/",
    "/peringkat/",
    `/embed/${year}/sebaran/`,
    `/embed/${year}/peta/`,
    `/embed/${year}/provinsi/${province}/`,
    `/${year}/instansi/${kota}/#sematkan-aspek`,
  ];
}

export const lighthouseSection: BenchSection = {
  name: "lighthouse",
  summary: "Lighthouse mobile performance and accessibility of the built pages (targets ≥ 95 and 100)",
  options: {
    "lh-runs": { type: "string", default: "3" },
    "lh-dist": { type: "string", default: "dist" },
    "lh-pages": { type: "string" },
  },
  async run(values) {
    const runs = Number(values["lh-runs"]);
    const dist = resolve(String(values["lh-dist"]));
    if (!(runs >= 1)) throw new Error("--lh-runs N (≥ 1)");
    if (!existsSync(join(dist, "index.html"))) throw new Error(`${dist}/index.html not found: run npm run build first`);
    const chromePath = process.env["CHROME_PATH"] ?? "/usr/bin/chromium";
    if (!existsSync(chromePath))
      throw new Error(`no Chromium at ${chromePath} (apt-get install -y chromium, or set CHROME_PATH)`);
    const pages = typeof values["lh-pages"] === "string" ? values["lh-pages"].split(",") : defaultPages(dist);

    const { origin, server } = await serve(dist);
    const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROME_FLAGS, logLevel: "error" });
    const figures: {
      page: string;
      performance: number;
      accessibility: number;
      lcpMs: number;
      tbtMs: number;
      runs: number[][];
    }[] = [];
    try {
      for (const page of pages) {
        const scores: number[][] = [];
        for (let r = 0; r < runs; r++) {
          const result = await lighthouse(`${origin}${page}`, {
            port: chrome.port,
            output: "json",
            logLevel: "error",
            onlyCategories: ["performance", "accessibility"],
          });
          const lhr = result?.lhr;
          if (!lhr) throw new Error(`Lighthouse gave no result for ${page}`);
          const pct = (s: number | null | undefined) => Math.round((s ?? 0) * 100);
          scores.push([
            pct(lhr.categories["performance"]?.score),
            pct(lhr.categories["accessibility"]?.score),
            lhr.audits["largest-contentful-paint"]?.numericValue ?? NaN,
            lhr.audits["total-blocking-time"]?.numericValue ?? NaN,
          ]);
          console.log(
            `${page} run ${r + 1}/${runs}: performance ${scores.at(-1)![0]}, accessibility ${scores.at(-1)![1]}`,
          );
        }
        const col = (i: number) => median(scores.map((s) => s[i]!));
        figures.push({
          page,
          performance: col(0),
          accessibility: col(1),
          lcpMs: Math.round(col(2)),
          tbtMs: Math.round(col(3)),
          runs: scores,
        });
      }
    } finally {
      chrome.kill();
      server.close();
    }
    const mark = (v: number, target: number) => `${v}${v >= target ? "" : " ✗"}`;
    console.log(
      `\n${markdownTable(
        ["page", "performance", "accessibility", "LCP", "TBT"],
        figures.map((f) => [
          f.page,
          mark(f.performance, TARGET.performance),
          mark(f.accessibility, TARGET.accessibility),
          `${(f.lcpMs / 1000).toFixed(1)} s`,
          `${f.tbtMs} ms`,
        ]),
      )}`,
    );
    console.log(
      `median of ${runs} run(s), Lighthouse mobile (simulated slow 4G); ✗ = below target (performance ≥ ${TARGET.performance}, accessibility ${TARGET.accessibility})`,
    );
    return { targets: TARGET, runs, pages: figures };
  },
};
