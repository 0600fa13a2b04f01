import { availableParallelism } from "node:os";
import { open } from "node:fs/promises";
import { Worker } from "node:worker_threads";
import type { Effects } from "../../src/lib/effects.ts";
import type { F03Part } from "../../src/lib/ingest/f03.ts";
import { readF03Range, type F03Range } from "./f03Range.ts";

/** Below this many bytes per part, starting a thread costs more than it saves. */
export const MIN_PART_BYTES = 4 << 20;

/** As many threads as the machine offers to this process. */
export const defaultThreads = (): number => availableParallelism();

const WINDOW = 1 << 16;

/**
 * Where to cut the file into `count` parts of about equal size: right after
 * a `\n`, so every part holds whole lines. Also returns the header line,
 * which every part after the first is given. Undefined when the file has no
 * `\n` line breaks (a file with CR-only line breaks is read in one go).
 */
async function plan(path: string, count: number): Promise<{ header: string; bounds: number[] } | undefined> {
  const file = await open(path, "r");
  try {
    const { size } = await file.stat();
    const buffer = Buffer.alloc(WINDOW);
    const nextLine = async (from: number): Promise<number | undefined> => {
      for (let at = from; at < size; at += WINDOW) {
        const { bytesRead } = await file.read(buffer, 0, WINDOW, at);
        const i = buffer.subarray(0, bytesRead).indexOf(10);
        if (i !== -1) return at + i + 1;
      }
      return undefined;
    };
    const headerEnd = await nextLine(0);
    if (headerEnd === undefined) return undefined;
    const head = Buffer.alloc(headerEnd);
    await file.read(head, 0, headerEnd, 0);
    const header = head.toString("utf8");
    // Only \n or \r\n line breaks: with CR-only ones the first \n is not the header's end.
    if ((header.endsWith("\r\n") ? header.slice(0, -2) : header.slice(0, -1)).includes("\r")) return undefined;
    const bounds = [0];
    for (let k = 1; k < count; k++) {
      const cut = await nextLine(Math.max(Math.floor((size * k) / count), headerEnd - 1));
      if (cut !== undefined && cut > bounds.at(-1)! && cut < size) bounds.push(cut);
    }
    bounds.push(size);
    return bounds.length > 2 ? { header, bounds } : undefined;
  } finally {
    await file.close();
  }
}

function readInWorker(data: F03Range): Promise<{ part: F03Part; quoted: boolean }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("./f03Worker.ts", import.meta.url), { workerData: data });
    let done = false;
    worker.once("message", (m: { part: F03Part; quoted: boolean }) => {
      done = true;
      resolve(m);
    });
    worker.once("error", reject);
    worker.once("exit", (code) => {
      if (!done) reject(new Error(`${data.path}: the thread reading bytes ${data.start}–${data.end} stopped (exit ${code}) without a result`));
    });
  });
}

/**
 * Effects.readF03Parts on threads: f03.csv cut into up to `threads` parts
 * of at least `minPartBytes`, each read by readF03Part, the first on this
 * thread (between the rows of f02.csv, which this thread reads meanwhile),
 * the others on worker threads. A file with a `"` anywhere is read again in
 * one go (undefined), since a quoted field could hold a line break where it
 * was cut.
 */
export function readF03InThreads(threads: number, minPartBytes = MIN_PART_BYTES): NonNullable<Effects["readF03Parts"]> {
  return async (path, o) => {
    const file = await open(path, "r");
    const { size } = await file.stat();
    await file.close();
    const count = Math.min(threads, Math.floor(size / Math.max(1, minPartBytes)));
    if (count < 2) return undefined;
    const cut = await plan(path, count);
    if (!cut) return undefined;
    const { header, bounds } = cut;
    const results = await Promise.all(
      bounds.slice(0, -1).map((start, k) => {
        const range: F03Range = { path, start, end: bounds[k + 1]!, header: k === 0 ? "" : header, method: o.method, kodes: o.kodes };
        return k === 0 ? readF03Range(range) : readInWorker(range);
      }),
    );
    return results.some((r) => r.quoted) ? undefined : results.map((r) => r.part);
  };
}
