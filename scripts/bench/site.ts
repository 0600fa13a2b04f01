/**
 * `npm run bench -- --only site`: the full site build, timed step by step
 * (sample → data → astro build), for today's four editions and for a
 * synthetic TEN-edition site (the sample generator with more years,
 * `--site-years 2022-2031`), each into its own temporary folder (never
 * dist/ or public/; the shared public/geo is read, so run `npm run build` or
 * `npm run geo` first). Targets (issue 14): ten editions ≤ 180 s, today's
 * site ≤ 120 s; and the built ten-edition dist/ against the file budget
 * (≤ 20,000 files, ≤ 1 GB), compared with the file-family model of
 * src/lib/site/distFiles.ts. Never part of `npm test`. Do not run it while
 * another `astro build` runs in this checkout (they share .astro/).
 */
import { execFile } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import { promisify } from "node:util";
import { BUDGET, familyOf } from "../../src/lib/site/distFiles.ts";
import { grouped, markdownTable } from "./lib/table.ts";
import type { BenchSection } from "./section.ts";

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, "../..");
const ASTRO = join(ROOT, "node_modules", "astro", "bin", "astro.mjs");
const TARGETS: Record<string, number> = { today: 120, ten: 180 };

async function timed(args: string[], env: Record<string, string> = {}): Promise<number> {
  const started = performance.now();
  await run(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1", ...env },
    maxBuffer: 256 << 20,
  });
  return (performance.now() - started) / 1000;
}

function walk(dir: string, rel = ""): { path: string; bytes: number }[] {
  return readdirSync(join(dir, rel), { withFileTypes: true }).flatMap((e) => {
    const p = rel ? `${rel}/${e.name}` : e.name;
    return e.isDirectory() ? walk(dir, p) : [{ path: p, bytes: statSync(join(dir, p)).size }];
  });
}

function parseYears(spec: string): number[] {
  const m = /^(\d{4})-(\d{4})$/.exec(spec);
  if (m) return Array.from({ length: Number(m[2]) - Number(m[1]) + 1 }, (_, i) => Number(m[1]) + i);
  return spec.split(",").map(Number);
}

interface SiteFigures {
  readonly label: string;
  readonly editions: number;
  readonly seconds: { sample: number; data: number; astro: number; total: number };
  readonly files: number;
  readonly bytes: number;
  readonly unclaimed: readonly string[];
  readonly load: readonly number[];
}

async function buildSite(label: string, years: readonly number[] | null, keep: boolean): Promise<SiteFigures> {
  const dir = mkdtempSync(join(tmpdir(), `ipp-bench-site-${label}-`));
  const input = join(dir, "input");
  const data = join(dir, "data");
  const out = join(dir, "dist");
  const load = loadavg();
  try {
    const sample = await timed([
      join(ROOT, "scripts", "generate-sample.ts"),
      "--out",
      input,
      ...(years ? ["--years", years.join(",")] : []),
    ]);
    const dataS = await timed([join(ROOT, "scripts", "build-data.ts"), "--input", input, "--out", data]);
    const astro = await timed([ASTRO, "build"], {
      ASTRO_OUT_DIR: out,
      SITE_DATA_DIR: data,
      SITE_URL: process.env["SITE_URL"] ?? "https://dasbor-ipp.example/",
    });
    // Astro copies the shared public/data: publish this build's product in its place (as test/dist/harness does).
    const shared = join(ROOT, "public", "data");
    for (const name of existsSync(shared) ? readdirSync(shared) : [])
      rmSync(join(out, "data", name), { recursive: true, force: true });
    cpSync(data, join(out, "data"), { recursive: true, filter: (src) => !basename(src).startsWith(".") });
    const files = walk(out);
    return {
      label,
      editions: years?.length ?? readdirSync(data).filter((n) => /^\d{4}$/.test(n)).length,
      seconds: { sample, data: dataS, astro, total: sample + dataS + astro },
      files: files.length,
      bytes: files.reduce((n, f) => n + f.bytes, 0),
      unclaimed: files.map((f) => f.path).filter((p) => !familyOf(p)),
      load,
    };
  } finally {
    if (keep) console.log(`kept ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

export const siteSection: BenchSection = {
  name: "site",
  summary: "full site build: today's editions and a synthetic ten-edition site, time and dist/ file budget",
  options: { "site-years": { type: "string" }, "site-only": { type: "string" }, keep: { type: "boolean" } },
  async run(values) {
    const tenYears = parseYears(typeof values["site-years"] === "string" ? values["site-years"] : "2022-2031");
    const which = typeof values["site-only"] === "string" ? values["site-only"].split(",") : ["today", "ten"];
    const figures: SiteFigures[] = [];
    for (const label of which) {
      console.log(`building ${label} …`);
      figures.push(await buildSite(label, label === "ten" ? tenYears : null, values["keep"] === true));
    }
    const s = (x: number) => `${x.toFixed(1)} s`;
    console.log(
      markdownTable(
        ["site", "editions", "sample", "data", "astro build", "total", "target", "files", "MB", "load avg (1/5 min)"],
        figures.map((f) => [
          f.label,
          String(f.editions),
          s(f.seconds.sample),
          s(f.seconds.data),
          s(f.seconds.astro),
          s(f.seconds.total),
          `≤ ${TARGETS[f.label] ?? "–"} s ${f.seconds.total <= (TARGETS[f.label] ?? Infinity) ? "met" : "MISSED"}`,
          grouped(f.files),
          (f.bytes / 1e6).toFixed(1),
          `${f.load[0]!.toFixed(1)} / ${f.load[1]!.toFixed(1)} on ${cpus().length} cores`,
        ]),
      ),
    );
    for (const f of figures) {
      if (f.files > BUDGET.files || f.bytes > BUDGET.bytes)
        console.log(`${f.label}: OVER the dist budget (${BUDGET.files} files, ${BUDGET.bytes / 1e9} GB)`);
      if (f.unclaimed.length)
        console.log(
          `${f.label}: ${f.unclaimed.length} files no family of src/lib/site/distFiles.ts claims, e.g. ${f.unclaimed.slice(0, 5).join(", ")}`,
        );
    }
    return figures;
  },
};
