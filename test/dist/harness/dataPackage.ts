/**
 * datapackage.json checked against the Frictionless Data Package spec v1
 * (https://specs.frictionlessdata.io/data-package/, data-resource,
 * tabular-data-resource, table-schema, csv-dialect), written here from the
 * spec's required properties and types (no network, no validator package),
 * and against the files it describes: every file under /data/ listed once,
 * each path there, its size right, and for a CSV its header equal to the
 * schema's fields and every value of the declared type and constraints.
 */
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import { z } from "zod";
import { listFiles } from "./dist.ts";

const NAME = /^[-a-z0-9._/]+$/;
/** A fully qualified URL, or a POSIX path relative to the descriptor: no leading "/", no "..", no "~". */
const path = z.string().refine((p) => /^https?:\/\//.test(p) || (!/^[/~]/.test(p) && !p.split("/").includes("..") && !p.includes("\\")), "a URL or a relative POSIX path (no /, .., ~ or \\)");
const Source = z.object({ title: z.string().min(1), path: path.optional(), email: z.string().optional() });
const License = z.object({ name: z.string().regex(/^[-a-zA-Z0-9._]+$/).optional(), path: path.optional(), title: z.string().optional() }).refine((l) => l.name !== undefined || l.path !== undefined, "a licence needs a name or a path");
const FIELD_TYPES = ["string", "number", "integer", "boolean", "object", "array", "date", "time", "datetime", "year", "yearmonth", "duration", "geopoint", "geojson", "any"] as const;
const Field = z.object({
  name: z.string().min(1),
  type: z.enum(FIELD_TYPES).optional(),
  format: z.string().optional(),
  title: z.string().optional(),
  description: z.string().optional(),
  trueValues: z.array(z.string()).optional(),
  falseValues: z.array(z.string()).optional(),
  constraints: z.object({ required: z.boolean().optional(), unique: z.boolean().optional(), minimum: z.number().optional(), maximum: z.number().optional(), enum: z.array(z.unknown()).min(1).optional() }).optional(),
});
const TableSchema = z.object({
  fields: z.array(Field).min(1),
  missingValues: z.array(z.string()).optional(),
  primaryKey: z.union([z.string(), z.array(z.string()).min(1)]).optional(),
});
const Dialect = z.object({ delimiter: z.string().length(1).optional(), doubleQuote: z.boolean().optional(), header: z.boolean().optional(), lineTerminator: z.string().optional(), quoteChar: z.string().length(1).optional() });
const Resource = z
  .object({
    profile: z.string().optional(),
    name: z.string().regex(NAME),
    path: z.union([path, z.array(path).min(1)]),
    title: z.string().optional(),
    description: z.string().optional(),
    format: z.string().optional(),
    mediatype: z.string().regex(/^[a-z]+\/[-+.a-z0-9]+$/).optional(),
    encoding: z.string().optional(),
    bytes: z.number().int().nonnegative().optional(),
    hash: z.string().optional(),
    schema: TableSchema.optional(),
    dialect: Dialect.optional(),
    sources: z.array(Source).min(1).optional(),
    licenses: z.array(License).min(1).optional(),
  })
  .refine((r) => r.profile !== "tabular-data-resource" || r.schema !== undefined, "a tabular-data-resource needs a schema");
export const DataPackageSpec = z.object({
  profile: z.string().optional(),
  name: z.string().regex(NAME).optional(),
  id: z.string().optional(),
  title: z.string().optional(),
  description: z.string().optional(),
  homepage: z.url().optional(),
  version: z.string().optional(),
  created: z.iso.datetime().optional(),
  keywords: z.array(z.string()).min(1).optional(),
  licenses: z.array(License).min(1).optional(),
  sources: z.array(Source).min(1).optional(),
  resources: z.array(Resource).min(1),
});
export type DataPackageSpec = z.infer<typeof DataPackageSpec>;
type FieldSpec = z.infer<typeof Field>;

/** Problems with a value against its field (an empty cell is a missing value). */
function valueProblem(f: FieldSpec, v: string): string | undefined {
  const c = f.constraints ?? {};
  if (v === "") return c.required ? "required, but empty" : undefined;
  let n: number | undefined;
  switch (f.type ?? "string") {
    case "integer":
      if (!/^-?\d+$/.test(v)) return `"${v}" is not an integer`;
      n = Number(v);
      break;
    case "number":
      if (!/^-?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(v)) return `"${v}" is not a number`;
      n = Number(v);
      break;
    case "boolean":
      if (![...(f.trueValues ?? ["true", "True", "TRUE", "1"]), ...(f.falseValues ?? ["false", "False", "FALSE", "0"])].includes(v)) return `"${v}" is not one of the boolean values`;
      break;
    case "string":
      break;
    default:
      return `type ${f.type} not expected in this product`;
  }
  if (n !== undefined && c.minimum !== undefined && n < c.minimum) return `${v} < minimum ${c.minimum}`;
  if (n !== undefined && c.maximum !== undefined && n > c.maximum) return `${v} > maximum ${c.maximum}`;
  if (c.enum && !c.enum.includes(v)) return `"${v}" not in ${JSON.stringify(c.enum)}`;
  return undefined;
}

/** Every problem with `<dataDir>/datapackage.json`, checked against the spec and the files; empty when it holds. */
export function dataPackageProblems(dataDir: string): string[] {
  const raw = JSON.parse(readFileSync(join(dataDir, "datapackage.json"), "utf8")) as unknown;
  const parsed = DataPackageSpec.safeParse(raw);
  if (!parsed.success) return parsed.error.issues.map((i) => `datapackage.json ${i.path.join(".")}: ${i.message}`);
  const pkg = parsed.data;
  const problems: string[] = [];
  const names = new Set<string>();
  const listed = new Map<string, number>();
  for (const r of pkg.resources) {
    if (names.has(r.name)) problems.push(`resource name ${r.name} used twice`);
    names.add(r.name);
    for (const p of [r.path].flat()) listed.set(p, (listed.get(p) ?? 0) + 1);
  }
  // Every downloadable file under /data/ (not the /data/ page, not the descriptor itself) exactly once.
  const files = listFiles(dataDir).filter((f) => f !== "index.html" && f !== "datapackage.json");
  for (const f of files) if (listed.get(f) !== 1) problems.push(`${f}: listed ${listed.get(f) ?? 0} times in datapackage.json`);
  for (const p of listed.keys()) if (!files.includes(p)) problems.push(`${p}: in datapackage.json but not under /data/`);

  for (const r of pkg.resources) {
    const p = [r.path].flat()[0]!;
    if (!files.includes(p)) continue;
    const file = join(dataDir, p);
    if (r.bytes !== undefined && r.bytes !== statSync(file).size) problems.push(`${p}: bytes ${r.bytes}, file has ${statSync(file).size}`);
    if (r.format === "json") {
      try {
        JSON.parse(readFileSync(file, "utf8"));
      } catch (e) {
        problems.push(`${p}: format json, but ${(e as Error).message}`);
      }
    }
    if (!r.schema) {
      if (p.endsWith(".csv")) problems.push(`${p}: a CSV without a table schema`);
      continue;
    }
    const { data, errors } = Papa.parse<string[]>(readFileSync(file, "utf8"), { delimiter: r.dialect?.delimiter ?? ",", skipEmptyLines: true });
    for (const e of errors.slice(0, 3)) problems.push(`${p}, row ${(e.row ?? 0) + 1}: ${e.message}`);
    const [header = [], ...rows] = data;
    const fields = r.schema.fields;
    if (header.join(",") !== fields.map((f) => f.name).join(",")) problems.push(`${p}: header ${header.join(",")} is not the schema's fields ${fields.map((f) => f.name).join(",")}`);
    let bad = 0;
    rows.forEach((row, i) => {
      fields.forEach((f, j) => {
        const why = valueProblem(f, row[j] ?? "");
        if (why && bad++ < 5) problems.push(`${p}, row ${i + 2}, column ${f.name}: ${why}`);
      });
    });
    if (bad > 5) problems.push(`${p}: … ${bad - 5} more bad values`);
    const key = [r.schema.primaryKey ?? []].flat();
    if (key.length) {
      const idx = key.map((k) => fields.findIndex((f) => f.name === k));
      if (idx.some((i) => i < 0)) problems.push(`${p}: primaryKey ${key.join(",")} names a missing field`);
      else {
        const seen = new Set<string>();
        for (const row of rows) {
          const k = idx.map((i) => row[i]).join("\u0000");
          if (seen.has(k)) problems.push(`${p}: primary key ${key.join(",")} repeats: ${k.split("\u0000").join(", ")}`);
          seen.add(k);
        }
      }
    }
  }
  return problems;
}
