import { shown } from "../csv/cellText.ts";
import { rational, type Rational } from "../num/rational.ts";
import type { FileTally } from "../validate/issues.ts";
import type { F03Method, F03Part } from "./f03.ts";
import { joinParts } from "./f03Join.ts";

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
 * The F-03 result per lokus from the parts of f03.csv (one part when it was
 * read in one go). `scored` says which lokus F-02 scored and `known` which
 * lokus F-02 mentions at all; F-03 rows for anything else are rejected.
 */
export function f03Result(
  parts: readonly F03Part[],
  o: {
    readonly method: F03Method;
    readonly tally: FileTally;
    readonly scored: (key: string) => boolean;
    readonly known: (key: string) => boolean;
  },
): Map<string, F03Lokus> {
  const { method, tally, scored, known } = o;
  const { segments, firstRowOfLokus } = joinParts(parts, method, tally);
  const items = method.f03.butir;
  const m = items.length;
  const sums = new Map<string, { lokus: string; total: number; count: number; rows: number }>();
  const orphanReported = new Set<string>();
  // Respondents of one lokus mostly follow each other: look its facts up once per run.
  let last:
    | {
        lid: string;
        known: boolean;
        scored: boolean;
        sum: { lokus: string; total: number; count: number; rows: number } | undefined;
      }
    | undefined;
  const kodeOf = (lid: string) => lid.slice(0, lid.indexOf("\u0000"));
  for (const { table: respondents, shift, gone } of segments) {
    const count = respondents.count;
    for (let r = 0; r < count; r++) {
      if (gone[r]) continue;
      const lid = respondents.lokusId(r);
      if (last?.lid !== lid) last = { lid, known: known(lid), scored: scored(lid), sum: sums.get(lid) };
      if (!last.known) {
        if (!orphanReported.has(lid)) {
          orphanReported.add(lid);
          const lokus = respondents.lokus(r);
          tally.error(
            "lokus-tidak-ada-di-f02",
            `lokus "${shown(lokus)}" instansi ${kodeOf(lid)} ada di f03.csv tetapi tidak ada di f02.csv`,
            {
              row: firstRowOfLokus.get(lid) ?? respondents.firstRow(r) + shift,
              column: "lokus",
              value: lokus,
            },
          );
        }
        tally.reject("lokus-tidak-ada-di-f02", respondents.accepted(r));
        continue;
      }
      const total = respondents.total(r);
      if (total < 0) {
        const unseen = respondents.unseen(r);
        const missing = unseen.filter((i) => !respondents.isInvalid(r, i)).map((i) => items[i]!.butir);
        const invalid = unseen.filter((i) => respondents.isInvalid(r, i)).map((i) => items[i]!.butir);
        const parts = [
          missing.length ? `tidak punya butir ${missing.join(", ")}` : "",
          invalid.length ? `nilai tidak valid pada butir ${invalid.join(", ")}` : "",
        ].filter(Boolean);
        const who = `responden "${shown(respondents.name(r))}" lokus "${shown(respondents.lokus(r))}" instansi ${kodeOf(lid)}`;
        tally.report(
          missing.length ? "error" : "warning",
          "responden-tidak-lengkap",
          `${who} ${parts.join(" dan ")}; responden ini tidak dihitung`,
          {
            row: respondents.firstRow(r) + shift,
            column: "butir",
          },
        );
        tally.reject("responden-tidak-lengkap", respondents.accepted(r));
        continue;
      }
      if (!last.scored) {
        tally.reject("lokus-tidak-lengkap", respondents.accepted(r));
        continue;
      }
      if (!last.sum) sums.set(lid, (last.sum = { lokus: respondents.lokus(r), total: 0, count: 0, rows: 0 }));
      last.sum.total += total;
      last.sum.count++;
      last.sum.rows += respondents.accepted(r);
    }
  }
  const out = new Map<string, F03Lokus>();
  const unit = 10n ** BigInt(method.f03.desimal_nilai);
  const { responden_min: lo, responden_max: hi } = method.f03;
  for (const [key, s] of sums) {
    // Every counted respondent answered all m items, so the mean of their means is Σ / (m·R).
    out.set(key, {
      key,
      f03: kept(rational(BigInt(s.total), unit * BigInt(m) * BigInt(s.count))),
      respondents: s.count,
    });
    tally.used += s.rows;
    if (s.count < lo || s.count > hi) {
      const kode = key.slice(0, key.indexOf("\u0000"));
      tally.warn(
        "jumlah-responden",
        `lokus "${shown(s.lokus)}" instansi ${kode} punya ${s.count} responden F-03; pedoman meminta ${lo}–${hi}`,
        {
          row: firstRowOfLokus.get(key)!,
          column: "responden",
          value: String(s.count),
        },
      );
    }
  }
  return out;
}
