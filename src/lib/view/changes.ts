/**
 * The changes page (/<year>/perubahan/), formatted: counts of predikat up
 * and down per tingkat, the full lists, the largest IPP moves, instansi new
 * and missing, region codes, errata; or why nothing is compared (the first
 * edition, another methodology). Drawn from the data product's
 * `<year>/perubahan.json` (src/lib/changes/compare.ts), so the page and the
 * CSV say the same. Also the home page's one sentence about it.
 */
import { pick, type Lang } from "../format/lang.ts";
import { formatChange, formatDecimal, formatInteger, formatIppOrDash } from "../format/number.ts";
import type { ChangeKind, ChangeRow, ChangesData } from "../schema/changes.ts";
import type { Tingkat } from "../schema/master.ts";
import { strings } from "../site/i18n.ts";
import { changesText } from "./changesText.ts";
import { notComparableNote } from "./comparable.ts";
import { TINGKAT_ORDER } from "./home.ts";

/** How many of the largest IPP rises and falls the page lists. */
export const BIGGEST = 10;

export interface ChangeEntry {
  readonly kode: string;
  /** Link target, when the instansi has a page. */
  readonly slug: string | undefined;
  readonly nama: string;
  readonly tingkat: string;
  readonly predikatBefore: string | null;
  readonly predikat: string | null;
  readonly before: string;
  readonly after: string;
  /** "+0,42", "−0,31", "" when not compared. */
  readonly change: string;
  /** "+2", "−1", "" */
  readonly steps: string;
  readonly lokusChanged: boolean;
  readonly codeBefore: string | null;
}

export interface CountRow {
  readonly tingkat: string;
  readonly up: string;
  readonly down: string;
  readonly same: string;
}

export interface ErratumEntry {
  readonly kode: string;
  readonly slug: string | undefined;
  readonly nama: string;
  readonly date: string;
  readonly column: string;
  readonly before: string;
  readonly after: string;
  readonly reason: string;
}

export interface ChangesView {
  readonly title: string;
  readonly description: string;
  readonly previous: number | null;
  /** "first", "method" (another methodology: not compared) or "compared". */
  readonly status: "first" | "method" | "compared";
  /** The lead paragraph: what is compared with what, or why nothing is. */
  readonly lead: string;
  readonly counts: readonly CountRow[] | null;
  readonly up: readonly ChangeEntry[];
  readonly down: readonly ChangeEntry[];
  readonly biggestUp: readonly ChangeEntry[];
  readonly biggestDown: readonly ChangeEntry[];
  readonly anyLokusChanged: boolean;
  readonly added: readonly ChangeEntry[];
  readonly missing: readonly ChangeEntry[];
  readonly codes: readonly ChangeEntry[];
  readonly errata: readonly ErratumEntry[];
}

/** Predikat up, down and the same, counted from a year's changes (null: not compared). */
export function moveCounts(data: ChangesData | null): { up: number; down: number; same: number } | null {
  if (!data || data.perbandingan !== "dibandingkan") return null;
  const n = (k: ChangeKind) => data.perubahan.filter((r) => r.jenis === k).length;
  return { up: n("predikat-naik"), down: n("predikat-turun"), same: n("predikat-tetap") };
}

const sign = (n: number, lang: Lang) => (n > 0 ? `+${formatInteger(n, lang)}` : `−${formatInteger(-n, lang)}`);

export function changesView(data: ChangesData, lang: Lang, slugOf: (kode: string) => string | undefined): ChangesView {
  const t = changesText(lang);
  const s = strings(lang);
  const rows = data.perubahan;
  const of = (k: ChangeKind) => rows.filter((r) => r.jenis === k);
  const entry = (r: ChangeRow): ChangeEntry => ({
    kode: r.kode_instansi,
    slug: slugOf(r.kode_instansi),
    nama: r.nama,
    tingkat: s.tingkat[r.tingkat],
    predikatBefore: r.predikat_sebelumnya,
    predikat: r.predikat,
    before: formatIppOrDash(r.ipp_sebelumnya, lang),
    after: formatIppOrDash(r.ipp, lang),
    change: r.selisih_ipp === null ? "" : formatChange(r.selisih_ipp, lang),
    steps: r.langkah_predikat ? sign(r.langkah_predikat, lang) : "",
    lokusChanged: r.lokus_berganti === true,
    codeBefore: r.kode_sebelumnya,
  });
  const compared = [...of("predikat-naik"), ...of("predikat-turun"), ...of("predikat-tetap")];
  const delta = (r: ChangeRow) => Math.round((r.selisih_ipp ?? 0) * 100);
  const byName = (a: ChangeRow, b: ChangeRow) => (a.nama < b.nama ? -1 : a.nama > b.nama ? 1 : 0);
  const biggestUp = compared.filter((r) => delta(r) > 0).sort((a, b) => delta(b) - delta(a) || byName(a, b));
  const biggestDown = compared.filter((r) => delta(r) < 0).sort((a, b) => delta(a) - delta(b) || byName(a, b));
  const moves = (k: ChangeKind) =>
    of(k).sort((a, b) => Math.abs(b.langkah_predikat ?? 0) - Math.abs(a.langkah_predikat ?? 0) || byName(a, b));

  const status =
    data.perbandingan === "pertama" ? "first" : data.perbandingan === "metode-berbeda" ? "method" : "compared";
  const previous = data.tahun_sebelumnya;
  const lead =
    previous === null
      ? t.first(data.tahun)
      : status === "method"
        ? notComparableNote(
            {
              comparable: false,
              reason: "profil-berbeda",
              profil: data.profil,
              profilSebelum: data.profil_sebelumnya ?? "",
            },
            previous,
            data.tahun,
            lang,
          )
        : t.intro(data.tahun, previous, formatInteger(compared.length, lang));
  const count = (tingkat: Tingkat | null, k: ChangeKind) =>
    formatInteger(rows.filter((r) => r.jenis === k && (tingkat === null || r.tingkat === tingkat)).length, lang);
  const present = TINGKAT_ORDER.filter((k) => compared.some((r) => r.tingkat === k));
  const counts =
    status === "compared"
      ? [
          ...present.map((k) => ({
            tingkat: s.tingkat[k],
            up: count(k, "predikat-naik"),
            down: count(k, "predikat-turun"),
            same: count(k, "predikat-tetap"),
          })),
          {
            tingkat: t.total,
            up: count(null, "predikat-naik"),
            down: count(null, "predikat-turun"),
            same: count(null, "predikat-tetap"),
          },
        ]
      : null;
  return {
    title: t.title(data.tahun),
    description: t.description(data.tahun),
    previous,
    status,
    lead,
    counts,
    up: moves("predikat-naik").map(entry),
    down: moves("predikat-turun").map(entry),
    biggestUp: biggestUp.slice(0, BIGGEST).map(entry),
    biggestDown: biggestDown.slice(0, BIGGEST).map(entry),
    anyLokusChanged: compared.some((r) => r.lokus_berganti === true),
    added: of("baru").sort(byName).map(entry),
    missing: of("tidak-ada").sort(byName).map(entry),
    codes: of("kode-berubah").map(entry),
    errata: of("ralat").map((r) => ({
      kode: r.kode_instansi,
      slug: slugOf(r.kode_instansi),
      nama: r.nama,
      date: r.tanggal ?? "",
      column: r.kolom ?? "",
      before: revisedValue(r.nilai_sebelumnya, lang),
      after: revisedValue(r.nilai_sesudah, lang),
      reason: r.alasan ?? "",
    })),
  };
}

/**
 * A value an erratum revised, as the page's language writes it: the errata
 * record numbers in canonical text ("3.7"), shown like every IPP ("3,70");
 * other text (a predikat) as it is; none: a dash.
 */
export function revisedValue(text: string | null | undefined, lang: Lang): string {
  if (text == null) return "–";
  if (!/^-?\d+(\.\d+)?$/.test(text)) return text;
  const decimals = Math.max(2, text.split(".")[1]?.length ?? 0);
  return text.includes(".") ? formatDecimal(Number(text), lang, decimals) : formatInteger(Number(text), lang);
}

/** The home page's sentence: how many rose and fell a predikat since the previous edition. */
export function homeChangesSentence(data: ChangesData | null, lang: Lang): string {
  const t = changesText(lang);
  const c = moveCounts(data);
  if (c && data?.tahun_sebelumnya != null)
    return t.homeSentence(data.tahun_sebelumnya, formatInteger(c.up, lang), formatInteger(c.down, lang), c.up === 1);
  if (!data || data.perbandingan === "pertama") return t.homeFirst;
  return pick(
    lang,
    `Predikat tidak dibandingkan dengan ${data.tahun_sebelumnya}: metodenya berbeda.`,
    `Predikat is not compared with ${data.tahun_sebelumnya}: the method differs.`,
  );
}
