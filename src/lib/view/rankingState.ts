/**
 * The ranking table's state (filters and sort) and how it lives in the URL,
 * so a filtered view can be shared: `/peringkat/?tingkat=kota&predikat=A`.
 * Runs in the browser (src/client/ranking.ts) and in tests; it imports only
 * the name-search helpers, which import nothing.
 */
import { matches } from "../site/search.ts";

export const SORT_KEYS = ["peringkat", "nama", "provinsi", "ipp", "perubahan"] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type Direction = "asc" | "desc";

export interface RankingState {
  readonly tingkat: string;
  readonly provinsi: string;
  readonly predikat: string;
  /** The predikat's move since the previous year: "naik", "turun", "tetap" or "" for all. */
  readonly gerak: string;
  readonly q: string;
  readonly sort: SortKey;
  readonly dir: Direction;
}

export const DEFAULT_STATE: RankingState = {
  tingkat: "",
  provinsi: "",
  predikat: "",
  gerak: "",
  q: "",
  sort: "peringkat",
  dir: "asc",
};

/** The values the page offers; anything else in a URL (a typo, an old link) is ignored rather than showing an empty table. */
export interface Allowed {
  readonly tingkat: ReadonlySet<string>;
  readonly provinsi: ReadonlySet<string>;
  readonly predikat: ReadonlySet<string>;
  readonly gerak: ReadonlySet<string>;
}

/** The direction a first click sorts in: best first for scores, A→Z for words, rank 1 first. */
export function naturalDirection(key: SortKey): Direction {
  return key === "ipp" || key === "perubahan" ? "desc" : "asc";
}

function isSortKey(s: string): s is SortKey {
  return (SORT_KEYS as readonly string[]).includes(s);
}

export function readState(search: string, allowed: Allowed): RankingState {
  const p = new URLSearchParams(search);
  const pickAllowed = (name: keyof Allowed) => {
    const v = p.get(name) ?? "";
    return allowed[name].has(v) ? v : "";
  };
  const urut = p.get("urut") ?? "";
  const sort = isSortKey(urut) ? urut : DEFAULT_STATE.sort;
  const arah = p.get("arah");
  return {
    tingkat: pickAllowed("tingkat"),
    provinsi: pickAllowed("provinsi"),
    predikat: pickAllowed("predikat"),
    gerak: pickAllowed("gerak"),
    q: (p.get("q") ?? "").slice(0, 100),
    sort,
    dir: arah === "asc" || arah === "desc" ? arah : naturalDirection(sort),
  };
}

/** The query string for a state, defaults left out: "" for the plain table, else "?tingkat=kota&urut=ipp". */
export function writeState(s: RankingState): string {
  const p = new URLSearchParams();
  if (s.tingkat) p.set("tingkat", s.tingkat);
  if (s.provinsi) p.set("provinsi", s.provinsi);
  if (s.predikat) p.set("predikat", s.predikat);
  if (s.gerak) p.set("gerak", s.gerak);
  if (s.q.trim()) p.set("q", s.q.trim());
  if (s.sort !== DEFAULT_STATE.sort) p.set("urut", s.sort);
  if (s.dir !== naturalDirection(s.sort)) p.set("arah", s.dir);
  const q = p.toString();
  return q ? `?${q}` : "";
}

/** What the script reads off each table row. */
export interface RowData {
  readonly tingkat: string;
  readonly provinsi: string;
  /** "-" when not evaluated. */
  readonly predikat: string;
  /** "naik", "turun", "tetap", or "" when not compared. */
  readonly move: string;
  readonly search: string;
  readonly name: string;
  readonly provinsiNama: string;
  readonly rank: number | null;
  readonly ipp: number | null;
  readonly change: number | null;
  /** Position in the server-rendered order (rank order), the last tie-break. */
  readonly index: number;
}

/** `words` are the query words, already normalised with `queryWords`. */
export function rowMatches(row: RowData, s: RankingState, words: readonly string[]): boolean {
  return (
    (!s.tingkat || row.tingkat === s.tingkat) &&
    (!s.provinsi || row.provinsi === s.provinsi) &&
    (!s.predikat || row.predikat === s.predikat) &&
    (!s.gerak || row.move === s.gerak) &&
    (words.length === 0 || matches(row.search, words))
  );
}

/**
 * A comparator for the sort key and direction. Missing values (not
 * evaluated, no previous year) go last whichever the direction; equal
 * values keep the server order, which is rank order.
 */
export function compareRows(key: SortKey, dir: Direction, collator: Intl.Collator): (a: RowData, b: RowData) => number {
  const sign = dir === "asc" ? 1 : -1;
  const num = (f: (r: RowData) => number | null) => (a: RowData, b: RowData) => {
    const x = f(a);
    const y = f(b);
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    return sign * (x - y);
  };
  const primary: (a: RowData, b: RowData) => number =
    key === "nama"
      ? (a, b) => sign * collator.compare(a.name, b.name)
      : key === "provinsi"
        ? (a, b) => sign * collator.compare(a.provinsiNama, b.provinsiNama)
        : num(key === "peringkat" ? (r) => r.rank : key === "ipp" ? (r) => r.ipp : (r) => r.change);
  return (a, b) => primary(a, b) || a.index - b.index;
}
