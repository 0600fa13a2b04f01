import { pick, type Lang } from "../format/lang.ts";
import { formatDecimal, formatInteger, formatIpp } from "../format/number.ts";
import type { Tingkat } from "../schema/master.ts";
import type { Change } from "./instansiHistory.ts";
import { englishOrdinal } from "./instansiRanks.ts";
import { instansiText } from "./instansiText.ts";

/** A rank with the size of its group. */
export interface RankFact {
  readonly rank: number;
  readonly of: number;
  readonly tied: boolean;
}

/** What the summary is written from. Names are already in the page's language. */
export interface SummaryFacts {
  readonly nama: string;
  readonly year: number;
  readonly tingkat: Tingkat;
  /** Province name without "Provinsi", for a kabupaten/kota. */
  readonly provinsi: string | null;
  readonly result: {
    readonly ipp: number;
    readonly predikat: string;
    readonly predikatLabel: string;
    readonly national: RankFact;
    readonly provincial: RankFact | null;
    /** Only the published IPP is known: no aspects, lokus or recommendations. */
    readonly publishedOnly: boolean;
    readonly aspects: readonly { readonly nama: string; readonly nilai: number }[];
    readonly topRecommendation: { readonly kode: string; readonly nama: string; readonly gain: number } | null;
    readonly lokus: number | null;
    readonly lokusTanpaF03: number | null;
  } | null;
  readonly change: Change | null;
  /** Why the result is not compared with the previous one (a different method), when it is not. */
  readonly notComparable?: string | null;
  /** Whether the data has a year before `year` at all. */
  readonly earlierYear: boolean;
  /** Its results in the years after `year` (an older edition's page), oldest first; absent or empty: none. */
  readonly later?: readonly { readonly year: number; readonly ipp: number; readonly predikat: string }[];
  /** For a year without a result: the most recent result in another year. */
  readonly latestOther: { readonly year: number; readonly ipp: number; readonly predikat: string } | null;
}

/** The longest meta description we write; search engines cut around 300 characters. */
export const DESCRIPTION_MAX = 300;

/** "peringkat 2 dari 98 kota" / "2nd of 98 cities"; `word` prints "peringkat" for an untied rank (a tied one always says "berbagi peringkat"). */
function rankPhrase(f: RankFact, noun: string, lang: Lang, word: boolean): string {
  const n = formatInteger(f.of, lang);
  if (lang === "en") return `${f.tied ? "joint " : ""}${englishOrdinal(f.rank)} of ${n} ${noun}`;
  return `${f.tied ? "berbagi peringkat " : word ? "peringkat " : ""}${formatInteger(f.rank, lang)} dari ${n} ${noun}`;
}

function headline(f: SummaryFacts, r: NonNullable<SummaryFacts["result"]>, lang: Lang): string {
  const tx = instansiText(lang);
  let ranks = rankPhrase(r.national, tx.noun[f.tingkat], lang, true);
  if (r.provincial && f.provinsi) {
    // "peringkat 2 dari 98 kota dan 1 dari 27 …": "peringkat" again only after a shared rank.
    const where = pick(lang, `${tx.kabkota} di ${f.provinsi}`, `${tx.kabkota} in ${f.provinsi}`);
    ranks += ` ${pick(lang, "dan", "and")} ${rankPhrase(r.provincial, where, lang, r.national.tied)}`;
  }
  const grade = `${r.predikat}, ${r.predikatLabel}`;
  return pick(
    lang,
    `${f.nama} meraih IPP ${formatIpp(r.ipp, lang)} (${grade}) pada PEKPPP ${f.year}, ${ranks}.`,
    `${f.nama} scored an IPP of ${formatIpp(r.ipp, lang)} (${grade}) in PEKPPP ${f.year}, ranking ${ranks}.`,
  );
}

function changeSentence(f: SummaryFacts, lang: Lang): string {
  const c = f.change;
  if (!c && f.notComparable) return f.notComparable;
  if (!c) {
    if (!f.earlierYear)
      return f.later?.length
        ? pick(
            lang,
            `PEKPPP ${f.year} adalah tahun pertama dalam data dasbor, jadi hasil ini tidak dibandingkan dengan tahun sebelumnya.`,
            `PEKPPP ${f.year} is the first year in the dashboard's data, so this result is not compared with an earlier one.`,
          )
        : pick(lang, "Belum ada tahun sebelumnya untuk dibandingkan.", "There is no earlier year to compare with.");
    return pick(lang, "Ini hasil pertamanya dalam data dasbor.", "This is its first result in the dashboard's data.");
  }
  const size = formatDecimal(Math.abs(c.delta), lang, 2);
  const grade =
    c.predikatFrom !== c.predikatTo
      ? pick(lang, `, dari ${c.predikatFrom} ke ${c.predikatTo}`, `, from ${c.predikatFrom} to ${c.predikatTo}`)
      : "";
  let gap =
    c.skipped === null ? "" : pick(lang, ` (tidak dievaluasi pada ${c.skipped})`, ` (not evaluated in ${c.skipped})`);
  if (c.lokusChanged) gap += pick(lang, `, dengan lokus yang berbeda`, `, with different lokus`);
  if (c.delta === 0) return pick(lang, `Sama dengan ${c.from}${gap}.`, `Unchanged from ${c.from}${gap}.`);
  return c.delta > 0
    ? pick(lang, `Naik ${size} dari ${c.from}${gap}${grade}.`, `Up ${size} from ${c.from}${gap}${grade}.`)
    : pick(lang, `Turun ${size} dari ${c.from}${gap}${grade}.`, `Down ${size} from ${c.from}${gap}${grade}.`);
}

function aspectSentence(r: NonNullable<SummaryFacts["result"]>, lang: Lang): string | null {
  if (r.aspects.length === 0) return null;
  // Ties go to the aspect listed first in the profile, as in the aspect chart.
  const best = r.aspects.reduce((a, b) => (b.nilai > a.nilai ? b : a));
  const worst = r.aspects.reduce((a, b) => (b.nilai < a.nilai ? b : a));
  if (best.nilai === worst.nilai)
    return pick(
      lang,
      `Semua aspeknya bernilai ${formatIpp(best.nilai, lang)}.`,
      `All its aspects score ${formatIpp(best.nilai, lang)}.`,
    );
  const b = `${best.nama} (${formatIpp(best.nilai, lang)})`;
  const w = `${worst.nama} (${formatIpp(worst.nilai, lang)})`;
  return pick(lang, `Aspek terkuatnya ${b}; terlemah ${w}.`, `Its strongest aspect is ${b}; its weakest, ${w}.`);
}

function detailSentences(r: NonNullable<SummaryFacts["result"]>, lang: Lang): string[] {
  if (r.publishedOnly)
    return [
      pick(
        lang,
        "Hanya IPP-nya yang dipublikasikan; rincian aspek dan lokus tidak tersedia.",
        "Only its IPP was published; aspect and lokus details are not available.",
      ),
    ];
  const out: string[] = [];
  const aspects = aspectSentence(r, lang);
  if (aspects) out.push(aspects);
  const top = r.topRecommendation;
  if (top && top.gain > 0)
    out.push(
      pick(
        lang,
        `Kenaikan terbesar bisa datang dari indikator ${top.kode} (${top.nama}): IPP +${formatIpp(top.gain, lang)} bila semua lokus mencapai 5.`,
        `The largest gain could come from indicator ${top.kode} (${top.nama}): IPP +${formatIpp(top.gain, lang)} if every lokus reached 5.`,
      ),
    );
  const without = r.lokusTanpaF03 ?? 0;
  if (without > 0 && r.lokus !== null) {
    const all = without === r.lokus;
    out.push(
      all
        ? pick(
            lang,
            "Semua lokusnya dinilai tanpa survei pengguna (F-03), jadi IPP-nya hanya dari penilaian evaluator.",
            "All its lokus were scored without a user survey (F-03), so its IPP rests on the evaluators' scores alone.",
          )
        : pick(
            lang,
            `${formatInteger(without, lang)} dari ${formatInteger(r.lokus, lang)} lokusnya dinilai tanpa survei pengguna (F-03).`,
            `${formatInteger(without, lang)} of its ${formatInteger(r.lokus, lang)} lokus ${without === 1 ? "was" : "were"} scored without a user survey (F-03).`,
          ),
    );
  }
  return out;
}

/** The plain-language summary, sentence by sentence, most important first. */
export function summarySentences(f: SummaryFacts, lang: Lang): string[] {
  const r = f.result;
  if (!r) {
    const o = f.latestOther;
    return [
      pick(
        lang,
        `${f.nama} tidak dievaluasi dalam PEKPPP ${f.year}.`,
        `${f.nama} was not evaluated in PEKPPP ${f.year}.`,
      ),
      o
        ? pick(
            lang,
            `Hasil terbarunya: IPP ${formatIpp(o.ipp, lang)} (${o.predikat}) pada ${o.year}.`,
            `Its most recent result: IPP ${formatIpp(o.ipp, lang)} (${o.predikat}) in ${o.year}.`,
          )
        : pick(
            lang,
            "Belum ada hasil PEKPPP untuk instansi ini dalam data dasbor.",
            "The dashboard's data holds no PEKPPP result for it yet.",
          ),
    ];
  }
  const later = laterSentence(f, lang);
  return [headline(f, r, lang), changeSentence(f, lang), ...(later ? [later] : []), ...detailSentences(r, lang)];
}

/** On an older edition's page: its results in the later years, named as later years (as the trend chart shows them). */
function laterSentence(f: SummaryFacts, lang: Lang): string | null {
  const later = f.later ?? [];
  if (later.length === 0) return null;
  const items = later.map((l) =>
    pick(
      lang,
      `${formatIpp(l.ipp, lang)} (${l.predikat}) pada ${l.year}`,
      `${formatIpp(l.ipp, lang)} (${l.predikat}) in ${l.year}`,
    ),
  );
  const list =
    items.length === 1 ? items[0]! : `${items.slice(0, -1).join(", ")} ${pick(lang, "dan", "and")} ${items.at(-1)}`;
  return pick(lang, `Sesudah ${f.year}: IPP ${list}.`, `After ${f.year}: IPP ${list}.`);
}

/** Whole sentences, in order, up to `max` characters; the first always, whatever its length. */
export function withinLength(sentences: readonly string[], max = DESCRIPTION_MAX): string {
  let out = sentences[0] ?? "";
  for (const s of sentences.slice(1)) {
    if (out.length + 1 + s.length > max) break;
    out += ` ${s}`;
  }
  return out;
}

/** The summary as a paragraph, and as a meta description (see `withinLength`). */
export function summarize(f: SummaryFacts, lang: Lang, max = DESCRIPTION_MAX): { text: string; description: string } {
  const sentences = summarySentences(f, lang);
  return { text: sentences.join(" "), description: withinLength(sentences, max) };
}
