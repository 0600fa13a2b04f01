import type { Effects, PathState } from "../../src/lib/effects.ts";
import type { CsvSource } from "../../src/lib/csv/readCsv.ts";
import { sha256Text } from "../../src/lib/release/sha256.ts";

/** A file held in memory: its text, or a function giving its text piece by piece (any length, made as it is read). */
export type MemoryFile = string | (() => AsyncIterable<string>);

/**
 * Effects over files held in memory (paths '/'-separated, folders implied
 * by the files in them), for inputs too large to store: a file given as a
 * generator is made as the build reads it, so a test can tell how much of
 * it was read. Written files are kept in `written`.
 */
export function memoryEffects(files: Readonly<Record<string, MemoryFile>>): Effects & {
  written: Map<string, string>;
} {
  const written = new Map<string, string>();
  const isDir = (path: string) => Object.keys(files).some((f) => f.startsWith(`${path}/`));
  const text = async (path: string): Promise<string> => {
    const f = files[path];
    if (typeof f === "string") return f;
    if (!f) throw new Error(`${path}: not in memory`);
    let all = "";
    for await (const piece of f()) all += piece;
    return all;
  };
  return {
    written,
    async list(dir) {
      const names = new Set<string>();
      for (const f of Object.keys(files))
        if (f.startsWith(`${dir}/`)) names.add(f.slice(dir.length + 1).split("/")[0]!);
      return [...names].sort();
    },
    async stat(path): Promise<PathState> {
      if (path in files) return { kind: "file" };
      return isDir(path) ? { kind: "dir" } : { kind: "absent" };
    },
    readText: text,
    openText(path): CsvSource {
      const f = files[path];
      if (f === undefined) throw new Error(`${path}: not in memory`);
      return typeof f === "string" ? f : f();
    },
    async writeText(path, t) {
      written.set(path, t);
    },
    sha256: async (path) => sha256Text(await text(path)),
    log() {},
  };
}
