import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { gunzipSync } from "node:zlib";
import { tarEntries } from "../../src/lib/geo/tar.ts";
import { CACHE_NAME, PINNED_SHA256, TARBALL_URL, UPSTREAM } from "./pinned.ts";
import { describeFailure, verifyFiles } from "./verify.ts";

export const DOWNLOAD_TIMEOUT_MS = 120_000;

/**
 * The pinned files out of a GitHub archive (.tar.gz), keyed by their path
 * inside the repository. Throws unless every one is there with its pinned
 * SHA-256, so nothing unverified ever reaches the cache.
 */
export function extractPinned(
  tarGz: Uint8Array,
  manifest: Readonly<Record<string, string>> = PINNED_SHA256,
): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  for (const entry of tarEntries(gunzipSync(tarGz))) {
    // GitHub puts everything under one "<repo>-<commit>/" directory.
    const path = entry.path.replace(/^[^/]+\//, "");
    if (entry.type === "file" && (path in manifest || path === "README.md")) files.set(path, entry.data);
  }
  const check = verifyFiles(files, manifest);
  if (!check.ok)
    throw new Error(`arsip unduhan tidak cocok dengan commit ${UPSTREAM.commit}: ${describeFailure(check)}`);
  return files;
}

export interface DownloadOptions {
  readonly fetchImpl?: typeof fetch;
  readonly timeoutMs?: number;
  /** Tests pass a smaller list; the build always uses the pinned one. */
  readonly manifest?: Readonly<Record<string, string>>;
}

/**
 * Downloads the pinned commit and unpacks the files the build needs into
 * `<cacheRoot>/<CACHE_NAME>/`. Returns that directory. The files are written
 * to a temporary directory first and renamed when complete, so an
 * interrupted download never leaves a half-filled cache behind.
 */
export async function downloadToCache(cacheRoot: string, o: DownloadOptions = {}): Promise<string> {
  const { fetchImpl = fetch, timeoutMs = DOWNLOAD_TIMEOUT_MS, manifest = PINNED_SHA256 } = o;
  // The timeout covers the body too: a stalled transfer must not hang the build.
  const response = await fetchImpl(TARBALL_URL, { signal: AbortSignal.timeout(timeoutMs) });
  if (!response.ok) throw new Error(`HTTP ${response.status} dari ${TARBALL_URL}`);
  const files = extractPinned(new Uint8Array(await response.arrayBuffer()), manifest);

  const target = `${cacheRoot}/${CACHE_NAME}`;
  const partial = `${target}.partial`;
  await rm(partial, { recursive: true, force: true });
  for (const [path, data] of files) {
    await mkdir(dirname(`${partial}/${path}`), { recursive: true });
    await writeFile(`${partial}/${path}`, data);
  }
  await writeFile(
    `${partial}/SOURCE.md`,
    `# Source\n\n- ${UPSTREAM.repo}, commit ${UPSTREAM.commit}\n- ${TARBALL_URL}\n- Checked against the SHA-256 list in scripts/geo/pinned.ts.\n`,
  );
  await rm(target, { recursive: true, force: true });
  await rename(partial, target);
  return target;
}
