import { mkdir, rm, writeFile } from "node:fs/promises";
import { basename } from "node:path";
import { gzipSync } from "node:zlib";
import type { Topology } from "topojson-specification";
import { collectRegions, toFeatureCollection } from "../../src/lib/geo/features.ts";
import { joinSide } from "../../src/lib/geo/join.ts";
import { finaliseTopology, objectCodes, topologyProblems } from "../../src/lib/geo/topology.ts";
import {
  GEO_GZIP_BUDGET,
  GEO_STATUS_FILE,
  GEO_STATUS_VERSION,
  GEO_TOPOLOGY_FILE,
  GeoStatus,
  type GeoAvailable,
} from "../../src/lib/schema/geo.ts";
import { toTopology } from "./convert.ts";
import { locateSource, type LocateOptions, type Located } from "./locate.ts";
import { PINNED_NOTES, PINNED_NOTES_EN, UPSTREAM } from "./pinned.ts";
import { readFileSource, readSqlSource, type FileSourceOptions, type SourceData } from "./readSource.ts";
import { verifyDir } from "./verify.ts";

export interface GeoRunOptions extends LocateOptions, FileSourceOptions {
  readonly out: string;
  /** Region master codes to join with (from idn-area-data). */
  readonly master: { readonly kabkota: readonly string[]; readonly provinsi: readonly string[] };
  readonly attribution: string | null;
  /** CI=true: a missing source fails the build instead of leaving a map-less site. */
  readonly ci: boolean;
  readonly warn: (message: string) => void;
}

export interface GeoBuild {
  readonly topology: string;
  readonly status: GeoAvailable;
  readonly warnings: string[];
}

/** Source → finished TopoJSON text and status (no files written). */
export async function buildGeo(
  found: Located,
  data: SourceData,
  o: Pick<GeoRunOptions, "master" | "attribution">,
): Promise<GeoBuild> {
  const warnings = [...data.warnings];
  const collected = collectRegions(data.items);
  if (collected.regions.length === 0)
    throw new Error(`${found.location}: tidak ada satu pun kab/kota dengan kode yang terbaca`);
  const kabNames = new Map(collected.regions.map((r) => [r.code, r.name]));
  const topology = finaliseTopology(await toTopology(toFeatureCollection(collected.regions)), {
    kabkota: kabNames,
    provinsi: data.provinceNames,
  });

  const topo = JSON.parse(topology) as Topology;
  const problems = topologyProblems(topo);
  if (problems.length > 0) throw new Error(`TopoJSON tidak layak terbit:\n  ${problems.join("\n  ")}`);
  const codes = (name: "kabkota" | "provinsi") => objectCodes(topo, name);

  const sqlDir = !found.isFile;
  const verified = sqlDir && (await verifyDir(found.path)).ok;
  const attribution = o.attribution ?? (sqlDir ? UPSTREAM.attribution : `Batas wilayah: ${basename(found.path)}`);
  if (!o.attribution && !sqlDir) warnings.push(`tidak ada --attribution; peta akan memakai "${attribution}"`);
  const bytes = {
    raw: Buffer.byteLength(topology),
    gzip: gzipSync(topology, { level: 9 }).length,
    gzip_budget: GEO_GZIP_BUDGET,
  };
  if (bytes.gzip > GEO_GZIP_BUDGET) warnings.push(`ukuran gzip ${bytes.gzip} B melebihi anggaran ${GEO_GZIP_BUDGET} B`);

  const status: GeoAvailable = {
    version: GEO_STATUS_VERSION,
    available: true,
    file: GEO_TOPOLOGY_FILE,
    source: { kind: found.kind, location: found.location, commit: verified ? UPSTREAM.commit : null, verified },
    attribution,
    features: { kabkota: codes("kabkota").length, provinsi: codes("provinsi").length },
    bytes,
    join: {
      kabkota: joinSide(codes("kabkota"), o.master.kabkota),
      provinsi: joinSide(codes("provinsi"), o.master.provinsi),
      unusable_codes: collected.unusable,
      duplicate_codes: collected.duplicates,
    },
    notes: verified ? [...PINNED_NOTES] : [],
    notes_en: verified ? [...PINNED_NOTES_EN] : [],
  };
  return { topology, status: GeoStatus.parse(status) as GeoAvailable, warnings };
}

/** Everything `npm run geo` does; returns the exit code. */
export async function runGeo(o: GeoRunOptions): Promise<number> {
  const { found, tried } = await locateSource(o);
  const topoPath = `${o.out}/${GEO_TOPOLOGY_FILE}`;
  await mkdir(o.out, { recursive: true });

  if (found === null) {
    const reason = "Data batas wilayah tidak tersedia saat situs dibangun, sehingga peta tidak dapat ditampilkan.";
    const status = GeoStatus.parse({ version: GEO_STATUS_VERSION, available: false, reason, tried });
    await rm(topoPath, { force: true }); // never leave an older map next to a status saying there is none
    await writeFile(`${o.out}/${GEO_STATUS_FILE}`, `${JSON.stringify(status, null, 2)}\n`);
    for (const t of tried) o.warn(`  ${t.kind}: ${t.location}: ${t.result}`);
    const hint =
      "Sediakan sumber lewat BOUNDARIES_DIR, ../shared/geo/cahyadsn-wilayah_boundaries atau --source (lihat src/lib/geo/README.md).";
    if (o.ci) {
      o.warn(`GALAT: batas wilayah tidak tersedia dan CI=true, build dihentikan. ${hint}`);
      return 1;
    }
    o.warn(
      `PERINGATAN: batas wilayah tidak tersedia; ${o.out}/${GEO_STATUS_FILE} mencatatnya dan halaman peta akan menjelaskannya. ${hint}`,
    );
    return 0;
  }

  o.log(`Sumber batas: ${found.kind} (${found.location})`);
  const data = found.isFile ? await readFileSource(found.path, o) : await readSqlSource(found.path);
  const built = await buildGeo(found, data, o);
  await writeFile(topoPath, built.topology);
  await writeFile(`${o.out}/${GEO_STATUS_FILE}`, `${JSON.stringify(built.status, null, 2)}\n`);

  const s = built.status;
  for (const w of built.warnings) o.warn(`PERINGATAN: ${w}`);
  for (const [layer, side] of [
    ["kabkota", s.join.kabkota],
    ["provinsi", s.join.provinsi],
  ] as const) {
    if (side.missing_from_geometry.length)
      o.warn(`PERINGATAN: ${layer} tanpa geometri: ${side.missing_from_geometry.join(", ")}`);
    if (side.not_in_master.length)
      o.warn(`PERINGATAN: ${layer} tidak ada di data master: ${side.not_in_master.join(", ")}`);
  }
  if (s.join.unusable_codes.length)
    o.warn(`PERINGATAN: kode tak terbaca (fitur diabaikan): ${s.join.unusable_codes.join(", ")}`);
  if (s.join.duplicate_codes.length)
    o.warn(`PERINGATAN: kode ganda (bagian digabung): ${s.join.duplicate_codes.join(", ")}`);
  o.log(
    `Ditulis ${topoPath}: ${s.features.kabkota} kab/kota, ${s.features.provinsi} provinsi, ${s.bytes.raw} B (${s.bytes.gzip} B gzip, anggaran ${s.bytes.gzip_budget} B)` +
      `${s.source.verified ? `, commit ${s.source.commit} terverifikasi` : ", sumber tidak cocok dengan commit yang dipatok"}`,
  );
  return 0;
}
