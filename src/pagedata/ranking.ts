/** The ranking page's rows and filter choices, built once per (year, language) and shared by both editions showing that year. */
import { cache } from "./cache.ts";
import type { Lang } from "../lib/format/lang.ts";
import { filterOptions, rankingGroups, type FilterOptions, type RankingGroup } from "../lib/view/ranking.ts";
import type { Comparison } from "../lib/view/movers.ts";
import { siteData, yearBundle } from "./data.ts";
import { publishedShort } from "../lib/view/published.ts";
import { yearComparison } from "./yearComparison.ts";

export interface RankingModel {
  readonly groups: readonly RankingGroup[];
  readonly options: FilterOptions;
  readonly comparison: Comparison;
  readonly total: number;
  /** How many rows carry a published (real) figure. */
  readonly publishedCount: number;
  /** The year's tie rule (profile.peringkat.dasar). */
  readonly tieRule: "nilai-presisi" | "nilai-dibulatkan";
}

const models = cache<RankingModel>();

export function rankingModel(year: number, lang: Lang): RankingModel {
  return models.get(`${year}|${lang}`, () => build(year, lang));
}

function build(year: number, lang: Lang): RankingModel {
  const master = siteData().instansi;
  const bundle = yearBundle(year);
  const comparison = yearComparison(year);
  const site = siteData();
  const published = new Map(
    master.flatMap((i) => {
      const s = publishedShort(site.publishedOf(year, i.kode), lang);
      return s ? [[i.kode, s] as const] : [];
    }),
  );
  const groups = rankingGroups(
    {
      master,
      results: bundle.data.instansi,
      comparison,
      published,
      ladder: bundle.profile.def.predikat.map((p) => p.kode),
    },
    lang,
  );
  return {
    groups,
    options: filterOptions(groups, master, bundle.profile.def.predikat, lang),
    comparison,
    total: groups.reduce((n, g) => n + g.rows.length, 0),
    publishedCount: published.size,
    tieRule: bundle.profile.def.peringkat?.dasar ?? "nilai-dibulatkan",
  };
}
