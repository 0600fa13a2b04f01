import { z } from "zod";

/**
 * What `npm run geo` leaves in public/geo/ for the map pages:
 * - `wilayah.topo.json`: one TopoJSON with two objects sharing arcs,
 *   `kabkota` (514) and `provinsi` (38, dissolved from the kab/kota by the
 *   first two digits of the code). Every geometry has exactly the properties
 *   `code` (dotted Kemendagri: "32", "32.73") and `name` (the boundary
 *   source's own name; display names come from the region master by code).
 * - `status.json`: always written, described by {@link GeoStatus}. A page
 *   reads it first and only fetches the TopoJSON when `available` is true.
 * Bump GEO_STATUS_VERSION when a field changes meaning or disappears.
 */
export const GEO_STATUS_VERSION = 1;
export const GEO_TOPOLOGY_FILE = "wilayah.topo.json";
export const GEO_STATUS_FILE = "status.json";
export const GEO_OBJECTS = ["kabkota", "provinsi"] as const;
/** Budget for the TopoJSON, gzipped (issue: both layers together ≤ 200 kB). */
export const GEO_GZIP_BUDGET = 200_000;

/**
 * Where the boundaries came from, in the order the build looks:
 * `custom` a file or directory given with --source; `env` the directory in
 * BOUNDARIES_DIR; `shared` ../shared/geo/cahyadsn-wilayah_boundaries;
 * `cache` data/.cache/; `download` the pinned upstream commit, fetched now.
 */
export const GeoSourceKind = z.enum(["custom", "env", "shared", "cache", "download"]);
export type GeoSourceKind = z.infer<typeof GeoSourceKind>;

/** How the codes of one layer join with the region master (idn-area-data). */
export const JoinSide = z.object({
  /** Codes present in both the geometry and the master. */
  matched: z.number().int().nonnegative(),
  /** Master codes with no geometry: these regions cannot be drawn. */
  missing_from_geometry: z.array(z.string()),
  /** Geometry codes the master does not know: drawn, but no data will join. */
  not_in_master: z.array(z.string()),
});
export type JoinSide = z.infer<typeof JoinSide>;

export const GeoJoinReport = z.object({
  kabkota: JoinSide,
  provinsi: JoinSide,
  /** Code values of the source that are not a kab/kota code (a province, a kecamatan, garbage); those features were left out. */
  unusable_codes: z.array(z.string()),
  /** Codes carried by several source features; their parts were merged into one region. */
  duplicate_codes: z.array(z.string()),
});
export type GeoJoinReport = z.infer<typeof GeoJoinReport>;

const Count = z.number().int().nonnegative();

export const GeoAvailable = z.object({
  version: z.literal(GEO_STATUS_VERSION),
  available: z.literal(true),
  /** File name of the TopoJSON, next to status.json. */
  file: z.literal(GEO_TOPOLOGY_FILE),
  source: z.object({
    kind: GeoSourceKind,
    /** Path as given or relative to the project (never an absolute path of the build machine), or the download URL. */
    location: z.string(),
    /** Upstream commit of the geometry, when known. */
    commit: z
      .string()
      .regex(/^[0-9a-f]{40}$/)
      .nullable(),
    /** True when every source file matched the SHA-256 pinned for that commit. */
    verified: z.boolean(),
  }),
  /** Credit line to show under the map, e.g. "Batas wilayah: cahyadsn/wilayah_boundaries (MIT)". */
  attribution: z.string().min(1),
  /** Number of geometries in each TopoJSON object. */
  features: z.object({ kabkota: Count, provinsi: Count }),
  /** Size of the TopoJSON: as written and gzipped (level 9). */
  bytes: z.object({ raw: Count, gzip: Count, gzip_budget: Count }),
  join: GeoJoinReport,
  /** Known flaws of the geometry worth telling readers (Indonesian, one sentence each). */
  notes: z.array(z.string()),
  /** The same notes in English, one for one (a status written before them has none: the English page then shows `notes`, marked Indonesian). */
  notes_en: z.array(z.string()).default([]),
});
export type GeoAvailable = z.infer<typeof GeoAvailable>;

export const GeoUnavailable = z.object({
  version: z.literal(GEO_STATUS_VERSION),
  available: z.literal(false),
  /** Why there is no map, for the page to show (Indonesian). */
  reason: z.string().min(1),
  /** Each place looked at, in order, and what was found there. */
  tried: z.array(z.object({ kind: GeoSourceKind, location: z.string(), result: z.string() })),
});
export type GeoUnavailable = z.infer<typeof GeoUnavailable>;

export const GeoStatus = z.discriminatedUnion("available", [GeoAvailable, GeoUnavailable]);
export type GeoStatus = z.infer<typeof GeoStatus>;

/** Properties of every geometry in both TopoJSON objects. */
export const GeoProperties = z.object({ code: z.string(), name: z.string() }).strict();
export type GeoProperties = z.infer<typeof GeoProperties>;
