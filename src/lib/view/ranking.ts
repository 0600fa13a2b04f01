/**
 * The ranking page as data: every instansi of the master list, grouped by
 * tingkat (ranks are only meaningful within one), in rank order, each row
 * formatted for the page's language and carrying the raw values the
 * browser script sorts and filters on.
 */
import type { Lang } from "../format/lang.ts";
import { formatChange, formatInteger, formatIpp, formatRank, tiedRanks } from "../format/number.ts";
import type { PredikatStep } from "../schema/methodology.ts";
import type { Instansi, Tingkat } from "../schema/master.ts";
import type { InstansiResult } from "../schema/output.ts";
import { strings } from "../site/i18n.ts";
import { searchText } from "../site/search.ts";
import { TINGKAT_ORDER } from "./home.ts";
import type { Comparison } from "./movers.ts";
import { predikatSteps } from "../changes/compare.ts";
import { byCodePoint } from "./rankingCut.ts";
import { rankingText } from "./rankingText.ts";

export interface RankingRow {
  readonly kode: string;
  readonly slug: string;
  /** The display name (see `displayName`). */
  readonly nama: string;
  /** Normalised name and short name, for the name filter. */
  readonly search: string;
  readonly provinsi: string | null;
  readonly provinsiNama: string;
  readonly ipp: number | null;
  readonly ippText: string;
  /** null: not evaluated this year. */
  readonly predikat: string | null;
  readonly rank: number | null;
  readonly rankText: string;
  /** Change since the previous year; null when not compared or not evaluated then. */
  readonly change: number | null;
  readonly changeText: string;
  /** Its predikat since the previous year ("naik", "turun", "tetap"); null when not compared or not evaluated then. */
  readonly move: Move | null;
  /** Its published (real) figure that year, worded ("Angka resmi: 4,72"); null when none. Shown as a mark beside, never in place of, the result. */
  readonly terbitan: string | null;
}

/** A predikat's move since the previous year, as the ranking's filter and URL name it (`?gerak=naik`). */
export const MOVES = ["naik", "turun", "tetap"] as const;
export type Move = (typeof MOVES)[number];

/** The move from one predikat to another on a ladder (codes, best first); null when one is off it. */
export function moveOf(ladder: readonly string[], before: string, after: string): Move | null {
  const steps = predikatSteps(ladder, before, after);
  return steps === null ? null : steps > 0 ? "naik" : steps < 0 ? "turun" : "tetap";
}

export interface RankingGroup {
  readonly tingkat: Tingkat;
  readonly name: string;
  /** "Kabupaten (416)" */
  readonly heading: string;
  readonly rows: readonly RankingRow[];
}

export interface RankingInput {
  readonly master: readonly Instansi[];
  readonly results: readonly InstansiResult[];
  readonly comparison: Comparison;
  /** The year's predikat codes, best first (the profile's ladder): what "naik" and "turun" mean. */
  readonly ladder?: readonly string[];
  /** Published (real) figures of the year, worded per kode (view/published.ts publishedShort). */
  readonly published?: ReadonlyMap<string, string>;
}

/** Province names as people say them: "Jawa Barat", "DKI Jakarta", keyed by kode. */
export function provinceNames(master: readonly Instansi[]): Map<string, string> {
  return new Map(
    master.filter((i) => i.tingkat === "provinsi").map((i) => [i.kode, i.nama_pendek.replace(/^Prov\.\s+/, "")]),
  );
}

/**
 * The name a table shows: the short form for pemda ("Kab. Sleman", "DI
 * Yogyakarta"), which keeps a phone-width table readable, and the full name
 * for K/L, whose short forms are acronyms few readers outside Jakarta know.
 */
export function displayName(i: Pick<Instansi, "tingkat" | "nama" | "nama_pendek">): string {
  return i.tingkat === "kl" ? i.nama : i.nama_pendek;
}

/** The words of the name and the short name, each once ("kementerian kesehatan kemenkes"). */
function searchWords(i: Pick<Instansi, "nama" | "nama_pendek">): string {
  return [...new Set(searchText(`${i.nama} ${i.nama_pendek}`).split(" "))].join(" ");
}

export function rankingGroups(input: RankingInput, lang: Lang): RankingGroup[] {
  const t = strings(lang);
  const text = rankingText(lang);
  const provinces = provinceNames(input.master);
  const results = new Map(input.results.map((r) => [r.kode_instansi, r]));
  const changes = input.comparison.kind === "compared" ? input.comparison.changes : null;
  return TINGKAT_ORDER.flatMap((tingkat) => {
    const members = input.master.filter((i) => i.tingkat === tingkat);
    if (members.length === 0) return [];
    const tied = tiedRanks(members.flatMap((i) => results.get(i.kode)?.peringkat_nasional ?? []));
    const rows = members.map((i): RankingRow => {
      const r = results.get(i.kode);
      const c = changes?.get(i.kode);
      const provinsiNama =
        i.kode_provinsi === null ? text.national : (provinces.get(i.kode_provinsi) ?? i.kode_provinsi);
      return {
        kode: i.kode,
        slug: i.slug,
        nama: displayName(i),
        search: searchWords(i),
        provinsi: i.kode_provinsi,
        provinsiNama,
        ipp: r?.ipp ?? null,
        ippText: r ? formatIpp(r.ipp, lang) : "–",
        predikat: r?.predikat ?? null,
        rank: r?.peringkat_nasional ?? null,
        rankText: r ? formatRank(r.peringkat_nasional, tied.has(r.peringkat_nasional), lang) : "–",
        change: c ? c.delta : null,
        changeText: c ? formatChange(c.delta, lang) : "–",
        move: c && input.ladder ? moveOf(input.ladder, c.predikatBefore, c.row.predikat) : null,
        terbitan: input.published?.get(i.kode) ?? null,
      };
    });
    rows.sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || byCodePoint(a.nama, b.nama));
    return [
      {
        tingkat,
        name: t.tingkat[tingkat],
        heading: `${t.tingkat[tingkat]} (${formatInteger(rows.length, lang)})`,
        rows,
      },
    ];
  });
}

export interface Option {
  readonly value: string;
  readonly label: string;
}

export interface FilterOptions {
  readonly tingkat: readonly Option[];
  readonly provinsi: readonly Option[];
  readonly predikat: readonly Option[];
  /** Predikat up / down / unchanged since the previous year; empty when nothing is compared. */
  readonly move: readonly Option[];
}

/** The choices of the filter form: values are what the URL carries (`?tingkat=kota&provinsi=32&predikat=A-`). */
export function filterOptions(
  groups: readonly RankingGroup[],
  master: readonly Instansi[],
  ladder: readonly PredikatStep[],
  lang: Lang,
): FilterOptions {
  const t = strings(lang);
  const provinsi = [...provinceNames(master)]
    .map(([value, label]) => ({ value, label }))
    .sort((a, b) => byCodePoint(a.label, b.label));
  const predikat = ladder.map((s) => ({ value: s.kode, label: `${s.kode}: ${lang === "id" ? s.label : s.label_en}` }));
  if (groups.some((g) => g.rows.some((r) => r.predikat === null))) predikat.push({ value: "-", label: t.notEvaluated });
  const text = rankingText(lang);
  const compared = groups.some((g) => g.rows.some((r) => r.move !== null));
  const move = compared
    ? [
        { value: "naik", label: text.moveUp },
        { value: "turun", label: text.moveDown },
        { value: "tetap", label: text.moveSame },
      ]
    : [];
  return { tingkat: groups.map((g) => ({ value: g.tingkat, label: g.name })), provinsi, predikat, move };
}
