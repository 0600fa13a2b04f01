import { formatDate } from "../format/date.ts";
import { formatInteger } from "../format/number.ts";
import { pick, type Lang } from "../format/lang.ts";
import type { Manifest } from "../schema/output.ts";
import type { ErrataProduct } from "../schema/release.ts";

type ManifestYear = Manifest["tahun"][number];

/** What every page of an edition says about it, in the page's language (src/components/PageNotice.astro). */
export interface EditionNotice {
  /** The edition, its release date or draft state, status and decree, in one line. */
  readonly line: string;
  /**
   * The same in a few words, for the first screen of a phone: that a draft's numbers may change, or
   * the release date (with status and decree when official; the sample notice says what sample data is).
   */
  readonly short: string;
  /** For an unfrozen year: that its numbers may still change (the longer explanation). */
  readonly draft: string | null;
  /** For a year older than the latest: that it is older, and the latest's year. */
  readonly older: { readonly text: string; readonly link: string; readonly year: number } | null;
  /** For a year with errata: how many, the last one's date and reason, and how many values changed. */
  readonly errata: { readonly text: string; readonly reason: string; readonly link: string } | null;
}

function statusWords(y: ManifestYear, lang: Lang): string {
  if (y.status === "sample")
    return pick(lang, "data sampel (sintetis), tanpa keputusan", "sample data (synthetic), no decree");
  if (y.keputusan) return pick(lang, `resmi, ${y.keputusan}`, `official, ${y.keputusan}`);
  return pick(lang, "resmi, keputusan belum disebut", "official, decree not yet named");
}

export function editionNotice(o: {
  lang: Lang;
  year: ManifestYear;
  latest: number;
  errata: ErrataProduct["ralat"];
}): EditionNotice {
  const { lang, year: y } = o;
  const released = y.edisi === "terbit" && y.tanggal_rilis ? formatDate(y.tanggal_rilis, lang) : null;
  const when = released
    ? pick(lang, `diterbitkan ${released}`, `released ${released}`)
    : pick(lang, "draf, belum diterbitkan", "draft, not released");
  const line = `${pick(lang, "Edisi", "Edition")} PEKPPP ${y.tahun}: ${when}; ${statusWords(y, lang)}.`;
  const official = y.status === "official" ? `; ${statusWords(y, lang)}` : "";
  const short = released
    ? pick(
        lang,
        `Edisi ${y.tahun}, diterbitkan ${released}${official}.`,
        `Edition ${y.tahun}, released ${released}${official}.`,
      )
    : pick(
        lang,
        `Edisi ${y.tahun} masih draf: angkanya dapat berubah.`,
        `The ${y.tahun} edition is a draft: its numbers may change.`,
      );
  const draft =
    y.edisi === "draf"
      ? pick(
          lang,
          `Draf: edisi ${y.tahun} belum diterbitkan. Angkanya belum dibekukan dan masih dapat berubah; jangan dikutip sebagai edisi final.`,
          `Draft: the ${y.tahun} edition has not been released. Its numbers are not frozen and may still change; do not cite them as final.`,
        )
      : null;
  const older =
    y.tahun < o.latest
      ? {
          text: pick(lang, "Ini edisi lama.", "This is an older edition."),
          link: pick(lang, `Halaman ini di edisi ${o.latest}`, `This page in the ${o.latest} edition`),
          year: o.latest,
        }
      : null;
  const own = o.errata.filter((e) => e.tahun === y.tahun);
  const last = own.at(-1);
  const values = own.reduce((n, e) => n + e.perubahan.length, 0);
  const errata = last
    ? {
        text: pick(
          lang,
          `Ralat: edisi ini diralat ${formatInteger(own.length, lang)} kali (${formatInteger(values, lang)} nilai diubah), terakhir ${formatDate(last.tanggal, lang)}:`,
          `Erratum: this edition was corrected ${own.length === 1 ? "once" : `${formatInteger(own.length, lang)} times`} (${formatInteger(values, lang)} ${values === 1 ? "value" : "values"} changed), last on ${formatDate(last.tanggal, lang)}:`,
        ),
        reason: last.alasan,
        link: pick(lang, "Daftar ralat", "List of errata"),
      }
    : null;
  return { line, short, draft, older, errata };
}
