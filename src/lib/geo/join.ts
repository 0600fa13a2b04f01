import type { Instansi } from "../schema/master.ts";
import type { JoinSide } from "../schema/geo.ts";
import { byCode } from "./codes.ts";

/** Province and kab/kota codes of the region master (K/L have no boundary). */
export function masterCodes(list: readonly Pick<Instansi, "kode" | "tingkat">[]): {
  kabkota: string[];
  provinsi: string[];
} {
  const kabkota = list.filter((i) => i.tingkat === "kabupaten" || i.tingkat === "kota").map((i) => i.kode);
  const provinsi = list.filter((i) => i.tingkat === "provinsi").map((i) => i.kode);
  return { kabkota: kabkota.sort(byCode), provinsi: provinsi.sort(byCode) };
}

/** Which codes join between the geometry and the master, and which do not. */
export function joinSide(geometry: Iterable<string>, master: Iterable<string>): JoinSide {
  const g = new Set(geometry);
  const m = new Set(master);
  return {
    matched: [...g].filter((c) => m.has(c)).length,
    missing_from_geometry: [...m].filter((c) => !g.has(c)).sort(byCode),
    not_in_master: [...g].filter((c) => !m.has(c)).sort(byCode),
  };
}
