import { pick, type Lang } from "./lang.ts";

const MONTHS_ID = [
  "Januari",
  "Februari",
  "Maret",
  "April",
  "Mei",
  "Juni",
  "Juli",
  "Agustus",
  "September",
  "Oktober",
  "November",
  "Desember",
];
const MONTHS_EN = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** "2026-12-04" → "4 Desember 2026" / "4 December 2026" (no locale data: the same on every machine). */
export function formatDate(iso: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new RangeError(`bukan tanggal YYYY-MM-DD: ${iso}`);
  const month = pick(lang, MONTHS_ID, MONTHS_EN)[Number(m[2]) - 1];
  if (!month) throw new RangeError(`bulan tidak ada: ${iso}`);
  return `${Number(m[3])} ${month} ${m[1]}`;
}
