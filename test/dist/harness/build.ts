/**
 * Extra builds made by the site tests, each into its own temporary
 * directory so the shared dist/ and public/ are never touched: the
 * determinism check's second build, and the hostile fixture's data product
 * and site. They run on the same Node as the tests (Node 24 from
 * node_modules, as npm scripts put it first on the PATH).
 */
import { execFile } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, "../../..");
const ASTRO = join(ROOT, "node_modules", "astro", "bin", "astro.mjs");

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `ipp-${prefix}-`));
}

async function node(args: string[], env: Record<string, string> = {}): Promise<string> {
  try {
    const { stdout, stderr } = await run(process.execPath, args, { cwd: ROOT, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1", ...env }, maxBuffer: 64 << 20 });
    return stdout + stderr;
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string; message: string };
    throw new Error(`${args.join(" ")} failed: ${err.message}\n${(err.stderr ?? "").slice(-4000)}\n${(err.stdout ?? "").slice(-4000)}`, { cause: e });
  }
}

export interface BuildResult {
  readonly seconds: number;
  /** What the build printed (stdout and stderr). */
  readonly output: string;
}

/**
 * `astro build` into `outDir`, optionally from another data product
 * (SITE_DATA_DIR) and with other settings (`env`: BASE_PATH, SITE_URL; an
 * empty value unsets one the tests run with).
 */
export async function astroBuild(outDir: string, dataDir?: string, env: Record<string, string> = {}): Promise<BuildResult> {
  const started = performance.now();
  const output = await node([ASTRO, "build"], { ASTRO_OUT_DIR: outDir, ...(dataDir ? { SITE_DATA_DIR: dataDir } : {}), ...env });
  return { seconds: (performance.now() - started) / 1000, output };
}

/** The data build (`npm run data`) from `input` into `out`. */
export async function dataBuild(input: string, out: string): Promise<string> {
  return node([join(ROOT, "scripts", "build-data.ts"), "--input", input, "--out", out]);
}

/**
 * A site built entirely from the data product in `dataDir`: Astro copies the
 * shared public/ (with public/data) into the output, so the copied data
 * files are replaced by `dataDir`'s, keeping what the site build itself
 * writes under data/ (the /data/ page, datapackage.json).
 */
export async function buildSiteFrom(dataDir: string, outDir: string, env: Record<string, string> = {}): Promise<BuildResult> {
  const result = await astroBuild(outDir, dataDir, env);
  const published = join(outDir, "data");
  const shared = join(ROOT, "public", "data");
  for (const name of existsSync(shared) ? readdirSync(shared) : []) rmSync(join(published, name), { recursive: true, force: true });
  // As the site build does (astro.config.mjs), the data build's marker and other dotfiles are not published.
  cpSync(dataDir, published, { recursive: true, filter: (src) => !basename(src).startsWith(".") });
  return result;
}
