/**
 * The home page as data: one card per tingkat from the year's summary, and
 * the top and bottom of each tingkat. Everything is already formatted for
 * the page's language, so the view only lays it out.
 */
import type { Lang } from "../format/lang.ts";
import { formatInteger, formatIpp, formatRank, tiedRanks } from "../format/number.ts";
import type { PredikatStep } from "../schema/methodology.ts";
import type { Tingkat } from "../schema/master.ts";
import type { InstansiResult, Summary } from "../schema/output.ts";
import { strings } from "../site/i18n.ts";
import { homeText } from "./homeText.ts";
import { byCodePoint, cutWithTies } from "./rankingCut.ts";

export const TINGKAT_ORDER: readonly Tingkat[] = ["provinsi", "kabupaten", "kota", "kl"];

export interface PredikatCount {
  readonly kode: string;
  readonly label: string;
  readonly n: number;
  readonly text: string;
}

export interface TingkatCard {
  readonly tingkat: Tingkat;
  readonly name: string;
  readonly evaluated: string;
  /** Mean IPP of the tingkat, formatted; null when nobody was evaluated. */
  readonly mean: string | null;
  readonly median: string | null;
  /** Steps of the ladder with at least one instansi, best first. */
  readonly counts: readonly PredikatCount[];
}

/** A card per tingkat present in the master list, in the usual order. */
export function tingkatCards(
  summary: Pick<Summary, "per_tingkat">,
  ladder: readonly PredikatStep[],
  lang: Lang,
): TingkatCard[] {
  const t = strings(lang);
  const h = homeText(lang);
  return TINGKAT_ORDER.flatMap((tingkat) => {
    const s = summary.per_tingkat.find((p) => p.tingkat === tingkat);
    if (!s || s.jumlah_master === 0) return [];
    const counts = ladder
      .map((step) => ({
        kode: step.kode,
        label: lang === "id" ? step.label : step.label_en,
        n: s.predikat[step.kode] ?? 0,
      }))
      .filter((c) => c.n > 0)
      .map((c) => ({ ...c, text: formatInteger(c.n, lang) }));
    return [
      {
        tingkat,
        name: t.tingkat[tingkat],
        evaluated: h.evaluatedOf(formatInteger(s.jumlah_dievaluasi, lang), formatInteger(s.jumlah_master, lang)),
        mean: s.rata_rata === null ? null : formatIpp(s.rata_rata, lang),
        median: s.median === null ? null : formatIpp(s.median, lang),
        counts,
      },
    ];
  });
}

export type RankedRow = Pick<
  InstansiResult,
  "kode_instansi" | "nama" | "slug" | "tingkat" | "ipp" | "predikat" | "peringkat_nasional"
>;

export interface RankedEntry {
  readonly kode: string;
  readonly slug: string;
  readonly nama: string;
  readonly ipp: string;
  readonly predikat: string;
  /** "=12" when the rank is shared. */
  readonly rank: string;
}

export interface TopBottom {
  readonly tingkat: Tingkat;
  readonly name: string;
  readonly top: readonly RankedEntry[];
  readonly bottom: readonly RankedEntry[];
  /** Tied at the cut but left out (the lists stay short), already formatted, or null. */
  readonly topOmitted: string | null;
  readonly bottomOmitted: string | null;
}

/**
 * The best `n` and worst `n` of each tingkat by their published rank (within
 * the tingkat), ties at the cut kept. Both lists read in rank order, so the
 * bottom list ends with the last place. When a tingkat has 2n or fewer
 * instansi, the bottom list only holds those not already in the top.
 * `displayName` lets the page use short names ("Kab. Sleman") where space is tight.
 */
export function topAndBottom(
  rows: readonly RankedRow[],
  n: number,
  lang: Lang,
  displayName: (r: RankedRow) => string = (r) => r.nama,
): TopBottom[] {
  const t = strings(lang);
  const h = homeText(lang);
  return TINGKAT_ORDER.flatMap((tingkat) => {
    const members = rows
      .filter((r) => r.tingkat === tingkat)
      .sort((a, b) => a.peringkat_nasional - b.peringkat_nasional || byCodePoint(a.nama, b.nama));
    if (members.length === 0) return [];
    const tied = tiedRanks(members.map((r) => r.peringkat_nasional));
    const entry = (r: RankedRow): RankedEntry => ({
      kode: r.kode_instansi,
      slug: r.slug,
      nama: displayName(r),
      ipp: formatIpp(r.ipp, lang),
      predikat: r.predikat,
      rank: formatRank(r.peringkat_nasional, tied.has(r.peringkat_nasional), lang),
    });
    const sameRank = (a: RankedRow, b: RankedRow) => a.peringkat_nasional === b.peringkat_nasional;
    const top = cutWithTies(members, n, sameRank);
    const inTop = new Set(top.items);
    const worstFirst = [...members].reverse().filter((r) => !inTop.has(r));
    const bottom = cutWithTies(worstFirst, n, sameRank);
    const omitted = (k: number) => (k > 0 ? h.tiedOmitted(formatInteger(k, lang)) : null);
    return [
      {
        tingkat,
        name: t.tingkat[tingkat],
        top: top.items.map(entry),
        bottom: [...bottom.items].reverse().map(entry),
        topOmitted: omitted(top.omitted),
        bottomOmitted: omitted(bottom.omitted),
      },
    ];
  });
}
