import { SCHEMA_VERSION, type ValidationReport } from "../schema/output.ts";
import type { FileTally } from "../validate/issues.ts";

/**
 * The validation report of one year. Checks the promise that nothing is lost:
 * for every file, rows read = rows used + rows rejected. A mismatch is a bug
 * in the readers, so it throws rather than publish a report that lies.
 */
export function buildReport(
  tahun: number,
  general: readonly FileTally[],
  files: readonly FileTally[],
): ValidationReport {
  for (const t of files)
    if (t.read !== t.used + t.rejectedTotal)
      throw new Error(`internal: ${t.file}: ${t.read} baris dibaca ≠ ${t.used} dipakai + ${t.rejectedTotal} ditolak`);
  const all = [...general, ...files];
  const galat = all.reduce((n, t) => n + t.errors, 0);
  const peringatan = all.reduce((n, t) => n + t.warnings, 0);
  const sorted = (m: ReadonlyMap<string, number>) => Object.fromEntries([...m].sort(([a], [b]) => (a < b ? -1 : 1)));
  return {
    schemaVersion: SCHEMA_VERSION,
    tahun,
    ok: galat === 0,
    galat,
    peringatan,
    berkas: files.map((t) => ({
      berkas: t.file,
      baris_dibaca: t.read,
      baris_dipakai: t.used,
      baris_ditolak: t.rejectedTotal,
      alasan_penolakan: sorted(t.rejected),
      galat: t.errors,
      peringatan: t.warnings,
      tidak_ditampilkan: sorted(t.omitted),
    })),
    masalah: all.flatMap((t) => t.issues),
  };
}
