/**
 * Joins the regions of the map to the master list and to one year's results
 * by code. Display names come from the master (idn-area-data, ODbL), never
 * from the boundary file (see src/lib/geo/README.md). The report says what
 * did not join, so a page (and a test) can tell the reader.
 */
import { PREDIKAT_CODES, isPredikat, type Predikat } from "../format/palette.ts";

/** What the join needs from a master entry (src/lib/schema/master.ts). */
export interface MasterEntry {
  readonly kode: string;
  readonly nama: string;
  readonly slug: string;
}

/** What the join needs from a result (src/lib/schema/output.ts InstansiResult). */
export interface ResultEntry {
  readonly ipp: number;
  readonly predikat: string;
}

export interface MapRegion {
  readonly code: string;
  /** From the master; the code itself when the master does not know it. */
  readonly name: string;
  /** Instansi slug; null when the master does not know the code (no page to link to). */
  readonly slug: string | null;
  /** Null: not evaluated that year. */
  readonly predikat: Predikat | null;
  readonly ipp: number | null;
}

export interface JoinReport {
  /** Regions drawn with a result. */
  readonly matched: number;
  /** Drawn, known to the master, but without a result this year: shown as "tidak dievaluasi". */
  readonly not_evaluated: readonly string[];
  /** Drawn, but unknown to the master: no name, no page, no result. */
  readonly not_in_master: readonly string[];
  /** In the master at this level but without a geometry: cannot be drawn (listed in the table only). */
  readonly missing_geometry: readonly string[];
}

export interface Joined {
  readonly regions: readonly MapRegion[];
  readonly report: JoinReport;
}

/**
 * @param codes the geometry codes of one level, in drawing order
 * @param masterCodes the master's codes at that level (to find regions without geometry)
 */
export function joinRegions(
  codes: readonly string[],
  masterCodes: readonly string[],
  master: ReadonlyMap<string, MasterEntry>,
  results: ReadonlyMap<string, ResultEntry>,
): Joined {
  const notEvaluated: string[] = [];
  const notInMaster: string[] = [];
  let matched = 0;
  const regions = codes.map((code): MapRegion => {
    const m = master.get(code);
    const r = m ? results.get(code) : undefined; // an unknown code has no data, whatever a file says
    if (!m) notInMaster.push(code);
    const predikat = r && isPredikat(r.predikat) ? r.predikat : null;
    if (m && !predikat) notEvaluated.push(code);
    if (predikat) matched++;
    return { code, name: m?.nama ?? code, slug: m?.slug ?? null, predikat, ipp: predikat && r ? r.ipp : null };
  });
  const drawn = new Set(codes);
  const missing = masterCodes.filter((c) => !drawn.has(c));
  return {
    regions,
    report: { matched, not_evaluated: notEvaluated, not_in_master: notInMaster, missing_geometry: missing },
  };
}

/** How many regions hold each predikat (every step present, zero included), and how many none. */
export function predikatCounts(regions: readonly Pick<MapRegion, "predikat">[]): {
  readonly byCode: ReadonlyMap<Predikat, number>;
  readonly none: number;
} {
  const byCode = new Map<Predikat, number>(PREDIKAT_CODES.map((c) => [c, 0]));
  let none = 0;
  for (const r of regions) {
    if (r.predikat === null) none++;
    else byCode.set(r.predikat, (byCode.get(r.predikat) ?? 0) + 1);
  }
  return { byCode, none };
}
