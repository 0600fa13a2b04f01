/**
 * The "biggest changes" section of the home page, formatted: either two
 * lists (rises, falls) or the sentence that says why there is nothing to
 * compare (first year, or another methodology the year before).
 */
import type { Lang } from "../format/lang.ts";
import { formatChange, formatInteger, formatIpp } from "../format/number.ts";
import { strings } from "../site/i18n.ts";
import { homeText } from "./homeText.ts";
import { biggestMovers, type Change, type Comparison } from "./movers.ts";

export interface MoverEntry {
  readonly kode: string;
  readonly slug: string;
  readonly nama: string;
  readonly tingkat: string;
  readonly before: string;
  readonly after: string;
  readonly predikatBefore: string;
  readonly predikat: string;
  /** "+0,42" / "−0,31" */
  readonly change: string;
}

export type MoversSection =
  | { readonly kind: "note"; readonly heading: string; readonly text: string }
  | {
      readonly kind: "lists";
      readonly previous: number;
      readonly heading: string;
      readonly intro: string;
      readonly up: readonly MoverEntry[];
      readonly down: readonly MoverEntry[];
      readonly upOmitted: string | null;
      readonly downOmitted: string | null;
    };

/** `displayName` lets the page use short names ("Kab. Sleman") where space is tight. */
export function moversSection(
  comparison: Comparison,
  n: number,
  lang: Lang,
  displayName: (r: Change["row"]) => string = (r) => r.nama,
): MoversSection {
  const h = homeText(lang);
  if (comparison.kind === "none") return { kind: "note", heading: h.moversFirst, text: h.moversNone };
  if (comparison.kind === "profile-differs")
    return {
      kind: "note",
      heading: h.movers(comparison.previous),
      text: h.moversProfile(comparison.previous, comparison.profile, comparison.previousProfile),
    };
  const t = strings(lang);
  const m = biggestMovers(comparison.changes, n);
  const entry = (c: Change): MoverEntry => ({
    kode: c.row.kode_instansi,
    slug: c.row.slug,
    nama: displayName(c.row),
    tingkat: t.tingkat[c.row.tingkat],
    before: formatIpp(c.before, lang),
    after: formatIpp(c.row.ipp, lang),
    predikatBefore: c.predikatBefore,
    predikat: c.row.predikat,
    change: formatChange(c.delta, lang),
  });
  const omitted = (k: number) => (k > 0 ? h.tiedOmitted(formatInteger(k, lang)) : null);
  return {
    kind: "lists",
    previous: comparison.previous,
    heading: h.movers(comparison.previous),
    intro: h.moversIntro(comparison.previous, formatInteger(comparison.changes.size, lang)),
    up: m.up.items.map(entry),
    down: m.down.items.map(entry),
    upOmitted: omitted(m.up.omitted),
    downOmitted: omitted(m.down.omitted),
  };
}
