import { rational, type Rational } from "../num/rational.ts";
import type { FileTally } from "../validate/issues.ts";
import { unreadableRows } from "../validate/rowHandlers.ts";
import type { Duplicate, F03Method, F03Part } from "./f03.ts";
import { RespondentTable } from "./respondents.ts";

/** F-03 result of one lokus: the mean over respondents of each respondent's mean item score. */
export interface F03Lokus {
  readonly key: string;
  readonly f03: Rational;
  readonly respondents: number;
}

/**
 * A copy of an exact value, made here rather than in rational(). V8 decides
 * per allocation site whether new objects go straight to the old generation:
 * when nearly all of rational()'s objects survive, as the one-per-lokus F03
 * values kept below would, every short-lived rational of the scoring that
 * follows goes there too (peak RSS +170 MiB at 3.5 M rows, npm run bench).
 * Copying keeps rational()'s own objects short-lived.
 */
const kept = (x: Rational): Rational => ({ n: x.n, d: x.d });

interface Whole {
  readonly respondents: RespondentTable;
  readonly firstRowOfLokus: Map<string, number>;
}

/**
 * Joins the parts of f03.csv, read in file order, into what one reading of
 * the whole file gives: rows renumbered, respondents that span two parts
 * joined (an item both parts have is a duplicate at the later row), blank
 * lines at the end of a part reported when data follows. Issues go to
 * `tally`, in row order.
 */
function join(parts: readonly F03Part[], method: F03Method, tally: FileTally): Whole {
  const respondents = RespondentTable.fromState(parts[0]!.respondents);
  const firstRowOfLokus = new Map(parts[0]!.firstRowOfLokus);
  const duplicates: Duplicate[] = [...parts[0]!.duplicates];
  let unkept = parts[0]!.duplicatesUnkept;
  tally.absorb(parts[0]!.tally, 0);
  let shift = parts[0]!.lines;
  let blanks = [...parts[0]!.trailingBlanks];
  const blank = unreadableRows(tally).blank;

  for (const part of parts.slice(1)) {
    if (part.rows > 0) for (const row of blanks.splice(0)) blank(row);
    for (const row of part.trailingBlanks) blanks.push(row + shift);
    const where = respondents.absorb(RespondentTable.fromState(part.respondents), shift, (row, r, i) => {
      duplicates.push({ row, r, i });
      tally.reject("duplikat");
    });
    for (const d of part.duplicates) duplicates.push({ row: d.row + shift, r: where[d.r]!, i: d.i });
    unkept += part.duplicatesUnkept;
    for (const [lid, row] of part.firstRowOfLokus) if (!firstRowOfLokus.has(lid)) firstRowOfLokus.set(lid, row + shift);
    tally.absorb(part.tally, shift);
    shift += part.lines;
  }

  // A duplicate's message names the row that counted, known only now that all parts are in.
  const items = method.f03.butir;
  duplicates.sort((a, b) => a.row - b.row);
  for (const { row, r, i } of duplicates) {
    const butir = String(items[i]!.butir);
    const where = `responden "${respondents.name(r)}" lokus "${respondents.lokus(r)}" sudah ada di baris ${respondents.rowOf(r, i)}`;
    tally.error("duplikat", `butir ${butir} ${where}`, { row, column: "butir", value: butir });
  }
  tally.countUnkept("error", "duplikat", unkept);
  tally.settle();
  return { respondents, firstRowOfLokus };
}

/**
 * The F-03 result per lokus from the parts of f03.csv (one part when it was
 * read in one go). `scored` says which lokus F-02 scored and `known` which
 * lokus F-02 mentions at all; F-03 rows for anything else are rejected.
 */
export function f03Result(
  parts: readonly F03Part[],
  o: { readonly method: F03Method; readonly tally: FileTally; readonly scored: (key: string) => boolean; readonly known: (key: string) => boolean },
): Map<string, F03Lokus> {
  const { method, tally, scored, known } = o;
  const { respondents, firstRowOfLokus } = join(parts, method, tally);
  const items = method.f03.butir;
  const m = items.length;
  const sums = new Map<string, { lokus: string; total: number; count: number; rows: number }>();
  const orphanReported = new Set<string>();
  for (let r = 0; r < respondents.count; r++) {
    const lokus = respondents.lokus(r);
    const lid = respondents.lokusId(r);
    const kode = lid.slice(0, lid.indexOf("\u0000"));
    const resp = respondents.name(r);
    if (!known(lid)) {
      if (!orphanReported.has(lid)) {
        orphanReported.add(lid);
        tally.error("lokus-tidak-ada-di-f02", `lokus "${lokus}" instansi ${kode} ada di f03.csv tetapi tidak ada di f02.csv`, {
          row: firstRowOfLokus.get(lid) ?? respondents.firstRow(r),
          column: "lokus",
          value: lokus,
        });
      }
      tally.reject("lokus-tidak-ada-di-f02", respondents.accepted(r));
      continue;
    }
    const unseen = respondents.unseen(r);
    if (unseen.length) {
      const missing = unseen.filter((i) => !respondents.isInvalid(r, i)).map((i) => items[i]!.butir);
      const invalid = unseen.filter((i) => respondents.isInvalid(r, i)).map((i) => items[i]!.butir);
      const parts = [missing.length ? `tidak punya butir ${missing.join(", ")}` : "", invalid.length ? `nilai tidak valid pada butir ${invalid.join(", ")}` : ""].filter(Boolean);
      tally.report(missing.length ? "error" : "warning", "responden-tidak-lengkap", `responden "${resp}" lokus "${lokus}" instansi ${kode} ${parts.join(" dan ")}; responden ini tidak dihitung`, {
        row: respondents.firstRow(r),
        column: "butir",
      });
      tally.reject("responden-tidak-lengkap", respondents.accepted(r));
      continue;
    }
    if (!scored(lid)) {
      tally.reject("lokus-tidak-lengkap", respondents.accepted(r));
      continue;
    }
    const s = sums.get(lid) ?? { lokus, total: 0, count: 0, rows: 0 };
    for (let i = 0; i < m; i++) s.total += respondents.score(r, i);
    s.count++;
    s.rows += respondents.accepted(r);
    sums.set(lid, s);
  }
  const out = new Map<string, F03Lokus>();
  const unit = 10n ** BigInt(method.f03.desimal_nilai);
  const { responden_min: lo, responden_max: hi } = method.f03;
  for (const [key, s] of sums) {
    // Every counted respondent answered all m items, so the mean of their means is Σ / (m·R).
    out.set(key, { key, f03: kept(rational(BigInt(s.total), unit * BigInt(m) * BigInt(s.count))), respondents: s.count });
    tally.used += s.rows;
    if (s.count < lo || s.count > hi) {
      const kode = key.slice(0, key.indexOf("\u0000"));
      tally.warn("jumlah-responden", `lokus "${s.lokus}" instansi ${kode} punya ${s.count} responden F-03; pedoman meminta ${lo}–${hi}`, {
        row: firstRowOfLokus.get(key)!,
        column: "responden",
        value: String(s.count),
      });
    }
  }
  return out;
}
