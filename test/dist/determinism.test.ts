/**
 * Two clean builds give a byte-identical site: a second `astro build` from
 * the same public/ into a temporary directory must match DIST_DIR file for
 * file (SHA-256 of every file, and the same file list). Under `npm test`
 * DIST_DIR is the dist/ that `npm run build` made moments before, so this
 * is exactly "build twice, compare". Run on its own after changing sources
 * without rebuilding, it reports dist/ as stale rather than the build as
 * non-deterministic: the message says both. The data product and the
 * boundaries have their own determinism tests (test/unit).
 */
import { createHash } from "node:crypto";
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { astroBuild, tempDir } from "./harness/build.ts";
import { DIST, listFiles, requireDist } from "./harness/dist.ts";

const dist = requireDist(DIST);
const work = tempDir("determinism");
afterAll(() => rmSync(work, { recursive: true, force: true }));

function hashes(dir: string): Map<string, string> {
  return new Map(listFiles(dir).map((f) => [f, createHash("sha256").update(readFileSync(join(dir, f))).digest("hex")]));
}

it(`a second clean build is byte-identical to ${DIST}`, async () => {
  const second = join(work, "dist");
  const { seconds } = await astroBuild(second);
  const started = performance.now();
  const [a, b] = [hashes(dist), hashes(second)];
  const differ = [...new Set([...a.keys(), ...b.keys()])].filter((f) => a.get(f) !== b.get(f)).sort();
  console.log(`determinism: second build ${seconds.toFixed(1)} s; ${a.size} files hashed and compared in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const list = differ.slice(0, 30).map((f) => `${f}: ${a.has(f) ? (b.has(f) ? "differs" : "only in the first") : "only in the second"}`);
  expect(differ, `${differ.length} files differ between ${dist} and a fresh build (dist/ stale? rebuild with npm run build; otherwise the build is not deterministic):\n${list.join("\n")}`).toEqual([]);
}, 600_000);
