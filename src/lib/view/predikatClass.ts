import { isPredikat } from "../format/palette.ts";

/**
 * The CSS class that paints a predikat's colour ("A-" → "pk-a-minus",
 * not evaluated → "pk-none"). Classes rather than inline styles, so the
 * Content Security Policy needs no 'unsafe-inline' for styles either.
 */
export function predikatClass(kode: string | null): string {
  return kode !== null && isPredikat(kode) ? `pk-${kode.toLowerCase().replace("-", "-minus")}` : "pk-none";
}
