import { createReadStream } from "node:fs";
import { readF03Part, type F03Method, type F03Part } from "../../src/lib/ingest/f03.ts";

/** One part of f03.csv: bytes [start, end) of the file. */
export interface F03Range {
  readonly path: string;
  readonly start: number;
  readonly end: number;
  /** The file's header line, line break included, for every part but the first ("" for it). */
  readonly header: string;
  readonly method: F03Method;
  readonly kodes: readonly string[];
}

/**
 * Reads one part of f03.csv with readF03Part. Also tells whether its bytes
 * held a `"`: the parts were cut at line breaks, which is only safe when no
 * quoted field can span one.
 */
export async function readF03Range(range: F03Range): Promise<{ part: F03Part; quoted: boolean }> {
  let quoted = false;
  async function* text(): AsyncIterable<string> {
    if (range.header !== "") yield range.header;
    if (range.end <= range.start) return;
    for await (const piece of createReadStream(range.path, { start: range.start, end: range.end - 1, encoding: "utf8", highWaterMark: 1 << 16 })) {
      if (!quoted && (piece as string).includes('"')) quoted = true;
      yield piece as string;
    }
  }
  const known = new Set(range.kodes);
  const part = await readF03Part(text(), { method: range.method, known: (kode) => known.has(kode), file: range.path, continuation: range.header !== "" });
  return { part, quoted };
}
