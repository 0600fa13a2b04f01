import { clamp, type Rng } from "./prng.ts";

/**
 * How users rate each F-03 item relative to their overall view, by item
 * number (profile order): fees and hours are rarely a complaint, parking,
 * toilets and online information often are.
 */
export const ITEM_OFFSET: readonly number[] = [
  0, -0.05, 0.2, -0.1, 0.1, 0.05, 0.05, -0.3, -0.05, -0.3, -0.15, -0.2, 0, -0.1,
];

/** Users' level = base + slope·(q − 4) + noise; answers spread around it by mood and item noise. */
const levelSd = 0.28;
const moodSd = 0.35;
const answerSd = 0.5;
export const USER = {
  base: 4.1,
  slope: 0.45,
  levelSd,
  moodSd,
  answerSd,
  /** All three spreads together, as one answer sees them. */
  itemSd: Math.hypot(levelSd, moodSd, answerSd),
} as const;

export interface Responses {
  readonly respondents: number;
  /** respondents × items scores, row-major, integers 0–5. */
  readonly values: Uint8Array;
}

/**
 * Users' view of a lokus. It follows the unit's quality only partly (users
 * see the counter, not the documents behind it), with its own noise, and is
 * generally kinder than the evaluator, as satisfaction surveys are.
 */
export function userLevel(q: number, rng: Rng): number {
  return clamp(USER.base + USER.slope * (q - 4) + rng.normal(0, USER.levelSd), 1.5, 4.9);
}

/** 10–20 respondents, each answering every item with an integer 0–5. */
export function drawResponses(level: number, items: number, range: { min: number; max: number }, rng: Rng): Responses {
  const respondents = rng.int(range.min, range.max);
  const values = new Uint8Array(respondents * items);
  for (let r = 0; r < respondents; r++) {
    const mood = rng.normal(0, USER.moodSd);
    for (let k = 0; k < items; k++) {
      const x = level + mood + (ITEM_OFFSET[k] ?? 0) + rng.normal(0, USER.answerSd);
      values[r * items + k] = clamp(rng.stochasticRound(x), 0, 5);
    }
  }
  return { respondents, values };
}

export function sumOf(values: Uint8Array): number {
  let t = 0;
  for (const v of values) t += v;
  return t;
}

/**
 * Raises or lowers single answers, picked at random, until the total is
 * exactly `target` (which must lie within 0 … 5·cells). The answers stay
 * integers and keep most of their spread.
 */
export function setSum(values: Uint8Array, target: number, rng: Rng): void {
  if (target < 0 || target > 5 * values.length) throw new RangeError(`setSum: ${target} di luar jangkauan`);
  let total = sumOf(values);
  while (total !== target) {
    const up = total < target;
    const i = Math.floor(rng.next() * values.length);
    const v = values[i]!;
    if (up ? v < 5 : v > 0) {
      values[i] = v + (up ? 1 : -1);
      total += up ? 1 : -1;
    }
  }
}
