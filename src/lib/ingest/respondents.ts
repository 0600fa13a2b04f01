import { detach } from "../csv/readCsv.ts";

/** A RespondentTable as plain data, for sending between threads (the blocks can be transferred, not copied). */
export interface RespondentState {
  readonly items: number;
  readonly blocks: readonly Int32Array[];
  readonly lokusIds: readonly string[];
  readonly names: readonly string[];
  readonly lokusNames: readonly string[];
  readonly invalid: ReadonlyMap<number, ReadonlySet<number>>;
}

/** Respondents per block: big enough that the blocks are few, small enough that the unused tail stays small. */
const SHIFT = 10;
const BLOCK = 1 << SHIFT;

/**
 * The F-03 respondents seen so far, in order of first appearance: per
 * respondent its item scores, the row of each, its first row and the count
 * of rows accepted. This is the state that grows with the input (one entry
 * per respondent), so it is kept compact: the integers live in blocks of
 * typed memory, 4 bytes a field, where two small typed arrays and an object
 * per respondent cost some 600 bytes before the first score. Blocks are
 * added, never copied, so growing never briefly doubles the table.
 */
export class RespondentTable {
  private readonly items: number;
  private readonly width: number;
  private readonly blocks: Int32Array[] = [];
  /** Per lokus (its lokusId), its respondents by name: short keys, and one map a reader can keep while a lokus lasts. */
  private readonly byLokus = new Map<string, Map<string, number>>();
  /** Each respondent's lokusId and name, in order of first appearance. */
  private readonly lokusIds: string[] = [];
  private readonly names: string[] = [];
  /** The lokus as written in each respondent's first row (one shared string while it does not change). */
  private readonly lokusNames: string[] = [];
  /** Items whose row was rejected (already reported), for the few respondents that have any. */
  private readonly invalid = new Map<number, Set<number>>();

  constructor(items: number) {
    this.items = items;
    // Fields: the item scores (-1 = not seen), the row of each, the first row, the rows accepted.
    this.width = 2 * items + 2;
  }

  state(): RespondentState {
    const { items, blocks, lokusIds, names, lokusNames, invalid } = this;
    return { items, blocks, lokusIds, names, lokusNames, invalid };
  }

  /** A table holding `s`; its respondents can be looked up by lokus and name again. */
  static fromState(s: RespondentState): RespondentTable {
    const t = new RespondentTable(s.items);
    t.blocks.push(...s.blocks);
    t.lokusIds.push(...s.lokusIds);
    t.names.push(...s.names);
    t.lokusNames.push(...s.lokusNames);
    for (const [r, set] of s.invalid) t.invalid.set(r, new Set(set));
    for (let r = 0; r < t.count; r++) t.ofLokus(t.lokusIds[r]!).set(t.names[r]!, r);
    return t;
  }

  /**
   * Adds the respondents of a later part of the same file, whose rows are
   * numbered `shift` less than here, as if its rows had been read after
   * this table's: a respondent seen here gets the other's items it lacks,
   * and each item both have is a duplicate at the other's row, handed to
   * `duplicate` (its row counted as rejected by the caller). Returns, per
   * respondent of `part`, its number here.
   */
  absorb(part: RespondentTable, shift: number, duplicate: (row: number, r: number, i: number) => void): Int32Array {
    const where = new Int32Array(part.count);
    const m = this.items;
    for (let p = 0; p < part.count; p++) {
      const lid = part.lokusId(p);
      const inLokus = this.ofLokus(lid);
      let r = inLokus.get(part.name(p));
      if (r === undefined) {
        r = this.add(inLokus, lid, part.name(p), part.lokus(p), part.firstRow(p) + shift);
        for (let i = 0; i < m; i++) if (part.score(p, i) >= 0) this.accept(r, i, part.score(p, i), part.rowOf(p, i) + shift);
      } else
        for (let i = 0; i < m; i++) {
          if (part.score(p, i) < 0) continue;
          if (this.score(r, i) >= 0) duplicate(part.rowOf(p, i) + shift, r, i);
          else this.accept(r, i, part.score(p, i), part.rowOf(p, i) + shift);
        }
      for (const i of part.invalid.get(p) ?? []) this.markInvalid(r, i);
      where[p] = r;
    }
    return where;
  }

  /** The respondents of a lokus by name (created empty the first time). */
  ofLokus(lid: string): Map<string, number> {
    let m = this.byLokus.get(lid);
    if (!m) this.byLokus.set(lid, (m = new Map()));
    return m;
  }

  /** Adds respondent `name` of lokus `lid` (its map from ofLokus), first seen at `row`, in lokus `lokus` (as written there). */
  add(inLokus: Map<string, number>, lid: string, name: string, lokus: string, row: number): number {
    const r = this.lokusNames.length;
    if ((r & (BLOCK - 1)) === 0) this.blocks.push(new Int32Array(BLOCK * this.width));
    const at = this.offset(r);
    this.blocks[r >> SHIFT]!.fill(-1, at, at + this.items);
    this.put(r, 2 * this.items, row);
    this.put(r, 2 * this.items + 1, 0);
    const previous = this.lokusNames.at(-1);
    this.lokusNames.push(previous === lokus ? previous : detach(lokus));
    const lastLid = this.lokusIds.at(-1);
    this.lokusIds.push(lastLid === lid ? lastLid : lid);
    this.names.push(detach(name));
    inLokus.set(this.names[r]!, r);
    return r;
  }

  /** Item `i`'s score (scaled to an integer), or -1 when not seen. */
  score(r: number, i: number): number {
    return this.field(r, i);
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
    this.put(r, 2 * this.items + 1, this.accepted(r) + 1);
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
    return this.field(r, 2 * this.items);
  }

  accepted(r: number): number {
    return this.field(r, 2 * this.items + 1);
  }

  lokus(r: number): string {
    return this.lokusNames[r]!;
  }

  /** How many respondents there are; they are numbered 0…count−1 in order of first appearance. */
  get count(): number {
    return this.names.length;
  }

  /** The lokusId of respondent r. */
  lokusId(r: number): string {
    return this.lokusIds[r]!;
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
