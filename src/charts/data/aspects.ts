import type { Aspect } from "../../lib/schema/methodology.ts";
import type { InstansiResult } from "../../lib/schema/output.ts";
import { mean } from "./stats.ts";

export type AspectDef = Pick<Aspect, "kode" | "nama" | "nama_en" | "bobot">;

export interface AspectComparison {
  readonly aspect: AspectDef;
  readonly own: number | null;
  /** Mean over every instansi of the same tingkat with a value (itself included). */
  readonly tingkat: number | null;
  /** Mean over the kabupaten/kota of its province; null for other tingkat. */
  readonly provinsi: number | null;
}

type Row = Pick<InstansiResult, "kode_instansi" | "nama" | "tingkat" | "kode_provinsi"> & Partial<Record<`aspek_${string}`, number | null>>;

/** The aspect score stored under `aspek_<kode>`, or null when absent (published results carry no aspects). */
export function aspectValue(r: Row, kode: string): number | null {
  const v = r[`aspek_${kode}`];
  return typeof v === "number" ? v : null;
}

const isKabKota = (r: Pick<Row, "tingkat">) => r.tingkat === "kabupaten" || r.tingkat === "kota";

/**
 * The peer groups an instansi is compared with: its tingkat, and for a
 * kabupaten/kota the kabupaten/kota of its province. Only peers with aspect
 * scores count, so the group sizes are reported per aspect set, not per IPP.
 */
export function peerGroups<R extends Row>(instansi: R, peers: readonly R[], aspects: readonly AspectDef[]) {
  const scored = (r: R) => aspects.some((a) => aspectValue(r, a.kode) !== null);
  const tingkat = peers.filter((p) => p.tingkat === instansi.tingkat && scored(p));
  const provinsi = isKabKota(instansi) && instansi.kode_provinsi !== null ? peers.filter((p) => isKabKota(p) && p.kode_provinsi === instansi.kode_provinsi && scored(p)) : null;
  const provinsiNama =
    instansi.kode_provinsi === null ? null : (peers.find((p) => p.tingkat === "provinsi" && p.kode_instansi === instansi.kode_provinsi)?.nama ?? null);
  return { tingkat, provinsi, provinsiNama };
}

export function compareAspects<R extends Row>(instansi: R, peers: readonly R[], aspects: readonly AspectDef[]): AspectComparison[] {
  const groups = peerGroups(instansi, peers, aspects);
  return aspects.map((a) => ({
    aspect: a,
    own: aspectValue(instansi, a.kode),
    tingkat: mean(groups.tingkat.map((p) => aspectValue(p, a.kode))),
    provinsi: groups.provinsi ? mean(groups.provinsi.map((p) => aspectValue(p, a.kode))) : null,
  }));
}
