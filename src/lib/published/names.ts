import type { Master } from "../regions/master.ts";
import type { Tingkat } from "../schema/master.ts";

/**
 * Finds our instansi for a name as the news and decrees write it ("Jawa
 * Timur", "DKI Jakarta", "Kab. Kediri" under tingkat kabupaten, "Badan Pusat
 * Statistik" or "BPS" for a K/L). Names are compared within the tingkat,
 * without case, prefixes ("Provinsi", "Kabupaten", "Kab.", "Kota") and with
 * the usual abbreviations written out ("DKI", "DI").
 */
export function normaliseName(name: string): string {
  return name
    .toLowerCase()
    .normalize("NFKC")
    .replace(/[.,’'"()]/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^(provinsi|prov|pemerintah provinsi|kabupaten|kab|pemkab|kota|pemkot)\s+/, "")
    .replace(/^dki\s+/, "daerah khusus ibukota ")
    .replace(/^di\s+/, "daerah istimewa ")
    .replace(/^adm\s+/, "administrasi ");
}

export type NameMatch =
  { ok: true; kode: string } | { ok: false; reason: "tidak-dikenal" | "ambigu"; kandidat: string[] };

/** An index of the master's names per tingkat (K/L also by abbreviation). */
export function nameIndex(master: Master): (tingkat: Tingkat, name: string) => NameMatch {
  const index = new Map<string, string[]>();
  const add = (tingkat: Tingkat, name: string, kode: string) => {
    const key = `${tingkat}|${normaliseName(name)}`;
    const list = index.get(key) ?? [];
    if (!list.includes(kode)) list.push(kode);
    index.set(key, list);
  };
  for (const i of master.list) {
    add(i.tingkat, i.nama, i.kode);
    if (i.tingkat === "kl") add(i.tingkat, i.nama_pendek, i.kode);
  }
  return (tingkat, name) => {
    const found = index.get(`${tingkat}|${normaliseName(name)}`) ?? [];
    if (found.length === 1) return { ok: true, kode: found[0]! };
    return { ok: false, reason: found.length ? "ambigu" : "tidak-dikenal", kandidat: found };
  };
}
