import { createReadStream } from "node:fs";
import { mkdir, readdir, readFile, stat, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import type { Effects } from "../../src/lib/effects.ts";
import { F03Pool } from "./f03Pool.ts";
import { readF03InThreads } from "./f03Threads.ts";

/** The file-system side of the data build: the only place it touches disk. */
export const fileEffects: Effects = {
  async list(dir) {
    try {
      return (await readdir(dir)).sort();
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "ENOENT") return [];
      throw e;
    }
  },
  async exists(path) {
    try {
      await stat(path);
      return true;
    } catch {
      return false;
    }
  },
  readText: (path) => readFile(path, "utf8"),
  openText: (path) => createReadStream(path, { encoding: "utf8", highWaterMark: 1 << 16 }),
  async writeText(path, text) {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, text);
  },
  log: (message) => console.log(message),
};

/**
 * The file effects, reading a big f03.csv on up to `threads` threads at once
 * (1: all on this one). The worker threads start now, so make these effects
 * before loading the region master: the threads boot meanwhile. `ready`
 * resolves once they have (at once with one thread).
 */
export function threadedFileEffects(threads: number): { effects: Effects; ready: Promise<void> } {
  if (threads <= 1) return { effects: fileEffects, ready: Promise.resolve() };
  const pool = new F03Pool(threads - 1);
  return { effects: { ...fileEffects, readF03Parts: readF03InThreads(pool) }, ready: pool.ready };
}
