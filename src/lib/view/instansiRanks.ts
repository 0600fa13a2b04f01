import type { InstansiResult } from "../schema/output.ts";

type Ranked = Pick<
  InstansiResult,
  "kode_instansi" | "tingkat" | "kode_provinsi" | "peringkat_nasional" | "peringkat_provinsi"
>;

export interface RankTies {
  /** Whether another instansi of the same tingkat holds the same national rank. */
  national(r: Ranked): boolean;
  /** Whether another kabupaten/kota of the same province holds the same provincial rank. */
  provincial(r: Ranked): boolean;
}

const key = (group: string | null, rank: number | null) => `${group ?? ""}|${rank ?? ""}`;
const cache = new WeakMap<readonly Ranked[], RankTies>();

/**
 * Which published ranks are shared, read from the ranks the data build
 * wrote (equal values share a rank: 1, 2, 2, 4). Computed once per year's
 * rows, since every instansi page of the year asks.
 */
export function rankTies(rows: readonly Ranked[]): RankTies {
  const hit = cache.get(rows);
  if (hit) return hit;
  const count = new Map<string, number>();
  const bump = (k: string) => count.set(k, (count.get(k) ?? 0) + 1);
  for (const r of rows) {
    bump(`n${key(r.tingkat, r.peringkat_nasional)}`);
    if (r.peringkat_provinsi !== null) bump(`p${key(r.kode_provinsi, r.peringkat_provinsi)}`);
  }
  const ties: RankTies = {
    national: (r) => (count.get(`n${key(r.tingkat, r.peringkat_nasional)}`) ?? 0) > 1,
    provincial: (r) =>
      r.peringkat_provinsi !== null && (count.get(`p${key(r.kode_provinsi, r.peringkat_provinsi)}`) ?? 0) > 1,
  };
  cache.set(rows, ties);
  return ties;
}

/** "1st", "2nd", "3rd", "4th", "11th", "21st", "112th". */
export function englishOrdinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th");
  return `${n}${suffix}`;
}
