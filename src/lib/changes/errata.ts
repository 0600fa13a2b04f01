/**
 * The values an edition's errata revised, flattened for the changes page and
 * CSV. The errata file itself (`data/ralat/<year>.json`) is read and checked
 * once, by the release check of the data build (src/lib/release); this only
 * lists what it recorded.
 */
import type { ErrataFile } from "../schema/release.ts";

/** One revised value, flattened from its erratum. */
export interface Revision {
  readonly tanggal: string;
  readonly alasan: string;
  readonly kode: string;
  readonly kolom: string;
  readonly sebelum: string | null;
  readonly sesudah: string | null;
}

/**
 * The revisions of a year's errata (none: empty), in date order then as
 * written. A value of another evaluation names it in the column
 * (`mpp:nilai`), so the PEKPPP columns keep their plain names.
 */
export function revisionsOf(errata: Pick<ErrataFile, "ralat"> | null | undefined): Revision[] {
  if (!errata) return [];
  return errata.ralat
    .map((e, order) => ({ e, order }))
    .sort((a, b) => (a.e.tanggal < b.e.tanggal ? -1 : a.e.tanggal > b.e.tanggal ? 1 : a.order - b.order))
    .flatMap(({ e }) =>
      e.perubahan.map((p): Revision => ({
        tanggal: e.tanggal,
        alasan: e.alasan,
        kode: p.kode,
        kolom: p.evaluasi && p.evaluasi !== "pekppp" ? `${p.evaluasi}:${p.kolom}` : p.kolom,
        sebelum: p.sebelum,
        sesudah: p.sesudah,
      })),
    );
}
