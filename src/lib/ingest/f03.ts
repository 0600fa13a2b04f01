import type { Profile } from "../method/profile.ts";
import { rational, type Rational } from "../num/rational.ts";
import type { Master } from "../regions/master.ts";
import { cleanText, readScaledScore, unknownInstansiMessage, type ScoreSpec } from "../validate/cells.ts";
import { matchHeader } from "../validate/header.ts";
import type { FileTally } from "../validate/issues.ts";
import { detach, type CsvVisitor } from "../csv/readCsv.ts";
import { idOfClean } from "./f02.ts";

const COLUMNS = ["kode_instansi", "lokus", "responden", "butir", "nilai"] as const;

interface Respondent {
  lokus: string;
  firstRow: number;
  /** Item scores scaled by 10^desimal_nilai; -1 = not seen. */
  items: Int32Array;
  rows: Int32Array;
  /** Items whose row was rejected (already reported). */
  invalid: Set<number> | null;
  accepted: number;
}

/**
 * The respondent of the previous row, keyed by its raw cells: a respondent's
 * rows usually come one after another, and the same cells always give the
 * same respondent, so such rows skip the checks and the cleaning.
 */
interface LastRespondent {
  readonly kodeCell: string;
  readonly lokusCell: string;
  readonly respCell: string;
  readonly lokus: string;
  readonly resp: string;
  readonly lid: string;
  readonly rid: string;
}

/** F-03 result of one lokus: the mean over respondents of each respondent's mean item score. */
export interface F03Lokus {
  readonly key: string;
  readonly f03: Rational;
  readonly respondents: number;
}

/**
 * Reads f03.csv row by row: one row per respondent × item. Keeps one small
 * array per respondent; rows themselves are never stored.
 */
export function f03Reader(profile: Profile, master: Master, tally: FileTally) {
  const items = profile.def.f03.butir;
  const m = items.length;
  const byNumber = new Map(items.map((b, i) => [String(b.butir), i]));
  const byCode = new Map(items.map((b, i) => [b.kode.toLowerCase(), i]));
  const decimals = profile.def.f03.desimal_nilai;
  const spec: ScoreSpec = { min: profile.def.skala.min, max: profile.def.skala.max, decimals, column: "nilai" };
  const respondents = new Map<string, Respondent>();
  const firstRowOfLokus = new Map<string, number>();
  let col: Record<(typeof COLUMNS)[number], number> | undefined;
  let last: LastRespondent | undefined;

  const visitor: CsvVisitor = {
    header(cells) {
      col = matchHeader(cells, COLUMNS, [], tally);
    },
    blank(row) {
      tally.read++;
      tally.warn("baris-kosong", "baris kosong diabaikan", { row });
      tally.reject("baris-kosong");
    },
    malformed(row, reason) {
      tally.read++;
      tally.error("baris-rusak", `baris tidak dapat dibaca sebagai CSV: ${reason}`, { row });
      tally.reject("baris-rusak");
    },
    record(cells, row) {
      tally.read++;
      if (!col) return tally.reject("header-salah");
      const kodeCell = cells[col.kode_instansi] ?? "";
      const lokusCell = cells[col.lokus] ?? "";
      const respCell = cells[col.responden] ?? "";
      if (!last || last.kodeCell !== kodeCell || last.lokusCell !== lokusCell || last.respCell !== respCell) {
        const kode = kodeCell.trim();
        if (!master.byKode.has(kode)) {
          tally.error("kode-instansi-tidak-dikenal", unknownInstansiMessage(kode), { row, column: "kode_instansi", value: kodeCell });
          return tally.reject("kode-instansi-tidak-dikenal");
        }
        const lokus = cleanText(lokusCell);
        if (lokus === "") {
          tally.error("lokus-kosong", "lokus kosong", { row, column: "lokus", value: lokusCell });
          return tally.reject("lokus-kosong");
        }
        const resp = cleanText(respCell);
        if (resp === "") {
          tally.error("responden-kosong", "responden kosong", { row, column: "responden", value: respCell });
          return tally.reject("responden-kosong");
        }
        const lid = idOfClean(kode, lokus);
        last = { kodeCell, lokusCell, respCell, lokus, resp, lid, rid: `${lid}\u0000${resp}` };
      }
      const { lokus, resp, lid, rid } = last;
      const rawItem = (cells[col.butir] ?? "").trim();
      const idx = byNumber.get(rawItem) ?? byCode.get(rawItem.toLowerCase());
      if (idx === undefined) {
        tally.error("butir-tidak-dikenal", `butir tidak dikenal: pakai nomor 1–${m}`, { row, column: "butir", value: cells[col.butir] ?? "" });
        return tally.reject("butir-tidak-dikenal");
      }
      if (!firstRowOfLokus.has(lid)) firstRowOfLokus.set(lid, row);
      let r = respondents.get(rid);
      if (!r) {
        r = { lokus: detach(lokus), firstRow: row, items: new Int32Array(m).fill(-1), rows: new Int32Array(m), invalid: null, accepted: 0 };
        respondents.set(rid, r);
      }
      const value = readScaledScore(cells[col.nilai] ?? "", spec, row, tally);
      if (typeof value === "string") {
        (r.invalid ??= new Set()).add(idx);
        return tally.reject(value);
      }
      if (r.items[idx]! >= 0) {
        tally.error("duplikat", `butir ${items[idx]!.butir} responden "${resp}" lokus "${lokus}" sudah ada di baris ${r.rows[idx]}`, {
          row,
          column: "butir",
          value: cells[col.butir] ?? "",
        });
        return tally.reject("duplikat");
      }
      r.items[idx] = value;
      r.rows[idx] = row;
      r.accepted++;
    },
  };

  /**
   * Closes the file. `scored` says which lokus F-02 scored and `known` which
   * lokus F-02 mentions at all; F-03 rows for anything else are rejected.
   */
  function finish(scored: (key: string) => boolean, known: (key: string) => boolean): Map<string, F03Lokus> {
    const sums = new Map<string, { lokus: string; total: number; count: number; rows: number }>();
    const orphanReported = new Set<string>();
    for (const [rid, r] of respondents) {
      const lid = rid.slice(0, rid.lastIndexOf("\u0000"));
      const kode = lid.slice(0, lid.indexOf("\u0000"));
      const resp = rid.slice(lid.length + 1);
      if (!known(lid)) {
        if (!orphanReported.has(lid)) {
          orphanReported.add(lid);
          tally.error("lokus-tidak-ada-di-f02", `lokus "${r.lokus}" instansi ${kode} ada di f03.csv tetapi tidak ada di f02.csv`, {
            row: firstRowOfLokus.get(lid) ?? r.firstRow,
            column: "lokus",
            value: r.lokus,
          });
        }
        tally.reject("lokus-tidak-ada-di-f02", r.accepted);
        continue;
      }
      const missing = items.filter((_, i) => r.items[i]! < 0 && !r.invalid?.has(i)).map((b) => b.butir);
      if (r.items.some((v) => v < 0)) {
        const invalid = items.filter((_, i) => r.items[i]! < 0 && r.invalid?.has(i)).map((b) => b.butir);
        const parts = [missing.length ? `tidak punya butir ${missing.join(", ")}` : "", invalid.length ? `nilai tidak valid pada butir ${invalid.join(", ")}` : ""].filter(Boolean);
        tally.report(missing.length ? "error" : "warning", "responden-tidak-lengkap", `responden "${resp}" lokus "${r.lokus}" instansi ${kode} ${parts.join(" dan ")}; responden ini tidak dihitung`, {
          row: r.firstRow,
          column: "butir",
        });
        tally.reject("responden-tidak-lengkap", r.accepted);
        continue;
      }
      if (!scored(lid)) {
        tally.reject("lokus-tidak-lengkap", r.accepted);
        continue;
      }
      const s = sums.get(lid) ?? { lokus: r.lokus, total: 0, count: 0, rows: 0 };
      let t = 0;
      for (const v of r.items) t += v;
      s.total += t;
      s.count++;
      s.rows += r.accepted;
      sums.set(lid, s);
    }
    const out = new Map<string, F03Lokus>();
    const unit = 10n ** BigInt(decimals);
    const { responden_min: lo, responden_max: hi } = profile.def.f03;
    for (const [key, s] of sums) {
      // Every counted respondent answered all m items, so the mean of their means is Σ / (m·R).
      out.set(key, { key, f03: rational(BigInt(s.total), unit * BigInt(m) * BigInt(s.count)), respondents: s.count });
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
