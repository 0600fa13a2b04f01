/**
 * Just enough of the tar format to unpack a GitHub archive (ustar headers,
 * the `prefix` field, pax `path` records and GNU long names). No links or
 * sparse files: the download only wants regular files.
 */

export interface TarEntry {
  readonly path: string;
  readonly type: "file" | "directory" | "other";
  readonly data: Uint8Array;
}

const BLOCK = 512;
const decoder = new TextDecoder();

function text(bytes: Uint8Array, start: number, length: number): string {
  const field = bytes.subarray(start, start + length);
  const end = field.indexOf(0);
  return decoder.decode(end === -1 ? field : field.subarray(0, end));
}

function octal(bytes: Uint8Array, start: number, length: number, where: string): number {
  const raw = text(bytes, start, length).trim();
  if (!/^[0-7]*$/.test(raw)) throw new Error(`tar: ukuran tidak terbaca di ${where}`);
  return raw === "" ? 0 : parseInt(raw, 8);
}

/** The `path` of a pax record block ("<len> path=<value>\n" lines). */
function paxPath(data: Uint8Array): string | null {
  for (const line of decoder.decode(data).split("\n")) {
    const m = /^\d+ path=(.*)$/.exec(line);
    if (m) return m[1]!;
  }
  return null;
}

function checksumOk(header: Uint8Array): boolean {
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 32 : header[i]!;
  return sum === octal(header, 148, 8, "checksum");
}

export function* tarEntries(bytes: Uint8Array): Generator<TarEntry> {
  let offset = 0;
  let longPath: string | null = null;
  while (offset + BLOCK <= bytes.length) {
    const header = bytes.subarray(offset, offset + BLOCK);
    if (header.every((b) => b === 0)) return; // end-of-archive marker
    if (!checksumOk(header)) throw new Error(`tar: header rusak pada byte ${offset}`);
    const size = octal(header, 124, 12, `byte ${offset}`);
    const flag = String.fromCharCode(header[156]!);
    const dataStart = offset + BLOCK;
    if (dataStart + size > bytes.length) throw new Error(`tar: arsip terpotong pada byte ${offset}`);
    const data = bytes.subarray(dataStart, dataStart + size);
    offset = dataStart + Math.ceil(size / BLOCK) * BLOCK;

    if (flag === "x") longPath = paxPath(data) ?? longPath;
    else if (flag === "L") longPath = text(data, 0, data.length);
    else if (flag === "g")
      continue; // global pax header: GitHub puts the commit id there
    else {
      const prefix = text(header, 345, 155);
      const path = longPath ?? (prefix ? `${prefix}/${text(header, 0, 100)}` : text(header, 0, 100));
      longPath = null;
      const type = flag === "0" || flag === "\0" ? "file" : flag === "5" ? "directory" : "other";
      yield { path, type, data };
    }
  }
}
