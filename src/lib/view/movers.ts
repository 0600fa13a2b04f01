/**
 * Year-on-year change of each instansi, and the biggest movers up and down.
 *
 * Two years are compared only when they were scored with the same
 * methodology profile: a change of instrument moves every score, and calling
 * that "improvement" would mislead. Only instansi evaluated in both years
 * count, and the change is taken on the published two-decimal values (what a
 * reader can check against the decree), not on unrounded ones.
 */
import type { InstansiResult } from "../schema/output.ts";
import { byCodePoint, cutWithTies, hundredths, type Cut } from "./rankingCut.ts";
import { comparability } from "./comparable.ts";

export type MoverRow = Pick<InstansiResult, "kode_instansi" | "nama" | "slug" | "tingkat" | "ipp" | "predikat">;

/** What the comparison needs of a year. */
export interface YearSlice {
  readonly year: number;
  readonly profil: string;
  readonly instansi: readonly MoverRow[];
}

export interface Change {
  readonly row: MoverRow;
  readonly before: number;
  readonly predikatBefore: string;
  /** row.ipp − before, exact to the hundredth. */
  readonly delta: number;
}

export type Comparison =
  /** The first year with data: nothing to compare with. */
  | { readonly kind: "none" }
  /** The previous year used another methodology profile: not compared. */
  | {
      readonly kind: "profile-differs";
      readonly previous: number;
      readonly profile: string;
      readonly previousProfile: string;
    }
  | { readonly kind: "compared"; readonly previous: number; readonly changes: ReadonlyMap<string, Change> };

/** The latest year with data before `year`, or null for the first. A gap (no 2021) compares with the year before the gap; pages name the year. */
export function previousYear(years: Iterable<number>, year: number): number | null {
  let best: number | null = null;
  for (const y of years) if (y < year && (best === null || y > best)) best = y;
  return best;
}

/** Each instansi's change since `previous`, keyed by kode_instansi. */
export function compareYears(current: YearSlice, previous: YearSlice | null): Comparison {
  if (previous === null) return { kind: "none" };
  // The one rule of src/lib/view/comparable.ts: another methodology profile is not comparable.
  if (!comparability(previous, current).comparable)
    return {
      kind: "profile-differs",
      previous: previous.year,
      profile: current.profil,
      previousProfile: previous.profil,
    };
  const before = new Map(previous.instansi.map((r) => [r.kode_instansi, r]));
  const changes = new Map<string, Change>();
  for (const row of current.instansi) {
    const b = before.get(row.kode_instansi);
    if (!b) continue;
    changes.set(row.kode_instansi, {
      row,
      before: b.ipp,
      predikatBefore: b.predikat,
      delta: (hundredths(row.ipp) - hundredths(b.ipp)) / 100,
    });
  }
  return { kind: "compared", previous: previous.year, changes };
}

export interface Movers {
  readonly up: Cut<Change>;
  readonly down: Cut<Change>;
}

/**
 * The `n` largest rises and the `n` largest falls (a zero change is
 * neither), ties at the cut kept. Within a tie, the higher current IPP comes
 * first among risers and the lower among fallers, then by name.
 */
export function biggestMovers(changes: ReadonlyMap<string, Change>, n: number): Movers {
  const all = [...changes.values()];
  const d = (c: Change) => hundredths(c.delta);
  const same = (a: Change, b: Change) => d(a) === d(b);
  const up = all
    .filter((c) => d(c) > 0)
    .sort((a, b) => d(b) - d(a) || b.row.ipp - a.row.ipp || byCodePoint(a.row.nama, b.row.nama));
  const down = all
    .filter((c) => d(c) < 0)
    .sort((a, b) => d(a) - d(b) || a.row.ipp - b.row.ipp || byCodePoint(a.row.nama, b.row.nama));
  return { up: cutWithTies(up, n, same), down: cutWithTies(down, n, same) };
}
