import { readdir, readFile } from "node:fs/promises";
import type { Feature, GeoJsonObject } from "geojson";
import { feature } from "topojson-client";
import type { Topology } from "topojson-specification";
import { itemsFromFeatures, itemsFromRows, type SourceItem } from "../../src/lib/geo/features.ts";
import { parseSqlRows } from "../../src/lib/geo/sqlRows.ts";

export interface SourceData {
  readonly items: SourceItem[];
  /** Province names of the source itself, by code (empty when it has none). */
  readonly provinceNames: Map<string, string>;
  readonly warnings: string[];
}

async function sqlFiles(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).filter((n) => n.endsWith(".sql")).sort();
  } catch {
    return [];
  }
}

async function readRows(dir: string, warnings: string[]) {
  const rows = [];
  for (const name of await sqlFiles(dir)) {
    const parsed = parseSqlRows(await readFile(`${dir}/${name}`, "utf8"));
    for (const u of parsed.unreadable) warnings.push(`${name}: baris tidak terbaca: ${u}…`);
    rows.push(...parsed.rows);
  }
  return rows;
}

/** A cahyadsn/wilayah_boundaries directory: kab/kota from db/kab, province names from db/prov. */
export async function readSqlSource(dir: string): Promise<SourceData> {
  const warnings: string[] = [];
  const kab = await readRows(`${dir}/db/kab`, warnings);
  // db/prov is read for the province names only; the province shapes are
  // dissolved from the kab/kota so that both layers share their borders.
  const prov = await readRows(`${dir}/db/prov`, warnings);
  return { items: itemsFromRows(kab), provinceNames: new Map(prov.map((r) => [r.kode, r.nama])), warnings };
}

export interface FileSourceOptions {
  readonly codeProperty: string;
  readonly nameProperty: string | null;
  /** TopoJSON only: the object to read; needed when the file holds several. */
  readonly object: string | null;
}

function featuresOf(json: GeoJsonObject | Topology, path: string, object: string | null): Feature[] {
  if (json.type === "Topology") {
    const topo = json as Topology;
    const names = Object.keys(topo.objects);
    const name = object ?? (names.length === 1 ? names[0] : undefined);
    const obj = name === undefined ? undefined : topo.objects[name];
    if (obj === undefined) throw new Error(`${path}: pilih objek TopoJSON dengan --object (${names.join(", ")})`);
    const out = feature(topo, obj);
    return "features" in out ? out.features : [out];
  }
  if (json.type === "FeatureCollection") return (json as unknown as { features: Feature[] }).features;
  if (json.type === "Feature") return [json as Feature];
  throw new Error(`${path}: bukan GeoJSON FeatureCollection atau TopoJSON (type ${String(json.type)})`);
}

/** Any GeoJSON or TopoJSON file whose features carry a region code. */
export async function readFileSource(path: string, o: FileSourceOptions): Promise<SourceData> {
  let json: GeoJsonObject | Topology;
  try {
    json = JSON.parse(await readFile(path, "utf8")) as GeoJsonObject | Topology;
  } catch (e) {
    throw new Error(`${path}: bukan JSON yang sah (${(e as Error).message})`, { cause: e });
  }
  const features = featuresOf(json, path, o.object);
  const warnings: string[] = [];
  const coded = features.filter(
    (f) => f.properties?.[o.codeProperty] !== undefined && f.properties[o.codeProperty] !== null,
  );
  const withCode = coded.length;
  if (withCode === 0)
    throw new Error(`${path}: tidak ada fitur dengan properti "${o.codeProperty}" (pakai --code-property)`);
  if (withCode < features.length)
    warnings.push(`${features.length - withCode} fitur tanpa properti "${o.codeProperty}" diabaikan`);
  return { items: itemsFromFeatures(coded, o.codeProperty, o.nameProperty), provinceNames: new Map(), warnings };
}
