/**
 * The screen-reader summary of a map, one sentence: how many regions hold
 * each predikat. It is also visible text, so the picture is never the only
 * way to the figures.
 */
import type { Lang } from "../format/lang.ts";
import { formatInteger } from "../format/number.ts";
import { PREDIKAT_CODES, type Predikat } from "../format/palette.ts";
import type { MapRegion } from "./join.ts";
import { predikatCounts } from "./join.ts";

export interface SummaryOptions {
  readonly lang: Lang;
  readonly year: number;
  /** "kabupaten/kota" / "regencies and cities". */
  readonly levelPlural: string;
  /** "di Jawa Barat" / "in Jawa Barat", when the map shows one province. */
  readonly place?: string;
  /** Label of each predikat in the page's language. */
  readonly labels: ReadonlyMap<Predikat, string>;
}

/** "a, b dan c" / "a, b, and c": English takes the serial comma, Indonesian does not. */
function list(parts: readonly string[], lang: Lang): string {
  if (parts.length <= 1) return parts.join("");
  const serial = lang === "en" && parts.length > 2 ? "," : "";
  return `${parts.slice(0, -1).join(", ")}${serial} ${lang === "id" ? "dan" : "and"} ${parts.at(-1)}`;
}

/** "Dari 514 kabupaten/kota pada 2024, 60 berpredikat A “Pelayanan Prima”, 179 A- “Sangat Baik” dan 2 tidak dievaluasi." */
export function mapSummary(regions: readonly Pick<MapRegion, "predikat">[], o: SummaryOptions): string {
  const { byCode, none } = predikatCounts(regions);
  const n = (x: number) => formatInteger(x, o.lang);
  const id = o.lang === "id";
  const steps = PREDIKAT_CODES.filter((c) => (byCode.get(c) ?? 0) > 0).map((c, i) => {
    const label = o.labels.get(c);
    const grade = `${c}${label ? ` “${label}”` : ""}`;
    const count = n(byCode.get(c) ?? 0);
    if (i > 0) return `${count} ${grade}`;
    return id ? `${count} berpredikat ${grade}` : `${count} ${byCode.get(c) === 1 ? "is" : "are"} graded ${grade}`;
  });
  if (none > 0)
    steps.push(id ? `${n(none)} tidak dievaluasi` : `${n(none)} ${none === 1 ? "was" : "were"} not evaluated`);
  const place = o.place ? ` ${o.place}` : "";
  const head = id
    ? `Dari ${n(regions.length)} ${o.levelPlural}${place} pada ${o.year}`
    : `Of ${n(regions.length)} ${o.levelPlural}${place} in ${o.year}`;
  if (regions.length === 0)
    return id ? `Tidak ada ${o.levelPlural}${place} untuk ditampilkan.` : `No ${o.levelPlural}${place} to show.`;
  return `${head}, ${list(steps, o.lang)}.`;
}
