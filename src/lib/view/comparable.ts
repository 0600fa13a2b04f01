/**
 * Whether two years of results can be compared, and why not: the one rule
 * every page uses before it shows a change, a trend line or movers.
 *
 * - A different methodology profile (instrument, weights, ladder) moves every
 *   score: the years are **not comparable** and no change is shown.
 * - Different lokus (service units) under the same profile are comparable as
 *   the decree compares them (the IPP of the instansi), but the change
 *   compares different units: pages say so beside it.
 */
import { pick, type Lang } from "../format/lang.ts";

/** What the rule needs to know of one year of one instansi. */
export interface YearFacts {
  readonly year: number;
  readonly profil: string;
  /** Its lokus that year (names as published); unknown when absent. */
  readonly lokus?: readonly string[] | undefined;
}

export type Comparability =
  | { readonly comparable: true; readonly lokusChanged: boolean }
  | {
      readonly comparable: false;
      readonly reason: "profil-berbeda";
      readonly profil: string;
      readonly profilSebelum: string;
    };

const sameSet = (a: readonly string[], b: readonly string[]) => {
  const norm = (x: readonly string[]) =>
    [...x]
      .map((s) => s.toLowerCase())
      .sort()
      .join("\u0000");
  return norm(a) === norm(b);
};

/** Can `after` be compared with `before`? */
export function comparability(before: YearFacts, after: YearFacts): Comparability {
  if (before.profil !== after.profil)
    return { comparable: false, reason: "profil-berbeda", profil: after.profil, profilSebelum: before.profil };
  const lokusChanged = before.lokus !== undefined && after.lokus !== undefined && !sameSet(before.lokus, after.lokus);
  return { comparable: true, lokusChanged };
}

/** One sentence saying why two years are not compared. */
export function notComparableNote(
  c: Extract<Comparability, { comparable: false }>,
  before: number,
  after: number,
  lang: Lang,
): string {
  return pick(
    lang,
    `${after} tidak dibandingkan dengan ${before}: metode penilaiannya berbeda (profil ${c.profilSebelum} pada ${before}, ${c.profil} pada ${after}), sehingga selisih nilainya bukan perubahan kinerja.`,
    `${after} is not compared with ${before}: the scoring method differs (profile ${c.profilSebelum} in ${before}, ${c.profil} in ${after}), so a difference in scores is not a change in performance.`,
  );
}

/** One sentence saying that a change compares different lokus. */
export function lokusChangedNote(
  before: { year: number; lokus: readonly string[] },
  after: { year: number; lokus: readonly string[] },
  lang: Lang,
): string {
  const list = (l: readonly string[]) => l.join(", ");
  return pick(
    lang,
    `Lokus yang dievaluasi berganti: ${before.year} ${list(before.lokus)}; ${after.year} ${list(after.lokus)}. Perubahan IPP antara kedua tahun membandingkan unit layanan yang berbeda.`,
    `The lokus evaluated changed: ${before.year} ${list(before.lokus)}; ${after.year} ${list(after.lokus)}. The change in IPP between the two years compares different service units.`,
  );
}
