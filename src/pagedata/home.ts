/**
 * Everything the home page shows, built once per (year, language): the
 * latest edition at the root and the pinned edition of the same year render
 * the same figures, and the IPP beeswarm alone takes ~25 ms to draw.
 */
import { cache } from "./cache.ts";
import {
  chartSet,
  figureHtml,
  ippDistribution,
  predikatDistribution,
  provincesCompared,
  type ChartOptions,
} from "../charts/index.ts";
import { chartDownloads } from "../charts/export/index.ts";
import type { Lang } from "../lib/format/lang.ts";
import { formatInteger, formatIpp } from "../lib/format/number.ts";
import { tingkatCards, topAndBottom, type TingkatCard, type TopBottom } from "../lib/view/home.ts";
import { headline } from "../lib/view/homeHeadline.ts";
import { displayName } from "../lib/view/ranking.ts";
import { moversSection, type MoversSection } from "../lib/view/homeMovers.ts";
import { siteData, yearBundle } from "./data.ts";
import { yearComparison } from "./yearComparison.ts";

/** How many instansi the top, bottom and movers lists show (more when tied at the cut). */
export const LIST_LENGTH = 5;

export interface HomeModel {
  readonly headline: string;
  readonly evaluated: string;
  /** The dashboard's own mean over pemda, formatted; null when none. */
  readonly pemdaMean: string | null;
  readonly cards: readonly TingkatCard[];
  readonly topBottom: readonly TopBottom[];
  readonly movers: MoversSection;
  /** Finished figure HTML: predikat distribution, IPP distribution, provinces compared. */
  readonly charts: readonly string[];
}

const models = cache<HomeModel>();

export function homeModel(year: number, lang: Lang): HomeModel {
  return models.get(`${year}|${lang}`, () => build(year, lang));
}

function build(year: number, lang: Lang): HomeModel {
  const b = yearBundle(year);
  const ladder = b.profile.def.predikat;
  const comparison = yearComparison(year);
  const previous =
    comparison.kind === "compared"
      ? { year: comparison.previous, summary: yearBundle(comparison.previous).summary }
      : null;
  const byCode = siteData().byCode;
  const short = (r: { kode_instansi: string; nama: string }) => {
    const i = byCode.get(r.kode_instansi);
    return i ? displayName(i) : r.nama;
  };
  const o: ChartOptions = { lang, year, status: b.data.status, sumber: b.data.sumber, predikat: ladder };
  return {
    headline: headline({ year, summary: b.summary, previous, ladder, rows: b.data.instansi }, lang),
    evaluated: formatInteger(b.data.instansi.length, lang),
    pemdaMean: b.summary.pemda.rata_rata === null ? null : formatIpp(b.summary.pemda.rata_rata, lang),
    cards: tingkatCards(b.summary, ladder, lang),
    topBottom: topAndBottom(b.data.instansi, LIST_LENGTH, lang, short),
    movers: moversSection(comparison, LIST_LENGTH, lang, short),
    // Each drawn for phone, tablet and desktop widths; the page shows the one that fits (src/charts/layout/sizes.ts).
    // Each followed by its download buttons (PNG, SVG, CSV), named with the site's chart ids.
    charts: (
      [
        ["predikat-tingkat", chartSet({ ...o, id: "sebaran-predikat" }, (v) => predikatDistribution(b.summary, v))],
        ["sebaran", chartSet({ ...o, id: "sebaran-ipp" }, (v) => ippDistribution(b.data.instansi, v))],
        ["provinsi", chartSet({ ...o, id: "provinsi" }, (v) => provincesCompared(b.summary.per_provinsi, v))],
      ] as const
    ).map(([chart, c]) => figureHtml(c) + chartDownloads(c, { chart, year, status: b.data.status })),
  };
}
