import { CANONICAL_FORM, RELEASE_SCHEMA_VERSION, ReleaseRecord, type CanonicalRow } from "../schema/release.ts";
import type { DataStatus } from "../schema/output.ts";
import { canonicalText, sortRows } from "./canonical.ts";
import { sha256Text } from "./sha256.ts";

export interface Freeze {
  readonly tahun: number;
  readonly status: DataStatus;
  readonly profil: string;
  readonly keputusan: string | null;
  /** The release date, YYYY-MM-DD. */
  readonly tanggal: string;
  /** SHA-256 of each input file, by path in the year folder. */
  readonly inputs: ReadonlyMap<string, string>;
  readonly rows: readonly CanonicalRow[];
}

/** Why a year cannot be frozen as it is, in words for the person running the release; null when it can. */
export function freezeProblem(f: Pick<Freeze, "status" | "keputusan" | "tahun">): string | null {
  if (f.status === "official" && !f.keputusan)
    return `tahun ${f.tahun} berstatus resmi tetapi tidak menyebut keputusannya: isi "sumber" di data/${f.tahun}/tahun.json (mis. "Kepmen PANRB 3/2026"), lalu jalankan lagi`;
  return null;
}

/** The release record of a year being frozen (checked against its schema). */
export async function makeRecord(f: Freeze): Promise<ReleaseRecord> {
  const baris = sortRows(f.rows);
  return ReleaseRecord.parse({
    schemaVersion: RELEASE_SCHEMA_VERSION,
    tahun: f.tahun,
    status: f.status,
    profil: f.profil,
    keputusan: f.status === "official" ? f.keputusan : null,
    tanggal_rilis: f.tanggal,
    berkas: [...f.inputs].sort(([a], [b]) => (a < b ? -1 : 1)).map(([berkas, sha256]) => ({ berkas, sha256 })),
    hasil: { bentuk: CANONICAL_FORM, sha256: await sha256Text(canonicalText(baris)), jumlah: baris.length, baris },
  });
}

/**
 * The record as committed: indented JSON, except one line per result row
 * (a record of a few hundred instansi stays readable and diffs line by line).
 */
export function recordText(r: ReleaseRecord): string {
  const head = JSON.stringify({ ...r, hasil: { ...r.hasil, baris: [] } }, null, 2);
  const rows = r.hasil.baris.map((b) => `      ${JSON.stringify(b)}`).join(",\n");
  return `${head.replace(/"baris": \[\]/, r.hasil.baris.length ? `"baris": [\n${rows}\n    ]` : `"baris": []`)}\n`;
}
