import type { CanonicalRow, ErrataFile, Erratum, ErratumChange, ReleaseRecord } from "../schema/release.ts";
import { expectedInputs, expectedRows } from "./check.ts";

/**
 * A new erratum for a frozen year: every value that differs now from the
 * edition as released and already corrected (the record, then the earlier
 * errata), and every input file replaced since. Null when nothing differs.
 */
export function draftErratum(o: {
  record: ReleaseRecord;
  errata: ErrataFile | null;
  inputs: ReadonlyMap<string, string>;
  rows: readonly CanonicalRow[];
  tanggal: string;
  alasan: string;
}): Erratum | null {
  const expected = expectedRows(o.record, o.errata).rows;
  const current = new Map(o.rows.map((r) => [`${r.evaluasi}:${r.kunci}`, r]));
  const perubahan: ErratumChange[] = [];
  for (const key of [...new Set([...expected.keys(), ...current.keys()])].sort()) {
    const cut = key.indexOf(":");
    const evaluasi = key.slice(0, cut) as CanonicalRow["evaluasi"];
    const kode = key.slice(cut + 1);
    const was = expected.get(key) ?? {};
    const now = current.get(key)?.nilai ?? {};
    for (const kolom of [...new Set([...Object.keys(was), ...Object.keys(now)])].sort()) {
      const sebelum = was[kolom] ?? null;
      const sesudah = now[kolom] ?? null;
      if (sebelum !== sesudah)
        perubahan.push({ kode, ...(evaluasi === "pekppp" ? {} : { evaluasi }), kolom, sebelum, sesudah });
    }
  }
  const files = expectedInputs(o.record, o.errata);
  const berkas = [...new Set([...files.keys(), ...o.inputs.keys()])]
    .sort()
    .filter((f) => files.get(f) !== o.inputs.get(f))
    .map((f) => ({ berkas: f, sha256: o.inputs.get(f) ?? null }));
  if (perubahan.length === 0 && berkas.length === 0) return null;
  return { tanggal: o.tanggal, alasan: o.alasan.trim(), perubahan, ...(berkas.length ? { berkas } : {}) };
}
