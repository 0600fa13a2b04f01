import type { Lang } from "./lang.ts";

/**
 * Number formatting for Indonesian and English, written out by hand instead
 * of through Intl so the output never depends on the ICU data Node was built
 * with (small-icu builds fall back to English separators for "id").
 * Negative numbers use the real minus sign U+2212, as typesetting asks.
 */

export const MINUS = "\u2212";

interface Separators {
  readonly decimal: string;
  readonly group: string;
}

const SEPARATORS: Record<Lang, Separators> = {
  id: { decimal: ",", group: "." },
  en: { decimal: ".", group: "," },
};

/**
 * Rounds half away from zero at `digits` decimals. Shifting through the
 * decimal exponent instead of multiplying avoids binary artefacts such as
 * 1.005 * 100 = 100.49999999999999.
 */
export function roundHalfUp(x: number, digits: number): number {
  if (!Number.isFinite(x)) throw new RangeError(`bukan bilangan terhingga: ${x}`);
  const abs = String(Math.abs(x));
  // Tiny or huge values already print in exponent form; shift those arithmetically.
  const shifted = abs.includes("e") ? Math.abs(x) * 10 ** digits : Number(`${abs}e${digits}`);
  const magnitude = Math.round(shifted);
  const r = Number(`${magnitude}e-${digits}`);
  return x < 0 && r !== 0 ? -r : r;
}

function group(intDigits: string, sep: string): string {
  let out = "";
  for (let i = 0; i < intDigits.length; i++) {
    if (i > 0 && (intDigits.length - i) % 3 === 0) out += sep;
    out += intDigits[i];
  }
  return out;
}

/** Unsigned magnitude with separators; the caller adds any sign. */
function magnitude(x: number, digits: number, lang: Lang): string {
  const { decimal, group: g } = SEPARATORS[lang];
  const [int = "0", frac] = roundHalfUp(Math.abs(x), digits).toFixed(digits).split(".");
  return frac === undefined ? group(int, g) : `${group(int, g)}${decimal}${frac}`;
}

/** A plain decimal: `formatDecimal(1234.5, "id", 1)` → "1.234,5". Never prints "−0". */
export function formatDecimal(x: number, lang: Lang, digits: number): string {
  const negative = roundHalfUp(x, digits) < 0;
  return `${negative ? MINUS : ""}${magnitude(x, digits, lang)}`;
}

/** An IPP or aspect score, always two decimals: "4,63" / "4.63". */
export function formatIpp(x: number, lang: Lang): string {
  return formatDecimal(x, lang, 2);
}

/** A score that may be missing (not evaluated, published only): "–" then. */
export function formatIppOrDash(x: number | null, lang: Lang): string {
  return x === null ? "–" : formatIpp(x, lang);
}

/** A change with its sign always shown: "+0,08", "−0,12"; a change that rounds to zero prints "0,00". */
export function formatChange(delta: number, lang: Lang, digits = 2): string {
  const r = roundHalfUp(delta, digits);
  const sign = r > 0 ? "+" : r < 0 ? MINUS : "";
  return `${sign}${magnitude(delta, digits, lang)}`;
}

/** A count with thousands separators: "1.234" / "1,234". Rounds non-integers. */
export function formatInteger(n: number, lang: Lang): string {
  return formatDecimal(n, lang, 0);
}

/**
 * A share given as a fraction (0.235 → "23,5%" / "23.5%"). Indonesian
 * writes the sign without a space, as English does.
 */
export function formatPercent(fraction: number, lang: Lang, digits = 0): string {
  return `${formatDecimal(fraction * 100, lang, digits)}%`;
}

/** A rank, prefixed with "=" when it is shared with another instansi: "=12". */
export function formatRank(rank: number, tied: boolean, lang: Lang): string {
  return `${tied ? "=" : ""}${formatInteger(rank, lang)}`;
}

/** "=12 dari 514" / "=12 of 514". */
export function formatRankOf(rank: number, total: number, tied: boolean, lang: Lang): string {
  return `${formatRank(rank, tied, lang)} ${lang === "id" ? "dari" : "of"} ${formatInteger(total, lang)}`;
}

/**
 * Which ranks are shared, for ranks given in standard competition form
 * ("1224"): a rank is tied when at least two items hold it.
 */
export function tiedRanks(ranks: Iterable<number>): Set<number> {
  const seen = new Set<number>();
  const tied = new Set<number>();
  for (const r of ranks) (seen.has(r) ? tied : seen).add(r);
  return tied;
}

/** A year printed as is: no thousands separator, whatever the language ("2024", not "2.024"). */
export function formatYear(year: number): string {
  return String(Math.trunc(year));
}
