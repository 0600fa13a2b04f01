import { matches, queryWords, searchText } from "../site/search.ts";

/**
 * Filtering the Ramah Kelompok Rentan units by province, kind of unit,
 * tingkat and name (src/client/unitFilter.ts applies it to the server-rendered
 * tables; without JavaScript every unit is listed). Empty means "any".
 */
export interface UnitFilter {
  readonly provinsi: string;
  readonly jenis: string;
  readonly tingkat: string;
  readonly q: string;
}

/** What a row carries in its data-* attributes. */
export interface UnitRowData {
  readonly provinsi: string;
  readonly jenis: string;
  readonly tingkat: string;
  /** Unit and instansi name, as searchText gives them. */
  readonly teks: string;
}

export const NO_FILTER: UnitFilter = { provinsi: "", jenis: "", tingkat: "", q: "" };

export function unitSearchText(unit: string, instansi: string): string {
  return searchText(`${unit} ${instansi}`);
}

export function unitMatches(row: UnitRowData, f: UnitFilter): boolean {
  if (f.provinsi && row.provinsi !== f.provinsi) return false;
  if (f.jenis && row.jenis !== f.jenis) return false;
  if (f.tingkat && row.tingkat !== f.tingkat) return false;
  const words = f.q.trim() ? queryWords(f.q) : [];
  return words.length === 0 || matches(row.teks, words);
}
