import { detach } from "../csv/readCsv.ts";

/** A RespondentTable as plain data, for sending between threads (the blocks can be transferred rather than copied). */
export interface RespondentState {
  readonly items: number;
  readonly blocks: readonly Int32Array[];
  readonly lokus: readonly LokusEntry[];
  /** Each respondent's name as first written, cleaned (so without line breaks). */
  readonly names: readonly string[];
  readonly invalid: ReadonlyMap<number, ReadonlySet<number>>;
}

/**
 * A lokus (its lokusId) as written in the first row of a run of respondents
 * that follow each other: respondents first…(the next entry's first − 1).
 */
interface LokusEntry {
  readonly lid: string;
  readonly name: string;
  readonly first: number;
}

/** Respondents per block: big enough that the blocks are few, small enough that the unused tail stays small. */
const SHIFT = 10;
const BLOCK = 1 << SHIFT;

/**
 * The F-03 respondents seen so far, in order of first appearance: per
 * respondent its item scores, the row of each, its first row, the count of
 * rows accepted and its lokus. This is the state that grows with the input
 * (one entry per respondent), so it is kept compact: the integers live in
 * blocks of typed memory, 4 bytes a field, where two small typed arrays and
 * an object per respondent cost some 600 bytes before the first score.
 * Blocks are added, never copied, so growing never briefly doubles the table.
 */
export class RespondentTable {
  private readonly items: number;
  private readonly width: number;
  /** Field numbers after the 2 × items of scores and their rows. */
  private readonly firstRowAt: number;
  private readonly acceptedAt: number;
  private readonly lokusAt: number;
  private readonly blocks: Int32Array[];
  /**
   * Per lokus (its lokusId), its respondents by name: short keys, and one map
   * a reader can keep while a lokus lasts. For a table made from a state,
   * filled only for the lokus asked for (joining parts asks for few).
   */
  private readonly byLokus = new Map<string, Map<string, number>>();
  private readonly fromState: boolean;
  /** For a table made from a state: per lokus, its entries (see find). */
  private entriesByLokus: Map<string, number[]> | undefined;
  /** The lokus entries respondents point to; a new one only when the lokus or its spelling changes. */
  private readonly lokusEntries: LokusEntry[];
  /** Each respondent's name as first written (cleaned), in order of first appearance. */
  private readonly names: string[];
  /** Items whose row was rejected (already reported), for the few respondents that have any. */
  private readonly invalid: Map<number, Set<number>>;

  /** An empty table, or one that takes over a state's memory (the state is not to be used again). */
  constructor(items: number, from?: RespondentState) {
    this.items = items;
    // Fields: the item scores (-1 = not seen), the row of each, the first row, the rows accepted, the lokus entry.
    this.firstRowAt = 2 * items;
    this.acceptedAt = 2 * items + 1;
    this.lokusAt = 2 * items + 2;
    this.width = 2 * items + 3;
    this.blocks = from ? [...from.blocks] : [];
    this.lokusEntries = from ? [...from.lokus] : [];
    this.names = from ? (from.names as string[]) : [];
    this.invalid = from ? (from.invalid as Map<number, Set<number>>) : new Map();
    this.fromState = from !== undefined;
  }

  state(): RespondentState {
    return {
      items: this.items,
      blocks: this.blocks,
      lokus: this.lokusEntries,
      names: this.names,
      invalid: this.invalid,
    };
  }

  static fromState(s: RespondentState): RespondentTable {
    return new RespondentTable(s.items, s);
  }

  /**
   * Adds what respondent `p` of `part` has to respondent `r` of this table,
   * as if `part`'s rows came after this table's; `part`'s rows are
   * numbered `delta` less than here. An item both have is a duplicate at
   * `part`'s row, handed to `duplicate` in `part`'s own numbering.
   */
  absorb(
    r: number,
    part: RespondentTable,
    p: number,
    delta: number,
    duplicate: (row: number, i: number) => void,
  ): void {
    for (let i = 0; i < this.items; i++) {
      if (part.score(p, i) < 0) continue;
      if (this.score(r, i) >= 0) duplicate(part.rowOf(p, i), i);
      else this.accept(r, i, part.score(p, i), part.rowOf(p, i) + delta);
    }
    for (const i of part.invalid.get(p) ?? []) this.markInvalid(r, i);
  }

  /** The respondents of a lokus by name (created empty the first time). */
  ofLokus(lid: string): Map<string, number> {
    let m = this.byLokus.get(lid);
    if (!m) this.byLokus.set(lid, (m = this.fromState ? this.find(lid) : new Map()));
    return m;
  }

  /**
   * The respondents of a lokus by name, found through the lokus entries (for
   * a table made from a state). The entries are indexed by lokus once, so a
   * file whose rows do not come grouped by lokus, where every lokus is
   * looked up, costs no more than a full index.
   */
  private find(lid: string): Map<string, number> {
    const entries = this.lokusEntries;
    if (!this.entriesByLokus) {
      this.entriesByLokus = new Map();
      for (let e = 0; e < entries.length; e++) {
        const list = this.entriesByLokus.get(entries[e]!.lid);
        if (list) list.push(e);
        else this.entriesByLokus.set(entries[e]!.lid, [e]);
      }
    }
    const m = new Map<string, number>();
    for (const e of this.entriesByLokus.get(lid) ?? []) {
      const end = e + 1 < entries.length ? entries[e + 1]!.first : this.count;
      for (let r = entries[e]!.first; r < end; r++) m.set(this.names[r]!, r);
    }
    return m;
  }

  /** Adds respondent `name` of lokus `lid` (its map from ofLokus), first seen at `row`, in lokus `lokus` (as written there). */
  add(inLokus: Map<string, number>, lid: string, name: string, lokus: string, row: number): number {
    const r = this.names.length;
    if ((r & (BLOCK - 1)) === 0) this.blocks.push(new Int32Array(BLOCK * this.width));
    const at = this.offset(r);
    this.blocks[r >> SHIFT]!.fill(-1, at, at + this.items);
    this.put(r, this.firstRowAt, row);
    this.put(r, this.acceptedAt, 0);
    const entry = this.lokusEntries.at(-1);
    if (!entry || entry.lid !== lid || entry.name !== lokus)
      this.lokusEntries.push({ lid, name: detach(lokus), first: r });
    this.put(r, this.lokusAt, this.lokusEntries.length - 1);
    this.names.push(detach(name));
    inLokus.set(this.names[r]!, r);
    return r;
  }

  /** Item `i`'s score (scaled to an integer), or -1 when not seen. */
  score(r: number, i: number): number {
    return this.field(r, i);
  }

  /** The sum of the item scores when every item is scored, else -1. */
  total(r: number): number {
    const block = this.blocks[r >> SHIFT]!;
    const at = this.offset(r);
    let sum = 0;
    for (let i = 0; i < this.items; i++) {
      const v = block[at + i]!;
      if (v < 0) return -1;
      sum += v;
    }
    return sum;
  }

  /** The items not scored (yet), in order. */
  unseen(r: number): number[] {
    const out: number[] = [];
    for (let i = 0; i < this.items; i++) if (this.field(r, i) < 0) out.push(i);
    return out;
  }

  /** The row item `i`'s score came from. */
  rowOf(r: number, i: number): number {
    return this.field(r, this.items + i);
  }

  accept(r: number, i: number, score: number, row: number): void {
    this.put(r, i, score);
    this.put(r, this.items + i, row);
    this.put(r, this.acceptedAt, this.accepted(r) + 1);
  }

  markInvalid(r: number, i: number): void {
    const set = this.invalid.get(r);
    if (set) set.add(i);
    else this.invalid.set(r, new Set([i]));
  }

  isInvalid(r: number, i: number): boolean {
    return this.invalid.get(r)?.has(i) ?? false;
  }

  firstRow(r: number): number {
    return this.field(r, this.firstRowAt);
  }

  accepted(r: number): number {
    return this.field(r, this.acceptedAt);
  }

  /** The lokus as written in the respondent's first row. */
  lokus(r: number): string {
    return this.lokusEntries[this.field(r, this.lokusAt)]!.name;
  }

  /** How many respondents there are; they are numbered 0…count−1 in order of first appearance. */
  get count(): number {
    return this.names.length;
  }

  /** The lokusId of respondent r. */
  lokusId(r: number): string {
    return this.lokusEntries[this.field(r, this.lokusAt)]!.lid;
  }

  /** The respondent's name as first written (cleaned). */
  name(r: number): string {
    return this.names[r]!;
  }

  private offset(r: number): number {
    return (r & (BLOCK - 1)) * this.width;
  }

  private field(r: number, f: number): number {
    return this.blocks[r >> SHIFT]![this.offset(r) + f]!;
  }

  private put(r: number, f: number, value: number): void {
    this.blocks[r >> SHIFT]![this.offset(r) + f] = value;
  }
}
