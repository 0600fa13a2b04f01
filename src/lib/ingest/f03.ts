import type { Profile } from "../method/profile.ts";
import { rational, type Rational } from "../num/rational.ts";
import type { Master } from "../regions/master.ts";
import { cleanText, readLokusCells, readScaledScore, type ScoreSpec } from "../validate/cells.ts";
import { matchHeader } from "../validate/header.ts";
import { numberOrCode } from "../validate/lookup.ts";
import { unreadableRows } from "../validate/rowHandlers.ts";
import type { FileTally } from "../validate/issues.ts";
import type { CsvVisitor } from "../csv/readCsv.ts";
import { idOfClean } from "./f02.ts";
import { RespondentTable } from "./respondents.ts";

const COLUMNS = ["kode_instansi", "lokus", "responden", "butir", "nilai"] as const;

/**
 * The lokus and the respondent of the previous row, keyed by their raw
 * cells: rows usually come grouped by lokus and respondent, and the same
 * cells always give the same lokus and respondent, so such rows skip the
 * checks, the cleaning and the look-ups. A pure speed-up: rows in any order
 * give the same result.
 */
interface LastLokus {
  readonly kodeCell: string;
  readonly lokusCell: string;
  readonly lokus: string;
  readonly lid: string;
  readonly respondents: Map<string, number>;
}
interface LastRespondent {
  readonly respCell: string;
  readonly resp: string;
  /** The respondent, once a row of it has been accepted this far. */
  r: number | undefined;
}

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

/**
 * Reads f03.csv row by row: one row per respondent × item. Keeps a few
 * integers per respondent (respondents.ts); rows themselves are never stored.
 */
export function f03Reader(profile: Profile, master: Master, tally: FileTally) {
  const items = profile.def.f03.butir;
  const m = items.length;
  const itemOf = numberOrCode(items.map((b) => ({ nomor: b.butir, kode: b.kode })));
  const decimals = profile.def.f03.desimal_nilai;
  const spec: ScoreSpec = { min: profile.def.skala.min, max: profile.def.skala.max, decimals, column: "nilai" };
  const respondents = new RespondentTable(m);
  const firstRowOfLokus = new Map<string, number>();
  let col: Record<(typeof COLUMNS)[number], number> | undefined;
  let lastLokus: LastLokus | undefined;
  const known = (kode: string) => master.byKode.has(kode);
  let last: LastRespondent | undefined;

  const visitor: CsvVisitor = {
    header(cells) {
      col = matchHeader(cells, COLUMNS, [], tally);
    },
    ...unreadableRows(tally),
    record(cells, row) {
      tally.read++;
      if (!col) return tally.reject("header-salah");
      const kodeCell = cells[col.kode_instansi] ?? "";
      const lokusCell = cells[col.lokus] ?? "";
      const respCell = cells[col.responden] ?? "";
      if (!lastLokus || lastLokus.kodeCell !== kodeCell || lastLokus.lokusCell !== lokusCell) {
        const checked = readLokusCells(kodeCell, lokusCell, row, known, tally);
        if (!checked) return;
        const lid = idOfClean(checked.kode, checked.lokus);
        lastLokus = { kodeCell, lokusCell, lokus: checked.lokus, lid, respondents: respondents.ofLokus(lid) };
        last = undefined;
      }
      if (!last || last.respCell !== respCell) {
        const resp = cleanText(respCell);
        if (resp === "") {
          tally.error("responden-kosong", "responden kosong", { row, column: "responden", value: respCell });
          return tally.reject("responden-kosong");
        }
        last = { respCell, resp, r: undefined };
      }
      const { lokus, lid } = lastLokus;
      const { resp } = last;
      const rawItem = (cells[col.butir] ?? "").trim();
      const idx = itemOf(rawItem);
      if (idx === undefined) {
        tally.error("butir-tidak-dikenal", `butir tidak dikenal: pakai nomor 1–${m}`, { row, column: "butir", value: cells[col.butir] ?? "" });
        return tally.reject("butir-tidak-dikenal");
      }
      if (last.r === undefined) {
        if (!firstRowOfLokus.has(lid)) firstRowOfLokus.set(lid, row);
        last.r = lastLokus.respondents.get(resp) ?? respondents.add(lastLokus.respondents, lid, resp, lokus, row);
      }
      const r = last.r;
      const value = readScaledScore(cells[col.nilai] ?? "", spec, row, tally);
      if (typeof value === "string") {
        respondents.markInvalid(r, idx);
        return tally.reject(value);
      }
      if (respondents.score(r, idx) >= 0) {
        tally.error("duplikat", `butir ${items[idx]!.butir} responden "${resp}" lokus "${lokus}" sudah ada di baris ${respondents.rowOf(r, idx)}`, {
          row,
          column: "butir",
          value: cells[col.butir] ?? "",
        });
        return tally.reject("duplikat");
      }
      respondents.accept(r, idx, value, row);
    },
  };

  /**
   * Closes the file. `scored` says which lokus F-02 scored and `known` which
   * lokus F-02 mentions at all; F-03 rows for anything else are rejected.
   */
  function finish(scored: (key: string) => boolean, known: (key: string) => boolean): Map<string, F03Lokus> {
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
    const unit = 10n ** BigInt(decimals);
    const { responden_min: lo, responden_max: hi } = profile.def.f03;
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

  return { visitor, finish };
}
