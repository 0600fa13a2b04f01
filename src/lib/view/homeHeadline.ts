/**
 * The home page's headline: one paragraph written from the year's data, the
 * sentence a journalist would otherwise have to assemble from four tables.
 */
import { pick, type Lang } from "../format/lang.ts";
import { formatInteger, formatIpp, formatPercent } from "../format/number.ts";
import type { PredikatStep } from "../schema/methodology.ts";
import type { Summary } from "../schema/output.ts";
import { strings } from "../site/i18n.ts";
import { TINGKAT_ORDER, type RankedRow } from "./home.ts";
import { homeText } from "./homeText.ts";
import { hundredths } from "./rankingCut.ts";

export interface HeadlineInput {
  readonly year: number;
  readonly summary: Pick<Summary, "per_tingkat" | "pemda">;
  /** The previous year's summary, only when it was scored with the same profile. */
  readonly previous: { readonly year: number; readonly summary: Pick<Summary, "pemda"> } | null;
  readonly ladder: readonly PredikatStep[];
  readonly rows: readonly Pick<RankedRow, "nama" | "tingkat" | "ipp" | "peringkat_nasional">[];
}

/** "a dan b", "a, b, dan c" (Indonesian puts a comma before the last item of three or more), "a, b and c". */
function joinList(items: readonly string[], lang: Lang): string {
  if (items.length <= 1) return items.join("");
  const and = items.length > 2 ? pick(lang, ", dan ", " and ") : pick(lang, " dan ", " and ");
  return `${items.slice(0, -1).join(", ")}${and}${items.at(-1)}`;
}

/**
 * "Below the middle of the ladder": C− and worse on the PEKPPP ladder, where
 * C is "Cukup", the lowest step still called adequate. Read from the ladder
 * (its middle step) rather than hard-coded letters.
 */
function middleStep(ladder: readonly PredikatStep[]): { step: PredikatStep; below: readonly string[] } {
  const mid = Math.floor(ladder.length / 2);
  return { step: ladder[mid]!, below: ladder.slice(mid + 1).map((s) => s.kode) };
}

export function headline(input: HeadlineInput, lang: Lang): string {
  const t = strings(lang);
  const { summary, ladder } = input;
  const tingkat = TINGKAT_ORDER.map((k) => summary.per_tingkat.find((s) => s.tingkat === k)).filter(
    (s) => s !== undefined && s.jumlah_dievaluasi > 0,
  );
  const evaluated = tingkat.reduce((n, s) => n + s!.jumlah_dievaluasi, 0);
  const master = summary.per_tingkat.reduce((n, s) => n + s.jumlah_master, 0);
  const n = (x: number) => formatInteger(x, lang);
  const label = (s: PredikatStep) => (lang === "id" ? s.label : s.label_en);
  if (evaluated === 0)
    return pick(
      lang,
      `Belum ada instansi yang dinilai untuk ${input.year}.`,
      `No institution has been scored for ${input.year} yet.`,
    );

  const one = homeText(lang).tingkatOne;
  const parts = joinList(
    tingkat.map(
      (s) => `${n(s!.jumlah_dievaluasi)} ${s!.jumlah_dievaluasi === 1 ? one[s!.tingkat] : t.tingkatPlural[s!.tingkat]}`,
    ),
    lang,
  );
  const count =
    evaluated === master
      ? n(evaluated)
      : pick(lang, `${n(evaluated)} dari ${n(master)}`, `${n(evaluated)} of ${n(master)}`);
  const sentences = [
    pick(
      lang,
      `Pada evaluasi ${input.year}, ${count} instansi dinilai: ${parts}.`,
      `In the ${input.year} evaluation, ${count} institutions were assessed: ${parts}.`,
    ),
  ];

  const top = ladder[0]!;
  const topN = tingkat.reduce((k, s) => k + (s!.predikat[top.kode] ?? 0), 0);
  const { step: mid, below } = middleStep(ladder);
  const lowN = tingkat.reduce((k, s) => k + below.reduce((m, kode) => m + (s!.predikat[kode] ?? 0), 0), 0);
  const share = formatPercent(topN / evaluated, lang, 1);
  const low =
    lowN === 0
      ? pick(
          lang,
          `tidak ada yang berpredikat di bawah ${mid.kode} (${label(mid)})`,
          `none was graded below ${mid.kode} (${label(mid)})`,
        )
      : pick(
          lang,
          `${n(lowN)} berpredikat di bawah ${mid.kode} (${label(mid)})`,
          `${n(lowN)} ${lowN === 1 ? "was" : "were"} graded below ${mid.kode} (${label(mid)})`,
        );
  sentences.push(
    pick(
      lang,
      `Sebanyak ${n(topN)} di antaranya (${share}) meraih predikat ${top.kode} (${label(top)}), dan ${low}.`,
      `Of these, ${n(topN)} (${share}) earned ${top.kode} (${label(top)}), and ${low}.`,
    ),
  );

  const mean = summary.pemda.rata_rata;
  const prevMean = input.previous?.summary.pemda.rata_rata ?? null;
  if (mean !== null) {
    const now = pick(
      lang,
      `Rata-rata IPP pemerintah daerah ${formatIpp(mean, lang)}`,
      `The mean IPP of regional governments was ${formatIpp(mean, lang)}`,
    );
    if (input.previous && prevMean !== null) {
      const d = hundredths(mean) - hundredths(prevMean);
      const py = input.previous.year;
      const was = formatIpp(prevMean, lang);
      const delta = formatIpp(Math.abs(d) / 100, lang);
      const trend =
        d === 0
          ? pick(lang, `, sama dengan ${py}`, `, the same as in ${py}`)
          : d > 0
            ? pick(lang, `, naik ${delta} dari ${was} pada ${py}`, `, up ${delta} from ${was} in ${py}`)
            : pick(lang, `, turun ${delta} dari ${was} pada ${py}`, `, down ${delta} from ${was} in ${py}`);
      sentences.push(`${now}${trend}.`);
    } else sentences.push(`${now}.`);
  }

  const best = TINGKAT_ORDER.flatMap((k) => {
    const first = input.rows.filter((r) => r.tingkat === k && r.peringkat_nasional === 1);
    return first.length
      ? [
          `${joinList(
            first.map((r) => r.nama),
            lang,
          )} (${formatIpp(first[0]!.ipp, lang)})`,
        ]
      : [];
  });
  if (best.length)
    sentences.push(
      pick(
        lang,
        `Nilai tertinggi per tingkat: ${joinList(best, lang)}.`,
        `Highest in each level: ${joinList(best, lang)}.`,
      ),
    );
  return sentences.join(" ");
}
