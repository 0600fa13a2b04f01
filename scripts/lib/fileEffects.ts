import { createHash } from "node:crypto";
import { constants, createReadStream } from "node:fs";
import { access, lstat, mkdir, open, readdir, readFile, stat, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import type { Effects, F03InParts, PathState } from "../../src/lib/effects.ts";
import { InputError } from "../../src/lib/validate/inputError.ts";
import { F03Pool } from "./f03Pool.ts";
import { readF03InThreads } from "./f03Threads.ts";
import { fsProblem, notRegular } from "./fsProblem.ts";

/** Bytes pulled from a file at a time. */
const CHUNK = 1 << 16;

async function pathState(path: string): Promise<PathState> {
  let s;
  try {
    s = await stat(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") {
      // Nothing there, or a symbolic link to nothing: the second is a mistake to report.
      const link = await lstat(path).catch(() => undefined);
      return link?.isSymbolicLink()
        ? {
            kind: "unreadable",
            reason: "tautan simbolik rusak (yang ditunjuknya tidak ada); ganti dengan berkas yang sebenarnya",
          }
        : { kind: "absent" };
    }
    return { kind: "unreadable", reason: fsProblem(e) };
  }
  const odd = notRegular(s);
  if (odd) return { kind: "unreadable", reason: odd };
  try {
    await access(path, s.isDirectory() ? constants.R_OK | constants.X_OK : constants.R_OK);
  } catch (e) {
    return { kind: "unreadable", reason: fsProblem(e) };
  }
  return { kind: s.isDirectory() ? "dir" : "file" };
}

/**
 * Streams a regular file as UTF-8 text. Opened without blocking and checked
 * before the first read, so a named pipe or device put where a file was
 * expected is refused at once instead of waiting for ever for a writer.
 * Invalid bytes decode to U+FFFD, which the CSV reader refuses.
 */
async function* streamText(path: string): AsyncIterable<string> {
  let handle;
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    throw new InputError(fsProblem(e));
  }
  try {
    const s = await handle.stat();
    const odd = s.isDirectory() ? "adalah folder, bukan berkas" : notRegular(s);
    if (odd) throw new InputError(odd);
    const stream = handle.createReadStream({ encoding: "utf8", highWaterMark: CHUNK, autoClose: false });
    try {
      for await (const piece of stream) yield piece as string;
    } catch (e) {
      throw e instanceof InputError ? e : new InputError(fsProblem(e));
    } finally {
      stream.destroy();
    }
  } finally {
    await handle.close();
  }
}

async function readWhole(path: string): Promise<string> {
  const state = await pathState(path);
  if (state.kind === "unreadable") throw new InputError(state.reason);
  if (state.kind === "dir") throw new InputError("adalah folder, bukan berkas");
  try {
    return await readFile(path, "utf8");
  } catch (e) {
    throw new InputError(fsProblem(e));
  }
}

/** The file-system side of the data build: the only place it touches disk. */
export const fileEffects: Effects = {
  async list(dir) {
    try {
      return (await readdir(dir)).sort();
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "ENOENT") return [];
      throw new InputError(fsProblem(e));
    }
  },
  stat: pathState,
  readText: readWhole,
  openText: streamText,
  async writeText(path, text) {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, text);
  },
  async sha256(path) {
    const hash = createHash("sha256");
    try {
      for await (const piece of createReadStream(path)) hash.update(piece as Buffer);
    } catch (e) {
      throw new InputError(fsProblem(e));
    }
    return hash.digest("hex");
  },
  log: (message) => console.log(message),
};

/**
 * The reader of a big f03.csv on up to `threads` threads at once (undefined
 * with 1: all read on this one). The worker threads start now, so make it
 * before loading the region master: the threads boot meanwhile. `ready`
 * resolves once they have (at once with one thread).
 */
export function f03Threads(threads: number): { readF03InParts: F03InParts | undefined; ready: Promise<void> } {
  if (threads <= 1) return { readF03InParts: undefined, ready: Promise.resolve() };
  const pool = new F03Pool(threads - 1);
  return { readF03InParts: readF03InThreads(pool), ready: pool.ready };
}
