/** Builds small tar archives by hand, to test the reader without the network or a tar binary. */

export interface FixtureEntry {
  path: string;
  data?: string | Uint8Array;
  /** "0" file, "5" directory, "x" pax header, "L" GNU long name, "g" global pax header. */
  flag?: string;
  /** Put the directory part in the ustar prefix field instead of the name. */
  usePrefix?: boolean;
}

const enc = new TextEncoder();

function put(block: Uint8Array, at: number, text: string): void {
  block.set(enc.encode(text), at);
}

function header(e: FixtureEntry, size: number): Uint8Array {
  const h = new Uint8Array(512);
  if (e.usePrefix) {
    const cut = e.path.lastIndexOf("/");
    put(h, 0, e.path.slice(cut + 1));
    put(h, 345, e.path.slice(0, cut));
  } else {
    put(h, 0, e.path.slice(0, 100));
  }
  put(h, 100, "0000644\0");
  put(h, 108, "0000000\0");
  put(h, 116, "0000000\0");
  put(h, 124, `${size.toString(8).padStart(11, "0")}\0`);
  put(h, 136, "00000000000\0");
  put(h, 156, e.flag ?? "0");
  put(h, 257, "ustar\0");
  put(h, 263, "00");
  h.fill(32, 148, 156);
  const sum = h.reduce((a, b) => a + b, 0);
  put(h, 148, `${sum.toString(8).padStart(6, "0")}\0 `);
  return h;
}

export function makeTar(entries: FixtureEntry[]): Uint8Array {
  const parts: Uint8Array[] = [];
  for (const e of entries) {
    const data = typeof e.data === "string" ? enc.encode(e.data) : (e.data ?? new Uint8Array());
    parts.push(header(e, data.length), data, new Uint8Array((512 - (data.length % 512)) % 512));
  }
  parts.push(new Uint8Array(1024));
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** A pax record "<len> key=value\n", where len counts the whole record. */
export function paxRecord(key: string, value: string): string {
  const body = ` ${key}=${value}\n`;
  let len = body.length + 1;
  while (String(len).length + body.length !== len) len = String(len).length + body.length;
  return `${len}${body}`;
}
