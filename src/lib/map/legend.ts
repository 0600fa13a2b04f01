/**
 * The legend: the nine predikat steps with their legal IPP ranges (from the
 * methodology profile, so a changed decree changes the legend), then
 * "tidak dievaluasi", which maps draw hatched.
 */
import type { Lang } from "../format/lang.ts";
import { formatDecimal, formatInteger } from "../format/number.ts";
import { NOT_EVALUATED, isPredikat, swatchOf, type Predikat } from "../format/palette.ts";
import { predikatClass } from "../view/predikatClass.ts";
import { mapText } from "./text.ts";

/** What the legend needs of a profile's predikat step (src/lib/schema/methodology.ts). */
export interface LegendStep {
  readonly kode: string;
  readonly batas_bawah: number;
  readonly label: string;
  readonly label_en: string;
}

export interface LegendItem {
  /** Null: not evaluated. */
  readonly code: Predikat | null;
  readonly label: string;
  /** "4,51–5,00"; empty for not evaluated. */
  readonly range: string;
  readonly fill: string;
  readonly text: string;
  readonly className: string;
  /** Regions with this predikat on the map, when counts were given. */
  readonly count: number | null;
}

export interface LegendOptions {
  readonly lang: Lang;
  /** Top of the scale (profile `skala.max`). */
  readonly max: number;
  /** Decimals the IPP is rounded to (profile `pembulatan.desimal`). */
  readonly decimals: number;
  readonly counts?: { readonly byCode: ReadonlyMap<Predikat, number>; readonly none: number };
}

export function legendModel(steps: readonly LegendStep[], o: LegendOptions): LegendItem[] {
  const unit = 10 ** -o.decimals;
  const fmt = (x: number) => formatDecimal(x, o.lang, o.decimals);
  const items = steps.map((s, i): LegendItem => {
    if (!isPredikat(s.kode)) throw new Error(`predikat tidak dikenal di profil: "${s.kode}"`);
    const above = steps[i - 1];
    const upper = above ? above.batas_bawah - unit : o.max;
    const sw = swatchOf(s.kode);
    return {
      code: s.kode,
      label: o.lang === "en" ? s.label_en : s.label,
      range: `${fmt(s.batas_bawah)}–${fmt(upper)}`,
      fill: sw.fill,
      text: sw.text,
      className: predikatClass(s.kode),
      count: o.counts?.byCode.get(s.kode) ?? (o.counts ? 0 : null),
    };
  });
  items.push({
    code: null,
    label: mapText(o.lang).notEvaluated,
    range: "",
    fill: NOT_EVALUATED.fill,
    text: NOT_EVALUATED.text,
    className: predikatClass(null),
    count: o.counts ? o.counts.none : null,
  });
  return items;
}

/** A legend item's count as text ("12"), or "" without counts. */
export function legendCount(item: LegendItem, lang: Lang): string {
  return item.count === null ? "" : formatInteger(item.count, lang);
}
