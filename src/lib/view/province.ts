import type { Lang } from "../format/lang.ts";
import { formatInteger, formatIpp, formatRank, formatRankOf } from "../format/number.ts";
import type { Instansi } from "../schema/master.ts";
import type { PredikatStep } from "../schema/methodology.ts";
import type { InstansiResult } from "../schema/output.ts";
import { linkTo, type Page } from "../site/routes.ts";
import { provinceShort } from "./instansi.ts";
import type { YearSlice } from "./instansiHistory.ts";
import { rankTies } from "./instansiRanks.ts";
import { provinceText } from "./provinceText.ts";
import { summarySentences, withinLength } from "./summary.ts";
import { strings } from "../site/i18n.ts";

export interface ProvinceInput {
  readonly page: Pick<Page, "lang" | "edition" | "year" | "base">;
  /** The province in the master list. */
  readonly provinsi: Instansi;
  /** Its kabupaten and kota in the master list, evaluated or not. */
  readonly kabkota: readonly Instansi[];
  /** The page's year; undefined when the data has no such year. */
  readonly year: YearSlice | undefined;
  /** Mean IPP of its kab/kota from the year's ringkasan.json (computed by the data build). */
  readonly mean: number | null;
  readonly predikat: readonly PredikatStep[];
}

const byName = (a: { nama: string }, b: { nama: string }) => (a.nama < b.nama ? -1 : a.nama > b.nama ? 1 : 0);

/** "5 berpredikat A, 12 A- dan 2 B" / "5 rated A, 12 A- and 2 B"; zero counts left out. */
export function countsPhrase(counts: readonly { kode: string; n: number }[], lang: Lang): string {
  const tx = provinceText(lang);
  const parts = counts
    .filter((c) => c.n > 0)
    .map((c, i) => `${formatInteger(c.n, lang)} ${i === 0 ? `${tx.rated} ` : ""}${c.kode}`);
  return parts.length <= 1 ? parts.join("") : `${parts.slice(0, -1).join(", ")} ${tx.and} ${parts.at(-1)}`;
}

/** Everything the province page shows, formatted for its language. */
export function provinceView(input: ProvinceInput) {
  const { page, provinsi, year } = input;
  const { lang } = page;
  const tx = provinceText(lang);
  const short = provinceShort(provinsi.nama);
  const own = year?.byCode.get(provinsi.kode) ?? null;
  const ties = year ? rankTies(year.rows) : null;
  const label = (kode: string) => {
    const s = input.predikat.find((p) => p.kode === kode);
    return s ? (lang === "id" ? s.label : s.label_en) : kode;
  };

  const evaluated = input.kabkota
    .flatMap((m) => {
      const r = year?.byCode.get(m.kode);
      return r ? [{ m, r }] : [];
    })
    .sort((a, b) => (a.r.peringkat_provinsi ?? Infinity) - (b.r.peringkat_provinsi ?? Infinity) || byName(a.m, b.m));
  const missing = input.kabkota.filter((m) => !year?.byCode.has(m.kode)).sort(byName);
  const row = (m: Instansi, r: InstansiResult | null) => ({
    kode: m.kode,
    nama: m.nama,
    href: linkTo(page, "instansi", m.slug),
    tingkat: strings(lang).tingkat[m.tingkat],
    rank: r?.peringkat_provinsi ? formatRank(r.peringkat_provinsi, ties!.provincial(r), lang) : "–",
    national: r ? formatRankOf(r.peringkat_nasional, r.jumlah_peserta_tingkat, ties!.national(r), lang) : "–",
    ipp: r ? formatIpp(r.ipp, lang) : null,
    predikat: r?.predikat ?? null,
  });
  const counts = input.predikat.map((s) => ({
    kode: s.kode,
    label: label(s.kode),
    n: evaluated.filter((e) => e.r.predikat === s.kode).length,
  }));

  const sentences: string[] = [];
  if (own) {
    const national = { rank: own.peringkat_nasional, of: own.jumlah_peserta_tingkat, tied: ties!.national(own) };
    const facts = {
      nama: provinsi.nama,
      year: page.year,
      tingkat: "provinsi" as const,
      provinsi: null,
      change: null,
      earlierYear: false,
      latestOther: null,
    };
    const result = {
      ipp: own.ipp,
      predikat: own.predikat,
      predikatLabel: label(own.predikat),
      national,
      provincial: null,
      publishedOnly: true,
      aspects: [],
      topRecommendation: null,
      lokus: null,
      lokusTanpaF03: null,
    };
    sentences.push(summarySentences({ ...facts, result }, lang)[0]!);
  } else sentences.push(tx.notEvaluated(provinsi.nama, page.year));
  if (evaluated.length === 0) sentences.push(tx.noneEvaluated(page.year));
  else {
    const mean = input.mean ?? evaluated.reduce((t, e) => t + e.r.ipp, 0) / evaluated.length;
    sentences.push(
      tx.meanSentence(formatInteger(evaluated.length, lang), formatIpp(mean, lang), countsPhrase(counts, lang)),
    );
    const top = evaluated[0]!.r.ipp;
    const bottom = Math.min(...evaluated.map((e) => e.r.ipp));
    const named = (v: number) =>
      `${evaluated
        .filter((e) => e.r.ipp === v)
        .map((e) => e.m.nama)
        .join(lang === "id" ? " dan " : " and ")} (${formatIpp(v, lang)})`;
    if (evaluated.length > 1 && top !== bottom) sentences.push(tx.extremes(named(top), named(bottom)));
  }
  if (missing.length > 0 && evaluated.length > 0)
    sentences.push(tx.notEvaluatedCount(formatInteger(missing.length, lang)));

  return {
    nama: provinsi.nama,
    short,
    href: linkTo(page, "instansi", provinsi.slug),
    own: own && {
      ipp: formatIpp(own.ipp, lang),
      predikat: own.predikat,
      predikatLabel: label(own.predikat),
      rank: formatRankOf(own.peringkat_nasional, own.jumlah_peserta_tingkat, ties!.national(own), lang),
      tied: ties!.national(own),
    },
    rows: [...evaluated.map((e) => row(e.m, e.r)), ...missing.map((m) => row(m, null))],
    anyTied: evaluated.some((e) => ties!.provincial(e.r)),
    counts,
    notEvaluated: missing.length,
    total: input.kabkota.length,
    evaluatedCount: evaluated.length,
    mean: input.mean === null ? null : formatIpp(input.mean, lang),
    /** The results of its evaluated kab/kota, for the distribution chart. */
    results: evaluated.map((e) => e.r),
    summary: { text: sentences.join(" "), description: withinLength(sentences) },
  };
}

export type ProvinceView = ReturnType<typeof provinceView>;
