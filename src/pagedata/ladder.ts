/**
 * The predikat ladder of the methodology profile, as the pages show it:
 * letter, name and IPP range, best first. The ladder is the same in every
 * year of the data (one methodology profile); the latest year's is used.
 */
import { bands, stepLabel } from "../charts/ladder.ts";
import type { Lang } from "../lib/format/lang.ts";
import { formatIpp } from "../lib/format/number.ts";
import { cache } from "./cache.ts";
import { siteData } from "./data.ts";

export interface LadderStep {
  readonly kode: string;
  readonly name: string;
  /** "4,51–5,00" */
  readonly range: string;
}

const ladders = cache<LadderStep[]>();

export function predikatLadder(lang: Lang): LadderStep[] {
  return ladders.get(lang, () => build(lang));
}

function build(lang: Lang): LadderStep[] {
  const site = siteData();
  const steps = site.years.get(site.latest)!.profile.def.predikat;
  return bands(steps).map((b, i) => ({
    kode: b.kode,
    name: stepLabel(steps[i]!, lang),
    range: `${formatIpp(b.lo, lang)}–${formatIpp(b.hi, lang)}`,
  }));
}

/** "predikat A-: Sangat Baik (IPP 4,01–4,50)" / "grade A-: Very good (IPP 4.01–4.50)"; null for an unknown code. */
export function predikatMeaning(kode: string, lang: Lang): string | null {
  const s = predikatLadder(lang).find((x) => x.kode === kode);
  if (!s) return null;
  return `${lang === "id" ? "predikat" : "grade"} ${s.kode}: ${s.name} (IPP ${s.range})`;
}
