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
    for await (const piece of createReadStream(range.path, {
      start: range.start,
      end: range.end - 1,
      encoding: "utf8",
      highWaterMark: 1 << 16,
    })) {
      if (!quoted && (piece as string).includes('"')) quoted = true;
      yield piece as string;
    }
  }
  const known = new Set(range.kodes);
  const part = await readF03Part(text(), {
    method: range.method,
    known: (kode) => known.has(kode),
    file: range.path,
    continuation: range.header !== "",
  });
  return { part, quoted };
}

/**
 * A read part as it crosses between threads: the respondent names as one
 * string (cleaned names hold no line break), which is far cheaper to copy
 * than a string per respondent; the typed blocks are transferred, not copied.
 */
export interface F03Message {
  readonly part: Omit<F03Part, "respondents"> & {
    readonly respondents: Omit<F03Part["respondents"], "names"> & { readonly names: string };
  };
  readonly quoted: boolean;
}

export function toMessage({ part, quoted }: { part: F03Part; quoted: boolean }): {
  message: F03Message;
  transfer: ArrayBuffer[];
} {
  const { respondents } = part;
  const message = { part: { ...part, respondents: { ...respondents, names: respondents.names.join("\n") } }, quoted };
  return { message, transfer: respondents.blocks.map((b) => b.buffer as ArrayBuffer) };
}

export function fromMessage({ part, quoted }: F03Message): { part: F03Part; quoted: boolean } {
  const { respondents } = part;
  return {
    part: {
      ...part,
      respondents: { ...respondents, names: respondents.names === "" ? [] : respondents.names.split("\n") },
    },
    quoted,
  };
}
