import { availableParallelism } from "node:os";
import { closeSync, openSync, readSync, statSync } from "node:fs";
import type { F03InParts } from "../../src/lib/effects.ts";
import type { F03Pool } from "./f03Pool.ts";
import { readF03Range, type F03Range } from "./f03Range.ts";

/** Below this many bytes per part, starting a thread costs more than it saves. */
export const MIN_PART_BYTES = 4 << 20;

/**
 * As many threads as the machine offers to this process, up to 4: the
 * workers start before the data is seen, each with its own heap, and past a
 * few parts the joining and scoring that follow (on one thread) dominate.
 */
export const defaultThreads = (): number => Math.min(availableParallelism(), 4);

const WINDOW = 1 << 16;

/**
 * Where to cut the file into `count` parts, right after a `\n`, so every
 * part holds whole lines: equal shares of the bytes each thread reads when
 * the first part's thread also reads `besides` bytes of other files. Also
 * returns the header line, which every part after the first is given. Undefined when the file has no
 * `\n` line breaks (a file with CR-only line breaks is read in one go).
 * Synchronous on purpose: a few small reads that must not wait behind the
 * reading of f02.csv, which starts as soon as this returns.
 */
function plan(
  path: string,
  size: number,
  count: number,
  besides: number,
): { header: string; bounds: number[] } | undefined {
  const fd = openSync(path, "r");
  try {
    const buffer = Buffer.alloc(WINDOW);
    const nextLine = (from: number): number | undefined => {
      for (let at = from; at < size; at += WINDOW) {
        const bytesRead = readSync(fd, buffer, 0, WINDOW, at);
        const i = buffer.subarray(0, bytesRead).indexOf(10);
        if (i !== -1) return at + i + 1;
      }
      return undefined;
    };
    const headerEnd = nextLine(0);
    if (headerEnd === undefined) return undefined;
    // An export that quotes its fields shows it in the first rows: read it in one go at once
    // rather than in parts that would find the quote and be read again.
    if (buffer.subarray(0, Math.min(WINDOW, size)).includes(34)) return undefined;
    const head = Buffer.alloc(headerEnd);
    readSync(fd, head, 0, headerEnd, 0);
    const header = head.toString("utf8");
    // Only \n or \r\n line breaks: with CR-only ones the first \n is not the header's end.
    if ((header.endsWith("\r\n") ? header.slice(0, -2) : header.slice(0, -1)).includes("\r")) return undefined;
    const bounds = [0];
    for (let k = 1; k < count; k++) {
      // Equal shares of all the bytes read, the first thread's share less what it reads besides.
      const cut = nextLine(Math.max(Math.floor(((size + besides) * k) / count - besides), headerEnd - 1));
      if (cut !== undefined && cut > bounds.at(-1)! && cut < size) bounds.push(cut);
    }
    bounds.push(size);
    return bounds.length > 2 ? { header, bounds } : undefined;
  } finally {
    closeSync(fd);
  }
}

/**
 * F03InParts on threads: f03.csv cut into up to 1 + pool.size
 * parts of at least `minPartBytes`, each read by readF03Part, the first on
 * this thread (between the rows of the files it reads meanwhile, so that
 * part is smaller), the others on the pool's workers. A file with a `"` is
 * read in one go (undefined), since a quoted field could hold a line break
 * where it was cut: at once when its first 64 KiB show one, else once the
 * parts have found it. A part that cannot be read (not UTF-8, a line over
 * the limit) also sends the file back to be read in one go, which reports
 * the problem with its row as one reading does.
 */
export function readF03InThreads(pool: F03Pool, minPartBytes = MIN_PART_BYTES): F03InParts {
  return async (path, o) => {
    const { size } = statSync(path);
    const count = Math.min(1 + pool.size, Math.floor(size / Math.max(1, minPartBytes)));
    if (count < 2) return undefined;
    const besides = (o.meanwhile ?? []).reduce((n, f) => n + statSync(f).size, 0);
    const cut = plan(path, size, count, besides);
    if (!cut) return undefined;
    const { header, bounds } = cut;
    const settled = await Promise.allSettled(
      bounds.slice(0, -1).map((start, k) => {
        const range: F03Range = {
          path,
          start,
          end: bounds[k + 1]!,
          header: k === 0 ? "" : header,
          method: o.method,
          kodes: o.kodes,
        };
        return k === 0 ? readF03Range(range) : pool.read(range);
      }),
    );
    const results = settled.map((s) => (s.status === "fulfilled" ? s.value : undefined));
    if (results.some((r) => r === undefined || r.quoted)) return undefined;
    return results.map((r) => r!.part);
  };
}
