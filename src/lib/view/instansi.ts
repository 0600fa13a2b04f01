import type { Lang } from "../format/lang.ts";
import {
  formatChange,
  formatDecimal,
  formatInteger,
  formatIpp,
  formatIppOrDash,
  formatRankOf,
} from "../format/number.ts";
import type { Instansi } from "../schema/master.ts";
import type { MethodologyProfile } from "../schema/methodology.ts";
import type { InstansiResult, LokusResult } from "../schema/output.ts";
import { linkTo, pathOf, type Page } from "../site/routes.ts";
import { lokusChangedNote, notComparableNote } from "./comparable.ts";
import { breakAt, changeAt, hasEarlierYear, historyOf, latestOther, type YearSlice } from "./instansiHistory.ts";
import { rankTies } from "./instansiRanks.ts";
import { instansiText } from "./instansiText.ts";
import { summarize, type SummaryFacts } from "./summary.ts";

export interface InstansiInput {
  readonly page: Pick<Page, "lang" | "edition" | "year" | "base">;
  readonly master: Instansi;
  /** The province it belongs to (itself for a province); null for a K/L. */
  readonly provinsi: Pick<Instansi, "kode" | "nama"> | null;
  /** Every year of the data, including the page's. */
  readonly years: readonly YearSlice[];
  /** Its scored lokus in the page's year. */
  readonly lokus: readonly LokusResult[];
  /** The methodology profile of the page's year (aspect and indicator names, predikat ladder). */
  readonly profile: Pick<MethodologyProfile, "aspek" | "indikator" | "predikat">;
}

/** "Provinsi Jawa Barat" → "Jawa Barat", for running text. */
export function provinceShort(nama: string): string {
  return nama.replace(/^Provinsi\s+/, "");
}

/** An indicator score: whole numbers as they are ("5"), means with two decimals ("2,33"). */
export function formatScore(x: number, lang: Lang): string {
  return Number.isInteger(x) ? formatInteger(x, lang) : formatDecimal(x, lang, 2);
}

const isKabKota = (t: Instansi["tingkat"]) => t === "kabupaten" || t === "kota";

/** Everything the instansi page shows, formatted for its language. */
export function instansiView(input: InstansiInput) {
  const { page, master, profile } = input;
  const { lang } = page;
  const tx = instansiText(lang);
  const year = input.years.find((y) => y.year === page.year);
  const r: InstansiResult | null = year?.byCode.get(master.kode) ?? null;
  const history = historyOf(master.kode, input.years);
  const ties = year ? rankTies(year.rows) : null;
  const steps = profile.predikat;
  const stepAt = (kode: string) => steps.findIndex((s) => s.kode === kode);
  const label = (kode: string) => {
    const s = steps[stepAt(kode)];
    return s ? (lang === "id" ? s.label : s.label_en) : kode;
  };
  const provShort = input.provinsi ? provinceShort(input.provinsi.nama) : null;
  const published = r?.asal_nilai === "dipublikasikan";

  const national = r && { rank: r.peringkat_nasional, of: r.jumlah_peserta_tingkat, tied: ties!.national(r) };
  const provincial =
    r && isKabKota(master.tingkat) && r.peringkat_provinsi !== null && r.jumlah_peserta_provinsi !== null
      ? { rank: r.peringkat_provinsi, of: r.jumlah_peserta_provinsi, tied: ties!.provincial(r) }
      : null;
  const change = changeAt(history, page.year);
  const broken = breakAt(history, page.year);

  const indicatorName = (kode: string, fallback: string) => {
    const i = profile.indikator.find((x) => x.kode === kode);
    return i ? (lang === "id" ? i.nama : i.nama_en) : fallback;
  };
  const recs = published || !r ? [] : r.rekomendasi.filter((x) => x.dari < x.ke);
  const aspects =
    published || !r
      ? []
      : profile.aspek.flatMap((a) => {
          const v = (r as Record<string, unknown>)[`aspek_${a.kode}`];
          return typeof v === "number"
            ? [{ nama: tx.aspectShort[a.kode] ?? (lang === "id" ? a.nama : a.nama_en), nilai: v }]
            : [];
        });
  const lokus = published
    ? []
    : [...input.lokus].sort((a, b) => b.ipp_presisi - a.ipp_presisi || (a.lokus < b.lokus ? -1 : 1));

  const other = latestOther(history, page.year);
  const facts: SummaryFacts = {
    nama: master.nama,
    year: page.year,
    tingkat: master.tingkat,
    provinsi: isKabKota(master.tingkat) ? provShort : null,
    result: r && {
      ipp: r.ipp,
      predikat: r.predikat,
      predikatLabel: label(r.predikat),
      national: national!,
      provincial,
      publishedOnly: published,
      aspects,
      topRecommendation: recs[0]
        ? { kode: recs[0].indikator, nama: indicatorName(recs[0].indikator, recs[0].nama), gain: recs[0].kenaikan_ipp }
        : null,
      lokus: published ? null : lokus.length,
      lokusTanpaF03: published ? null : lokus.filter((l) => l.tanpa_f03).length,
    },
    change,
    notComparable: broken ? notComparableNote(broken.reason, broken.from, page.year, lang) : null,
    earlierYear: hasEarlierYear(history, page.year),
    later: history
      .filter((h) => h.year > page.year && h.result !== null)
      .map((h) => ({ year: h.year, ipp: h.result!.ipp, predikat: h.result!.predikat })),
    latestOther: other?.result ? { year: other.year, ipp: other.result.ipp, predikat: other.result.predikat } : null,
  };

  const up = r ? steps[stepAt(r.predikat) - 1] : undefined;
  const down = r ? steps[stepAt(r.predikat) + 1] : undefined;
  const gain = (k: number) => (k > 0 ? formatChange(k, lang) : `< ${formatChange(0.01, lang)}`);

  return {
    nama: master.nama,
    kode: master.kode,
    tingkat: master.tingkat,
    provinsi:
      input.provinsi && master.tingkat !== "kl"
        ? { nama: input.provinsi.nama, short: provShort!, href: linkTo(page, "province", input.provinsi.kode) }
        : null,
    status: !r ? ("tidak-dievaluasi" as const) : published ? ("dipublikasikan" as const) : ("dihitung" as const),
    result: r && {
      ipp: formatIpp(r.ipp, lang),
      predikat: r.predikat,
      predikatLabel: label(r.predikat),
      ranks: [
        {
          label: tx.rankTingkat(tx.noun[master.tingkat]),
          value: formatRankOf(national!.rank, national!.of, national!.tied, lang),
          tied: national!.tied,
        },
        ...(provincial && provShort
          ? [
              {
                label: tx.rankProvince(provShort),
                value: formatRankOf(provincial.rank, provincial.of, provincial.tied, lang),
                tied: provincial.tied,
              },
            ]
          : []),
      ],
      up: r.jarak_naik !== null && up ? tx.up(formatIpp(r.jarak_naik, lang), up.kode) : tx.atTop,
      down: r.jarak_turun !== null && down ? tx.down(formatIpp(r.jarak_turun, lang), down.kode) : null,
      change: change && {
        value: formatChange(change.delta, lang),
        from: change.from,
        lokusNote: change.lokusChanged
          ? lokusChangedNote(
              { year: change.from, lokus: change.lokusChanged.before },
              { year: page.year, lokus: change.lokusChanged.after },
              lang,
            )
          : null,
      },
      notComparable: broken ? notComparableNote(broken.reason, broken.from, page.year, lang) : null,
    },
    lokus: lokus.map((l) => ({
      nama: l.lokus,
      ipp: formatIpp(l.ipp, lang),
      predikat: l.predikat,
      f02: formatIpp(l.f02, lang),
      f03: formatIppOrDash(l.f03, lang),
      responden: formatInteger(l.jumlah_responden, lang),
      tanpaF03: l.tanpa_f03,
    })),
    recsIntro: tx.recsIntro(input.lokus.map((l) => l.lokus).join(", "), page.year),
    recommendations: recs.map((x) => ({
      kode: x.indikator,
      text: tx.rec(
        x.indikator,
        indicatorName(x.indikator, x.nama),
        formatScore(x.dari, lang),
        formatScore(x.ke, lang),
        gain(x.kenaikan_ipp),
      ),
    })),
    history: [...history].reverse().map((h) => ({
      year: h.year,
      href: pathOf({ kind: "instansi", lang, edition: h.year, key: master.slug, base: page.base }),
      current: h.year === page.year,
      ipp: h.result ? formatIpp(h.result.ipp, lang) : null,
      predikat: h.result?.predikat ?? null,
      rank: h.result
        ? formatRankOf(h.result.peringkat_nasional, h.result.jumlah_peserta_tingkat, h.tiedNational, lang)
        : null,
      lokus: h.result && h.lokus ? h.lokus.join(", ") : null,
      lokusChanged: changeAt(history, h.year)?.lokusChanged != null,
      change: (() => {
        const c = changeAt(history, h.year);
        if (c) return formatChange(c.delta, lang);
        return breakAt(history, h.year) ? tx.notComparable : null;
      })(),
    })),
    /** One note per pair of consecutive results that are not comparable or compare different lokus, oldest first. */
    trendNotes: history.flatMap((h) => {
      const b = breakAt(history, h.year);
      if (b) return [notComparableNote(b.reason, b.from, h.year, lang)];
      const c = changeAt(history, h.year);
      return c?.lokusChanged
        ? [
            lokusChangedNote(
              { year: c.from, lokus: c.lokusChanged.before },
              { year: h.year, lokus: c.lokusChanged.after },
              lang,
            ),
          ]
        : [];
    }),
    // A new stretch starts at each change of profile (not comparable: the chart does not join them).
    trend: history.map((h, k) => ({
      year: h.year,
      ipp: h.result?.ipp ?? null,
      predikat: h.result?.predikat ?? null,
      segment: history.slice(1, k + 1).filter((x, j) => x.profil !== history[j]!.profil).length,
    })),
    summary: summarize(facts, lang),
  };
}

export type InstansiView = ReturnType<typeof instansiView>;
