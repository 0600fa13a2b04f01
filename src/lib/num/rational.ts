import { gcdBigInt, gcdDouble } from "./gcd.ts";
import { roundHalfUpSmall } from "./halfUp.ts";

/**
 * Exact rational numbers on BigInt, so that scores are never touched by binary
 * floating point: 4.505 stays 4505/1000 and rounds half-up to 4.51.
 * Values are immutable and always normalised (d > 0, gcd(n, d) = 1).
 */
export interface Rational {
  readonly n: bigint;
  readonly d: bigint;
}

export function rational(n: bigint | number, d: bigint | number = 1n): Rational {
  if (typeof n === "number" && typeof d === "number" && d > 0 && Number.isSafeInteger(n) && Number.isSafeInteger(d))
    return reducedSmall(n, d);
  let nn = BigInt(n);
  let dd = BigInt(d);
  if (dd === 0n) throw new RangeError("rational: zero denominator");
  if (dd < 0n) [nn, dd] = [-nn, -dd];
  if (nn < SAFE && nn > -SAFE && dd < SAFE) return reducedSmall(Number(nn), Number(dd));
  const g = gcdBigInt(nn, dd); // ≥ 1: dd is not 0
  return { n: nn / g, d: dd / g };
}

/** Integers below this in magnitude are exact as doubles, and so is everything reducedSmall computes. */
const SAFE = 2n ** 53n;

/**
 * The usual case, a fraction of numbers that fit a double exactly: Euclid's
 * algorithm on doubles (% and / of such integers are exact when they divide)
 * costs far less than on BigInt.
 */
function reducedSmall(n: number, d: number): Rational {
  const g = gcdDouble(n, d); // ≥ 1: d > 0
  return { n: BigInt(n / g), d: BigInt(d / g) };
}

export const ZERO = rational(0);

/** Parses a finite decimal literal such as "0.75", "17" or "-1.5e-2" exactly. */
export function fromDecimal(text: string | number): Rational {
  const s = String(text).trim();
  const m = /^([+-]?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/i.exec(s);
  if (!m) throw new RangeError(`not a decimal number: ${s}`);
  const [, sign, int, frac = "", exp = "0"] = m;
  const digits = BigInt(`${sign}${int}${frac}`);
  const scale = frac.length - Number(exp);
  return scale >= 0 ? rational(digits, 10n ** BigInt(scale)) : rational(digits * 10n ** BigInt(-scale));
}

export function add(a: Rational, b: Rational): Rational {
  return rational(a.n * b.d + b.n * a.d, a.d * b.d);
}

export function sub(a: Rational, b: Rational): Rational {
  return rational(a.n * b.d - b.n * a.d, a.d * b.d);
}

export function mul(a: Rational, b: Rational): Rational {
  return rational(a.n * b.n, a.d * b.d);
}

export function div(a: Rational, b: Rational): Rational {
  if (b.n === 0n) throw new RangeError("rational: division by zero");
  return rational(a.n * b.d, a.d * b.n);
}

/**
 * Σ values over their least common denominator, normalised once at the end
 * (adding pairwise would reduce every partial sum: a gcd per term on ever
 * larger numbers). The denominators here are few and small (weights, and
 * respondent counts of 10–20), so their lcm stays small.
 */
function sumOver(values: readonly Rational[]): { n: bigint; d: bigint } {
  let d = 1n;
  for (const v of values) if (d % v.d !== 0n) d = (d / gcdBigInt(d, v.d)) * v.d;
  let n = 0n;
  for (const v of values) n += v.n * (d / v.d);
  return { n, d };
}

export function sum(values: Iterable<Rational>): Rational {
  const { n, d } = sumOver([...values]);
  return rational(n, d);
}

export function mean(values: readonly Rational[]): Rational {
  if (values.length === 0) throw new RangeError("rational: mean of nothing");
  const { n, d } = sumOver(values);
  return rational(n, d * BigInt(values.length));
}

export function compare(a: Rational, b: Rational): -1 | 0 | 1 {
  const l = a.n * b.d;
  const r = b.n * a.d;
  return l < r ? -1 : l > r ? 1 : 0;
}

/**
 * Rounds half away from zero to `digits` decimals and returns the scaled
 * integer: roundScaled(4.505, 2) = 451n.
 */
export function roundScaled(x: Rational, digits: number): bigint {
  const small = roundSmall(x, digits);
  if (small !== undefined) return BigInt(small);
  const scale = 10n ** BigInt(digits);
  const num = x.n * scale;
  const q = (2n * (num < 0n ? -num : num) + x.d) / (2n * x.d);
  return num < 0n ? -q : q;
}

/** Numbers below this in magnitude go to roundHalfUpSmall as doubles. */
const SMALL = 2n ** 36n;

/** roundScaled for the usual case, a score with a small numerator and denominator, on doubles instead of BigInt. */
function roundSmall(x: Rational, digits: number): number | undefined {
  if (x.d >= SMALL || x.n >= SMALL || x.n <= -SMALL) return undefined;
  return roundHalfUpSmall(Number(x.n), Number(x.d), digits);
}

/** Rounds half away from zero to `digits` decimals, as a JavaScript number. */
export function round(x: Rational, digits: number): number {
  return (roundSmall(x, digits) ?? Number(roundScaled(x, digits))) / 10 ** digits;
}

/** Approximate value, for ordering and display only: never for rounding. */
export function toNumber(x: Rational): number {
  return Number(x.n) / Number(x.d);
}
