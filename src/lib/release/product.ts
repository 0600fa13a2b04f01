import type { DataStatus } from "../schema/output.ts";
import { RELEASE_SCHEMA_VERSION, type ErrataFile, type ErrataProduct } from "../schema/release.ts";
import type { YearRelease } from "./yearRelease.ts";

/** What `sumber` says for a sample year, which has no decree: where its numbers come from. */
export const SAMPLE_SOURCE = "data sampel sintetis (npm run sample), bukan keputusan resmi";

/**
 * A year's edition in manifest.json: `sumber` (the decree, or for a sample
 * that it is synthetic), `keputusan` (the decree only), `edisi` (`terbit`
 * once frozen by npm run release, else `draf`), the release date and the
 * number of errata.
 */
export function manifestEdition(status: DataStatus, sumber: string | null, release: YearRelease | undefined) {
  const record = release?.record ?? null;
  return {
    sumber: sumber ?? (status === "sample" ? SAMPLE_SOURCE : null),
    keputusan: record ? record.keputusan : status === "official" ? sumber : null,
    edisi: record ? ("terbit" as const) : ("draf" as const),
    tanggal_rilis: record?.tanggal_rilis ?? null,
    ralat: release?.errata?.ralat.length ?? 0,
  };
}

/** ralat.json: every erratum of every year, oldest year first (an empty list when there is none). */
export function errataProduct(files: readonly (ErrataFile | null)[]): ErrataProduct {
  return {
    schemaVersion: RELEASE_SCHEMA_VERSION,
    ralat: files.flatMap((f) => (f ? f.ralat.map((e) => ({ tahun: f.tahun, ...e })) : [])),
  };
}
