/**
 * Extra builds made by the site tests, each into its own temporary
 * directory so the shared dist/ and public/ are never touched: the
 * determinism check's second build, and the hostile fixture's data product
 * and site. They run on the same Node as the tests (Node 24 from
 * node_modules, as npm scripts put it first on the PATH).
 */
import { execFile } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, "../../..");
const ASTRO = join(ROOT, "node_modules", "astro", "bin", "astro.mjs");

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `ipp-${prefix}-`));
}

async function node(args: string[], env: Record<string, string> = {}): Promise<string> {
  try {
    const { stdout } = await run(process.execPath, args, { cwd: ROOT, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1", ...env }, maxBuffer: 64 << 20 });
    return stdout;
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string; message: string };
    throw new Error(`${args.join(" ")} failed: ${err.message}\n${(err.stderr ?? "").slice(-4000)}\n${(err.stdout ?? "").slice(-4000)}`, { cause: e });
  }
}

/** `astro build` into `outDir`, optionally from another data product (SITE_DATA_DIR). Returns seconds taken. */
export async function astroBuild(outDir: string, dataDir?: string): Promise<number> {
  const started = performance.now();
  await node([ASTRO, "build"], { ASTRO_OUT_DIR: outDir, ...(dataDir ? { SITE_DATA_DIR: dataDir } : {}) });
  return (performance.now() - started) / 1000;
}

/** The data build (`npm run data`) from `input` into `out`. */
export async function dataBuild(input: string, out: string): Promise<string> {
  return node([join(ROOT, "scripts", "build-data.ts"), "--input", input, "--out", out]);
}

/**
 * A site built entirely from the data product in `dataDir`: Astro copies the
 * shared public/ (with public/data) into the output, so the copied data
 * files are replaced by `dataDir`'s, keeping the /data/ page (index.html).
 */
export async function buildSiteFrom(dataDir: string, outDir: string): Promise<number> {
  const seconds = await astroBuild(outDir, dataDir);
  const published = join(outDir, "data");
  for (const name of readdirSync(published)) if (name !== "index.html") rmSync(join(published, name), { recursive: true, force: true });
  cpSync(dataDir, published, { recursive: true });
  return seconds;
}
