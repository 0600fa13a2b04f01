import { pick, type Lang } from "../../lib/format/lang.ts";
import type { DataStatus } from "../../lib/schema/output.ts";

/** The sample-data notice drawn into every exported picture of sample data; null for official data. */
export function sampleNotice(lang: Lang, year: number, status: DataStatus): string | null {
  if (status !== "sample") return null;
  return pick(
    lang,
    `DATA SAMPEL: angka buatan untuk demonstrasi, bukan hasil resmi PEKPPP ${year}`,
    `SAMPLE DATA: made-up figures for demonstration, not official PEKPPP ${year} results`,
  );
}

/** Colours of the notice band (dark text on pale amber: contrast above 7:1). */
export const NOTICE_FILL = "#fff4ce";
export const NOTICE_STROKE = "#8a6d00";
export const NOTICE_INK = "#4d3b00";
