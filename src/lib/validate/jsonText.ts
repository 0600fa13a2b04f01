import { shown } from "../csv/cellText.ts";
/**
 * Reads a small JSON file written by a person (tahun.json, a methodology
 * profile): a UTF-8 byte-order mark is accepted; text that was not UTF-8
 * (read with U+FFFD in place of its bytes) or holds NUL is refused; a key written twice in
 * one object is refused, where JSON.parse would silently keep the last
 * value (`"status": "sample"` … `"status": "official"`).
 */
export function parseJsonText(text: string): { ok: true; value: unknown } | { ok: false; problem: string } {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const bad = /[\uFFFD\0]/.exec(body);
  if (bad)
    return {
      ok: false,
      problem: `bukan teks UTF-8 yang sah (${bad[0] === "\0" ? "memuat byte NUL" : "memuat byte yang bukan UTF-8, atau karakter pengganti U+FFFD"}, baris ${body.slice(0, bad.index).split("\n").length}); simpan sebagai UTF-8`,
    };
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (e) {
    return { ok: false, problem: `bukan JSON yang sah: ${(e as Error).message}` };
  }
  const dup = duplicateKey(body);
  if (dup)
    return {
      ok: false,
      problem: `kunci "${shown(dup.key)}" ditulis dua kali dalam satu objek (baris ${dup.line}); hapus salah satunya`,
    };
  return { ok: true, value };
}

/**
 * The first key that appears twice in one object of valid JSON text, with
 * the line of its second appearance. One pass over the text: strings are
 * skipped as a whole, and a string followed by `:` is a key of the object
 * that encloses it.
 */
export function duplicateKey(text: string): { key: string; line: number } | undefined {
  const stack: (Set<string> | null)[] = []; // null: an array
  let line = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "\n") line++;
    else if (c === "{") stack.push(new Set());
    else if (c === "[") stack.push(null);
    else if (c === "}" || c === "]") stack.pop();
    else if (c === '"') {
      let j = i + 1;
      while (text[j] !== '"') j += text[j] === "\\" ? 2 : 1;
      const raw = text.slice(i, j + 1);
      i = j;
      let k = j + 1;
      while (k < text.length && /\s/.test(text[k]!)) k++;
      const keys = stack.at(-1);
      if (text[k] === ":" && keys) {
        const key = JSON.parse(raw) as string;
        if (keys.has(key)) return { key, line };
        keys.add(key);
      }
    }
  }
  return undefined;
}
