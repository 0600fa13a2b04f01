import { CANONICAL_FORM, type CanonicalRow } from "../schema/release.ts";

/**
 * The results of a year in canonical form: what a frozen edition promises
 * never to change. One row per PEKPPP instansi, MPP and Ramah Kelompok
 * Rentan unit, holding only the numbers and grades (IPP, predikat, ranks,
 * aspects, F-02/F-03, and the evaluations' values, categories and ranks),
 * read from the product's JSON files. A number is the exact decimal the
 * product carries (the shortest text that reads back as the same value,
 * which is how JSON writes it: 4.7, never 4.70 or 4.699999), so the CSV's
 * number formatting, column order, new columns or JSON whitespace change
 * nothing, and any changed number does.
 */

/** The product files (relative to the year) the canonical form is read from. */
export const CANONICAL_SOURCES = ["pekppp-instansi.json", "mpp.json", "rkr-unit.json"] as const;

type Json = Record<string, unknown>;

/** The canonical text of one value: a number's exact decimal, a word as it is, null for none. */
export function canonicalValue(v: unknown, where: string): string | null {
  if (v === null || v === undefined) return null;
  if (typeof v === "number") {
    if (!Number.isFinite(v)) throw new RangeError(`${where}: bukan angka hingga (${v})`);
    return Object.is(v, -0) ? "0" : String(v);
  }
  if (typeof v === "string") return v;
  throw new TypeError(`${where}: nilai ${JSON.stringify(v)} bukan angka atau teks`);
}

const sortedRecord = (entries: [string, string | null][]) =>
  Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

const list = (doc: Json, key: string, file: string): Json[] => {
  const rows = doc[key];
  if (!Array.isArray(rows)) throw new TypeError(`${file}: tidak memuat daftar "${key}"`);
  return rows as Json[];
};

function pekpppRows(doc: Json): CanonicalRow[] {
  return list(doc, "instansi", "pekppp-instansi.json").map((r) => {
    const kode = String(r.kode_instansi);
    const at = `pekppp-instansi.json, ${kode}`;
    const fields = ["ipp", "predikat", "peringkat_nasional", "peringkat_provinsi", "f02", "f03", "jumlah_lokus"];
    const aspects = Object.keys(r).filter((k) => k.startsWith("aspek_"));
    return {
      evaluasi: "pekppp",
      kunci: kode,
      nilai: sortedRecord([...fields, ...aspects].map((k) => [k, canonicalValue(r[k], `${at}, ${k}`)])),
    };
  });
}

function evaluationRows(doc: Json, kind: "mpp" | "rkr"): CanonicalRow[] {
  const file = kind === "mpp" ? "mpp.json" : "rkr-unit.json";
  return list(doc, kind === "mpp" ? "mpp" : "unit", file).map((r) => {
    const kode = String(r.kode_instansi);
    const kunci = kind === "mpp" ? kode : `${kode}/${String(r.unit)}`;
    const at = `${file}, ${kunci}`;
    const aspects = Object.entries((r.aspek ?? {}) as Json).map(([k, v]): [string, string | null] => [
      `aspek_${k}`,
      canonicalValue(v, `${at}, aspek_${k}`),
    ]);
    const common: [string, string | null][] = ["nilai", "kategori", "peringkat"].map((k) => [
      k,
      canonicalValue(r[k], `${at}, ${k}`),
    ]);
    const own: [string, string | null][] =
      kind === "mpp"
        ? [["tahun_operasi", canonicalValue(r.tahun_operasi, `${at}, tahun_operasi`)]]
        : [
            ["sarana", [...((r.sarana_ada ?? []) as string[])].sort().join(" ")],
            ["jumlah_sarana", canonicalValue(r.jumlah_sarana, `${at}, jumlah_sarana`)],
          ];
    return { evaluasi: kind, kunci, nilai: sortedRecord([...aspects, ...common, ...own]) };
  });
}

const ORDER = { pekppp: 0, mpp: 1, rkr: 2 } as const;

/** Rows in their one order: by evaluation, then key. */
export function sortRows(rows: readonly CanonicalRow[]): CanonicalRow[] {
  return [...rows].sort(
    (a, b) => ORDER[a.evaluasi] - ORDER[b.evaluasi] || (a.kunci < b.kunci ? -1 : a.kunci > b.kunci ? 1 : 0),
  );
}

/**
 * The canonical rows of a year from its product files (name → text, names
 * relative to the year). pekppp-instansi.json is required; the evaluations
 * count where the year has them.
 */
export function canonicalRows(files: ReadonlyMap<string, string>): CanonicalRow[] {
  const parse = (name: string): Json | null => {
    const text = files.get(name);
    return text === undefined ? null : (JSON.parse(text) as Json);
  };
  const pekppp = parse("pekppp-instansi.json");
  if (!pekppp) throw new Error("pekppp-instansi.json tidak ada: hasil tahun ini tidak dapat dibaca");
  const mpp = parse("mpp.json");
  const rkr = parse("rkr-unit.json");
  return sortRows([
    ...pekpppRows(pekppp),
    ...(mpp ? evaluationRows(mpp, "mpp") : []),
    ...(rkr ? evaluationRows(rkr, "rkr") : []),
  ]);
}

/**
 * The text that is hashed: the form's name, then one line per row, a JSON
 * array of evaluation, key and the [column, value] pairs in column order.
 */
export function canonicalText(rows: readonly CanonicalRow[]): string {
  const lines = sortRows(rows).map((r) =>
    JSON.stringify([r.evaluasi, r.kunci, Object.entries(r.nilai).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))]),
  );
  return `${CANONICAL_FORM}\n${lines.join("\n")}\n`;
}
