/**
 * What changed in an edition since the previous one, as rows of the
 * changes table (src/lib/schema/changes.ts): predikat up, down or the same
 * with the IPP change, instansi new or missing, regions under a new code,
 * and values revised by errata. Pure: the data build writes the rows as
 * `<year>/perubahan.csv|json`, and the changes page draws from them.
 *
 * The comparison follows the one rule of src/lib/view/comparable.ts: under
 * another methodology profile IPP and predikat are not compared (the rows
 * of instansi in both years are left out, and the data says why), while
 * new and missing instansi, codes and errata are still listed. The IPP
 * change is taken on the published two-decimal values, as the home page's
 * movers are.
 */
import { SCHEMA_VERSION, type InstansiResult } from "../schema/output.ts";
import type { ChangeKind, ChangeRow, ChangesData } from "../schema/changes.ts";
import { comparability } from "../view/comparable.ts";
import type { Revision } from "./errata.ts";

/** What the comparison reads of an instansi's result (the data product's row, src/lib/schema/output.ts). */
export type ChangeInstansi = Readonly<
  Pick<InstansiResult, "kode_instansi" | "nama" | "tingkat" | "kode_provinsi" | "ipp" | "predikat">
>;

/** What the comparison needs of one edition. */
export interface EditionSlice {
  readonly tahun: number;
  readonly profil: string;
  /** The predikat codes of its profile's ladder, best first. */
  readonly ladder: readonly string[];
  readonly instansi: readonly ChangeInstansi[];
  /** Names of each instansi's lokus that year, when known. */
  readonly lokus?: ReadonlyMap<string, readonly string[]>;
}

export interface ChangesInput {
  readonly current: EditionSlice;
  /** The previous edition (the latest year before), or null for the first. */
  readonly previous: EditionSlice | null;
  /** Values of this edition revised by errata (src/lib/changes/errata.ts). */
  readonly revisions?: readonly Revision[];
  /** Names an instansi an erratum mentions that has no result this year (from the master). */
  readonly lookup?: (kode: string) => Omit<ChangeInstansi, "ipp" | "predikat"> | undefined;
}

const hundredths = (x: number) => Math.round(x * 100);

const EMPTY = {
  ipp_sebelumnya: null,
  ipp: null,
  selisih_ipp: null,
  predikat_sebelumnya: null,
  predikat: null,
  langkah_predikat: null,
  lokus_berganti: null,
  kode_sebelumnya: null,
  kolom: null,
  nilai_sebelumnya: null,
  nilai_sesudah: null,
  tanggal: null,
  alasan: null,
} as const;

const who = (r: Omit<ChangeInstansi, "ipp" | "predikat">) => ({
  kode_instansi: r.kode_instansi,
  nama: r.nama,
  tingkat: r.tingkat,
  kode_provinsi: r.kode_provinsi,
});

/** A name as two editions may spell it: case, spaces and "Kab."/"Kabupaten" aside. */
const nameKey = (r: ChangeInstansi) =>
  `${r.tingkat}|${r.nama
    .toLowerCase()
    .replace(/^kab\.\s*/, "kabupaten ")
    .replace(/\s+/g, " ")
    .trim()}`;

const sameSet = (a: readonly string[], b: readonly string[]) =>
  [...a]
    .map((s) => s.toLowerCase())
    .sort()
    .join("\u0000") ===
  [...b]
    .map((s) => s.toLowerCase())
    .sort()
    .join("\u0000");

/** Steps moved on the ladder (positive: up); null when a predikat is not on it. */
export function predikatSteps(ladder: readonly string[], before: string, after: string): number | null {
  const b = ladder.indexOf(before);
  const a = ladder.indexOf(after);
  return a === -1 || b === -1 ? null : b - a;
}

export function moveKind(steps: number): ChangeKind {
  return steps > 0 ? "predikat-naik" : steps < 0 ? "predikat-turun" : "predikat-tetap";
}

const ORDER: Record<ChangeKind, number> = {
  "predikat-naik": 0,
  "predikat-turun": 1,
  "predikat-tetap": 2,
  baru: 3,
  "tidak-ada": 4,
  "kode-berubah": 5,
  ralat: 6,
};

export function buildChanges(input: ChangesInput): ChangesData {
  const { current, previous } = input;
  const rows: ChangeRow[] = [];
  const now = new Map(current.instansi.map((r) => [r.kode_instansi, r]));
  const compared = previous
    ? comparability({ year: previous.tahun, profil: previous.profil }, { year: current.tahun, profil: current.profil })
        .comparable
    : false;

  if (previous) {
    const before = new Map(previous.instansi.map((r) => [r.kode_instansi, r]));
    const added = current.instansi.filter((r) => !before.has(r.kode_instansi));
    const gone = previous.instansi.filter((r) => !now.has(r.kode_instansi));
    // A region under a new code: one new and one missing instansi of the same tingkat and name.
    const goneByName = new Map<string, ChangeInstansi[]>();
    for (const g of gone) goneByName.set(nameKey(g), [...(goneByName.get(nameKey(g)) ?? []), g]);
    const renamed = new Map<string, ChangeInstansi>();
    const addedByName = new Map<string, number>();
    for (const a of added) addedByName.set(nameKey(a), (addedByName.get(nameKey(a)) ?? 0) + 1);
    for (const a of added) {
      const match = goneByName.get(nameKey(a));
      if (match?.length === 1 && addedByName.get(nameKey(a)) === 1) renamed.set(a.kode_instansi, match[0]!);
    }
    const paired = new Set([...renamed.values()].map((g) => g.kode_instansi));

    for (const r of current.instansi) {
      const b = before.get(r.kode_instansi) ?? renamed.get(r.kode_instansi);
      if (!b) {
        rows.push({ ...EMPTY, ...who(r), jenis: "baru", ipp: r.ipp, predikat: r.predikat });
        continue;
      }
      const codeChanged = b.kode_instansi !== r.kode_instansi;
      if (codeChanged)
        rows.push({
          ...EMPTY,
          ...who(r),
          jenis: "kode-berubah",
          kode_sebelumnya: b.kode_instansi,
          ipp_sebelumnya: b.ipp,
          ipp: r.ipp,
          predikat_sebelumnya: b.predikat,
          predikat: r.predikat,
        });
      if (!compared) continue;
      const steps = predikatSteps(current.ladder, b.predikat, r.predikat);
      const lb = previous.lokus?.get(b.kode_instansi);
      const la = current.lokus?.get(r.kode_instansi);
      rows.push({
        ...EMPTY,
        ...who(r),
        jenis: steps === null ? "predikat-tetap" : moveKind(steps),
        ipp_sebelumnya: b.ipp,
        ipp: r.ipp,
        selisih_ipp: (hundredths(r.ipp) - hundredths(b.ipp)) / 100,
        predikat_sebelumnya: b.predikat,
        predikat: r.predikat,
        langkah_predikat: steps,
        lokus_berganti: lb && la ? !sameSet(lb, la) : null,
        kode_sebelumnya: codeChanged ? b.kode_instansi : null,
      });
    }
    for (const g of gone)
      if (!paired.has(g.kode_instansi))
        rows.push({ ...EMPTY, ...who(g), jenis: "tidak-ada", ipp_sebelumnya: g.ipp, predikat_sebelumnya: g.predikat });
  }

  for (const v of input.revisions ?? []) {
    const known = now.get(v.kode) ?? input.lookup?.(v.kode);
    if (!known) throw new Error(`ralat ${v.tanggal}: kode instansi "${v.kode}" tidak dikenal`);
    rows.push({
      ...EMPTY,
      ...who(known),
      jenis: "ralat",
      kolom: v.kolom,
      nilai_sebelumnya: v.sebelum,
      nilai_sesudah: v.sesudah,
      tanggal: v.tanggal,
      alasan: v.alasan,
    });
  }

  // Stable order: by kind, then the biggest move first, then by code.
  const byCode = (a: ChangeRow, b: ChangeRow) =>
    a.kode_instansi < b.kode_instansi ? -1 : a.kode_instansi > b.kode_instansi ? 1 : 0;
  const indexed = rows.map((r, i) => ({ r, i }));
  indexed.sort(
    (x, y) =>
      ORDER[x.r.jenis] - ORDER[y.r.jenis] ||
      (x.r.jenis === "ralat" ? x.i - y.i : 0) ||
      Math.abs(y.r.langkah_predikat ?? 0) - Math.abs(x.r.langkah_predikat ?? 0) ||
      byCode(x.r, y.r),
  );
  return {
    schemaVersion: SCHEMA_VERSION,
    tahun: current.tahun,
    tahun_sebelumnya: previous?.tahun ?? null,
    perbandingan: previous === null ? "pertama" : compared ? "dibandingkan" : "metode-berbeda",
    profil: current.profil,
    profil_sebelumnya: previous?.profil ?? null,
    perubahan: indexed.map((x) => x.r),
  };
}
