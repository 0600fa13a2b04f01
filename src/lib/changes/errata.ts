/**
 * Errata of an edition, as the release records them (one committed file per
 * year; the release tooling owns where it lives and writes it): entries of
 * `{ tanggal: "YYYY-MM-DD", alasan, perubahan: [{ kode, kolom, sebelum, sesudah }] }`.
 * This reader only needs what the changes page and CSV list, so it is
 * tolerant of the wrapping: the file may be the list of entries itself or an
 * object holding it under `ralat`, `errata` or `entri` (other fields, e.g. the
 * year, are ignored). No file means no errata. A file that is there but
 * malformed is an error naming the file and the entry, never dropped quietly.
 */
import { z } from "zod";

const Value = z.union([z.string(), z.number(), z.null()]);

export const ErratumChange = z.object({
  kode: z.string().min(1),
  kolom: z.string().min(1),
  sebelum: Value,
  sesudah: Value,
});

export const Erratum = z.object({
  tanggal: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "tanggal harus YYYY-MM-DD"),
  alasan: z.string().min(1),
  perubahan: z.array(ErratumChange),
});
export type Erratum = z.infer<typeof Erratum>;

/** One revised value, flattened from its erratum. */
export interface Revision {
  readonly tanggal: string;
  readonly alasan: string;
  readonly kode: string;
  readonly kolom: string;
  readonly sebelum: string | null;
  readonly sesudah: string | null;
}

const WRAPPERS = ["ralat", "errata", "entri"] as const;

const text = (v: string | number | null) => (v === null ? null : String(v));

/**
 * The revisions of an errata file's text (`undefined`: there is no file),
 * in date order then as written. Throws an Error naming `file` and the
 * entry when the text is not the format above.
 */
export function readErrata(source: string | undefined, file: string): Revision[] {
  if (source === undefined || source.trim() === "") return [];
  let json: unknown;
  try {
    json = JSON.parse(source);
  } catch (e) {
    throw new Error(`${file}: bukan JSON yang sah (${(e as Error).message})`, { cause: e });
  }
  const list = Array.isArray(json)
    ? json
    : typeof json === "object" && json !== null
      ? WRAPPERS.map((k) => (json as Record<string, unknown>)[k]).find(Array.isArray)
      : undefined;
  if (!list) throw new Error(`${file}: harus daftar ralat, atau objek dengan daftar "ralat"`);
  const entries = list.map((entry: unknown, i: number) => {
    const r = Erratum.safeParse(entry);
    if (!r.success) {
      const where = r.error.issues.map((x) => `${x.path.join(".") || "isi"}: ${x.message}`).join("; ");
      throw new Error(`${file}, ralat ke-${i + 1}: ${where}`);
    }
    return r.data;
  });
  return entries
    .map((e, order) => ({ e, order }))
    .sort((a, b) => (a.e.tanggal < b.e.tanggal ? -1 : a.e.tanggal > b.e.tanggal ? 1 : a.order - b.order))
    .flatMap(({ e }) =>
      e.perubahan.map((p): Revision => ({
        tanggal: e.tanggal,
        alasan: e.alasan,
        kode: p.kode,
        kolom: p.kolom,
        sebelum: text(p.sebelum),
        sesudah: text(p.sesudah),
      })),
    );
}
