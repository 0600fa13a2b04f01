/**
 * How a region is named in a tooltip, an SVG <title> and an aria-label:
 * name, letter, label and IPP in the page's number format. Shared by the
 * build and the browser script, so the static and the live map say the same.
 */
import type { Lang } from "../format/lang.ts";
import { formatIpp } from "../format/number.ts";

export interface RegionFigures {
  readonly name: string;
  readonly predikat: string | null;
  readonly ipp: number | null;
  /** A published (real) figure of the region's instansi that year, already worded ("Angka resmi: 4,72"), shown beside. */
  readonly terbitan?: string | null;
}

/** "A- · Sangat Baik · IPP 4,12", or "Tidak dievaluasi". */
export function gradeText(
  r: Omit<RegionFigures, "name">,
  lang: Lang,
  label: string | undefined,
  notEvaluated: string,
): string {
  const beside = r.terbitan ? ` · ${r.terbitan}` : "";
  if (r.predikat === null || r.ipp === null) return `${notEvaluated}${beside}`;
  return `${r.predikat}${label ? ` · ${label}` : ""} · IPP ${formatIpp(r.ipp, lang)}${beside}`;
}

/** "Kota Bandung: A- · Sangat Baik · IPP 4,12". */
export function regionText(r: RegionFigures, lang: Lang, label: string | undefined, notEvaluated: string): string {
  return `${r.name}: ${gradeText(r, lang, label, notEvaluated)}`;
}
