import { spawn, spawnSync, type SpawnSyncReturns } from "node:child_process";
import { createHash } from "node:crypto";
import { chmodSync, cpSync, mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";

/** The folders a failed build kept its validation reports in (under the system's temp folder), for the tests to remove. */
export const keptReports: string[] = [];

/** Runs `npm run data`'s script with these arguments (as another user with `uid`). */
export function runData(
  args: readonly string[],
  o: { uid?: number | undefined; timeout?: number } = {},
): SpawnSyncReturns<string> {
  const r = spawnSync(process.execPath, ["scripts/build-data.ts", ...args], {
    encoding: "utf8",
    timeout: o.timeout ?? 60_000,
    ...(o.uid !== undefined ? { uid: o.uid, gid: o.uid } : {}),
  });
  const kept = /Laporan validasi ada di (\S+)\/<tahun>\/validasi\.json/.exec(r.stderr ?? "")?.[1];
  if (kept) keptReports.push(kept);
  return r;
}

/** The same, started and left running: for interrupting it. */
export function startData(args: readonly string[]) {
  return spawn(process.execPath, ["scripts/build-data.ts", ...args], { stdio: ["ignore", "pipe", "pipe"] });
}

/** A fresh temp folder (readable by every user, so a build run as another user can use it). */
export function tempDir(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `ipp-${name}-`));
  chmodSync(dir, 0o777);
  return dir;
}

/** A copy of an input fixture in a fresh temp folder. */
export function copyInput(fixture: string, name = "masukan"): string {
  const dir = tempDir(name);
  cpSync(fixture, dir, { recursive: true });
  return dir;
}

/** Every entry under `dir` with the SHA-256 of each file, to tell that nothing changed, byte for byte. */
export function treeHash(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      const rel = relative(dir, p);
      if (statSync(p).isDirectory()) {
        out[`${rel}/`] = "folder";
        walk(p);
      } else out[rel] = createHash("sha256").update(readFileSync(p)).digest("hex");
    }
  };
  walk(dir);
  return out;
}
