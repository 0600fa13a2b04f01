import { ladder, predikatOf } from "../lib/method/predikat.ts";
import { formatIpp } from "../lib/format/number.ts";
import type { Lang } from "../lib/format/lang.ts";
import type { PredikatStep } from "../lib/schema/methodology.ts";

/** A predikat step as a band on the IPP axis: [lo, hi], hi the top of the band at two decimals. */
export interface Band {
  readonly kode: string;
  readonly label: string;
  readonly lo: number;
  readonly hi: number;
}

/** IPP is published at two decimals; the ladder compares at that precision. */
const DIGITS = 2;

export function bands(steps: readonly PredikatStep[], max = 5): Band[] {
  return steps.map((s, i) => ({
    kode: s.kode,
    label: s.label,
    lo: s.batas_bawah,
    hi: i === 0 ? max : Math.round((steps[i - 1]!.batas_bawah - 10 ** -DIGITS) * 100) / 100,
  }));
}

/** The predikat a (two-decimal) value falls in. */
export function predikatFor(steps: readonly PredikatStep[], value: number): PredikatStep {
  return predikatOf(ladder(steps, DIGITS), Math.round(value * 10 ** DIGITS));
}

export function stepLabel(step: Pick<PredikatStep, "label" | "label_en">, lang: Lang): string {
  return lang === "id" ? step.label : step.label_en;
}

export function stepOf(steps: readonly PredikatStep[], kode: string): PredikatStep | undefined {
  return steps.find((s) => s.kode === kode);
}

/** "A — Pelayanan Prima (4,51–5,00)" */
export function bandText(steps: readonly PredikatStep[], kode: string, lang: Lang): string {
  const b = bands(steps).find((x) => x.kode === kode);
  const s = stepOf(steps, kode);
  if (!b || !s) return kode;
  return `${kode} — ${stepLabel(s, lang)} (${formatIpp(b.lo, lang)}–${formatIpp(b.hi, lang)})`;
}
