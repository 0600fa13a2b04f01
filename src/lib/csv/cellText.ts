import { formatDecimal } from "../format/number.ts";

/**
 * What the CSV reader does with the text of a cell that holds anything but
 * printable ASCII: characters a reader cannot see are refused, and the
 * differences a reader cannot see are removed, so that two cells that look
 * the same compare the same (a lokus typed twice, across f02.csv and f03.csv).
 */

/** Anything but printable ASCII, tab and line feed: only text with such a character needs a closer look. */
export const UNUSUAL = /[^\t\n\x20-\x7E]/;

/**
 * Refused: control characters (C0 and C1, but tab and line break, which are
 * plain white space), format characters (zero-width space and joiners,
 * soft hyphen, a byte-order mark in the middle, direction marks), line and
 * paragraph separators, private-use and lone surrogate code points.
 */
const REFUSED = /(?![\t\n])[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Co}\p{Cs}]/u;

/** Space characters other than the plain space (no-break space, narrow and figure spaces, ideographic space…). */
const OTHER_SPACES = /(?! )\p{Zs}/gu;

const NAMES: Readonly<Record<number, string>> = {
  0x00: "NUL",
  0x00ad: "tanda hubung lunak",
  0x200b: "spasi lebar nol",
  0x200c: "pemisah lebar nol",
  0x200d: "penyambung lebar nol",
  0x200e: "tanda arah kiri-ke-kanan",
  0x200f: "tanda arah kanan-ke-kiri",
  0x2028: "pemisah baris",
  0x2029: "pemisah paragraf",
  0x2060: "penyambung kata",
  0xfeff: "tanda urutan byte (BOM)",
};

/** "U+200B (spasi lebar nol)": a character named so a person can find it. */
export function describeChar(c: string): string {
  const code = c.codePointAt(0)!;
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
  const name = NAMES[code] ?? (/\p{Cc}/u.test(c) ? "karakter kendali" : "karakter tak terlihat");
  return `${hex} (${name})`;
}

/**
 * A cell's text made comparable: composed and decomposed letters to one
 * form (NFC), other space characters to a plain space. Or, when the cell
 * holds a character that is refused, why (which character, where).
 */
export function normaliseCell(cell: string): { text: string } | { problem: string } {
  const bad = REFUSED.exec(cell);
  if (bad)
    return {
      problem: `sel memuat ${describeChar(bad[0])} pada karakter ke-${[...cell.slice(0, bad.index)].length + 1}; hapus karakter itu (ketik ulang selnya)`,
    };
  return { text: cell.normalize("NFC").replace(OTHER_SPACES, " ") };
}

/** Text for a message: invisible characters shown as <U+200B>, and at most `max` characters of it. */
export function shown(text: string, max = 100): string {
  let visible = UNUSUAL.test(text)
    ? text.replace(
        new RegExp(REFUSED.source, "gu"),
        (c) => `<U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}>`,
      )
    : text;
  visible = visible.replace(/\n/g, " ");
  if (visible.length <= max) return visible;
  return `${visible.slice(0, max)}… (${formatDecimal(text.length, "id", 0)} karakter)`;
}
