import type { CanonicalRow, ErrataFile, ReleaseRecord } from "../schema/release.ts";
import { canonicalText } from "./canonical.ts";
import { sha256Text } from "./sha256.ts";

/** Where a frozen edition differs from its record: an input file, a result, or the record itself. */
export interface FrozenProblem {
  readonly where: "berkas" | "hasil" | "rilis" | "ralat";
  /** The input file (path in the year folder) for `berkas`. */
  readonly file?: string;
  readonly kode?: string;
  readonly column?: string;
  readonly message: string;
}

export interface FrozenCheck {
  readonly record: ReleaseRecord;
  readonly errata: ErrataFile | null;
  /** SHA-256 of every input file of the year now, by path in the year folder. */
  readonly inputs: ReadonlyMap<string, string>;
  readonly rows: readonly CanonicalRow[];
  /** What the year is now (from its tahun.json and profile). */
  readonly now: { readonly status: string; readonly profil: string; readonly keputusan: string | null };
  /** A result's name for messages ("Kota Bandung"). */
  readonly nameOf?: (kode: string) => string | undefined;
}

const keyOf = (evaluasi: string, kunci: string) => `${evaluasi}:${kunci}`;
const label = { pekppp: "instansi", mpp: "MPP", rkr: "unit Ramah Kelompok Rentan" } as const;
const shownValue = (v: string | null | undefined) => (v === null || v === undefined ? "(kosong)" : v);

/** The input files a frozen year should have now: its record's, as later replaced by errata. */
export function expectedInputs(record: ReleaseRecord, errata: ErrataFile | null): Map<string, string> {
  const files = new Map(record.berkas.map((f) => [f.berkas, f.sha256]));
  for (const e of errata?.ralat ?? [])
    for (const f of e.berkas ?? []) {
      if (f.sha256 === null) files.delete(f.berkas);
      else files.set(f.berkas, f.sha256);
    }
  return files;
}

/**
 * The results a frozen year should have now: its record's rows with every
 * erratum applied in order. An erratum whose `sebelum` is not the value it
 * revises is a problem (it does not describe this edition).
 */
export function expectedRows(
  record: ReleaseRecord,
  errata: ErrataFile | null,
): { rows: Map<string, Record<string, string | null>>; problems: FrozenProblem[] } {
  const rows = new Map(record.hasil.baris.map((r) => [keyOf(r.evaluasi, r.kunci), { ...r.nilai }]));
  const problems: FrozenProblem[] = [];
  for (const e of errata?.ralat ?? [])
    for (const c of e.perubahan) {
      const key = keyOf(c.evaluasi ?? "pekppp", c.kode);
      const row = rows.get(key) ?? {};
      const was = row[c.kolom] ?? null;
      if (was !== c.sebelum)
        problems.push({
          where: "ralat",
          kode: c.kode,
          column: c.kolom,
          message: `ralat ${e.tanggal}: nilai "sebelum" ${shownValue(c.sebelum)} tidak sama dengan nilai edisi ${shownValue(was)}`,
        });
      row[c.kolom] = c.sesudah;
      if (Object.values(row).every((v) => v === null)) rows.delete(key);
      else rows.set(key, row);
    }
  return { rows, problems };
}

/**
 * Compares a frozen year with its release record and errata. Every input
 * file that changed, appeared or disappeared is named; every result value
 * that changed is named by its instansi (or unit) and column, before and
 * after. No problem: the edition is as it was released (or as its errata say).
 */
export async function checkFrozen(c: FrozenCheck): Promise<FrozenProblem[]> {
  const { record } = c;
  const problems: FrozenProblem[] = [];
  if ((await sha256Text(canonicalText(record.hasil.baris))) !== record.hasil.sha256)
    problems.push({
      where: "rilis",
      message:
        "catatan rilis telah diubah: hasil yang tercatat tidak cocok dengan SHA-256-nya; kembalikan berkas ini dari riwayat git",
    });
  for (const [field, was, now] of [
    ["status", record.status, c.now.status],
    ["profil", record.profil, c.now.profil],
    ["keputusan", record.keputusan, c.now.keputusan],
  ] as const)
    if (was !== now && !(field === "keputusan" && record.status === "sample"))
      problems.push({
        where: "rilis",
        column: field,
        message: `${field} edisi ${record.tahun} yang dibekukan adalah ${shownValue(was)}, sekarang ${shownValue(now)}`,
      });

  const files = expectedInputs(record, c.errata);
  for (const path of [...new Set([...files.keys(), ...c.inputs.keys()])].sort()) {
    const was = files.get(path);
    const now = c.inputs.get(path);
    if (was === now) continue;
    const what =
      was === undefined
        ? "berkas baru, tidak ada saat edisi dibekukan"
        : now === undefined
          ? "berkas ini hilang, padahal ada saat edisi dibekukan"
          : `isi berkas berubah sejak edisi dibekukan (SHA-256 ${now.slice(0, 12)}…, tercatat ${was.slice(0, 12)}…)`;
    problems.push({
      where: "berkas",
      file: path,
      message: `${what}: masukan edisi ${record.tahun} tidak boleh berubah`,
    });
  }

  const expected = expectedRows(record, c.errata);
  problems.push(...expected.problems);
  const current = new Map(c.rows.map((r) => [keyOf(r.evaluasi, r.kunci), r]));
  const named = (evaluasi: string, kunci: string) => {
    const name = evaluasi === "pekppp" ? c.nameOf?.(kunci) : undefined;
    return `${label[evaluasi as keyof typeof label]} ${kunci}${name ? ` (${name})` : ""}`;
  };
  const split = (key: string) => [key.slice(0, key.indexOf(":")), key.slice(key.indexOf(":") + 1)] as const;
  for (const key of [...new Set([...expected.rows.keys(), ...current.keys()])].sort()) {
    const [evaluasi, kunci] = split(key);
    const was = expected.rows.get(key);
    const now = current.get(key)?.nilai;
    if (!was || !now) {
      problems.push({
        where: "hasil",
        kode: kunci,
        message: `${named(evaluasi, kunci)} ${was ? "tidak ada lagi di hasil" : "baru muncul di hasil"} edisi ${record.tahun} yang dibekukan`,
      });
      continue;
    }
    for (const column of [...new Set([...Object.keys(was), ...Object.keys(now)])].sort()) {
      const a = was[column] ?? null;
      const b = now[column] ?? null;
      if (a !== b)
        problems.push({
          where: "hasil",
          kode: kunci,
          column,
          message: `${named(evaluasi, kunci)}: ${column} berubah dari ${shownValue(a)} menjadi ${shownValue(b)}, padahal edisi ${record.tahun} sudah dibekukan`,
        });
    }
  }
  return problems;
}
