/**
 * A small seeded PRNG (sfc32) so the sample is reproducible byte for byte.
 * Every stream is keyed by what it is for ("2024|32.04|f03"), not by the order
 * of calls, so changing how one instansi is drawn leaves all others as they were.
 */

/** FNV-1a over UTF-16 code units, 32-bit: turns a key into a seed. */
export function hash32(text: string, salt = 0x811c9dc5): number {
  let h = salt >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [lo, hi], both inclusive. */
  int(lo: number, hi: number): number;
  /** Normal draw (Box–Muller; one pair per call keeps the stream simple). */
  normal(mean?: number, sd?: number): number;
  chance(p: number): boolean;
  /** Rounds x up with probability equal to its fractional part, so E[result] = x. */
  stochasticRound(x: number): number;
}

function sfc32(a: number, b: number, c: number, d: number): () => number {
  return () => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
}

/** A generator for one purpose: `seed` is the run's seed, `key` names the stream. */
export function rngFor(seed: number, ...key: readonly (string | number)[]): Rng {
  const text = `${seed}|${key.join("|")}`;
  const raw = sfc32(
    hash32(text, 0x811c9dc5),
    hash32(text, 0x9e3779b9),
    hash32(text, 0x85ebca6b),
    hash32(text, 0xc2b2ae35),
  );
  for (let i = 0; i < 12; i++) raw(); // let the state mix before use
  const rng: Rng = {
    next: raw,
    int: (lo, hi) => lo + Math.floor(raw() * (hi - lo + 1)),
    normal(mean = 0, sd = 1) {
      const u = 1 - raw(); // (0, 1], so the log is finite
      const v = raw();
      return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    },
    chance: (p) => raw() < p,
    stochasticRound(x) {
      const f = Math.floor(x);
      return raw() < x - f ? f + 1 : f;
    },
  };
  return rng;
}

export const clamp = (x: number, lo: number, hi: number) => (x < lo ? lo : x > hi ? hi : x);
