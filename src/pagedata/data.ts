/**
 * Build-time access to the data product that `npm run data` wrote to
 * public/data/. With geo.ts (the boundaries) the only modules under src/ that
 * read files (the architecture lint enforces it); pages get everything
 * through src/pagedata/, already checked against the output schemas.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { once } from "./cache.ts";
import type { z } from "zod";
import { loadProfile, type Profile } from "../lib/method/profile.ts";
import {
  InstansiIndex,
  LokusData,
  Manifest,
  Summary,
  ValidationReport,
  YearData,
  type LokusResult,
} from "../lib/schema/output.ts";
import type { Instansi } from "../lib/schema/master.ts";
import { ChangesData } from "../lib/schema/changes.ts";
import { PublishedData, type PublishedFigure } from "../lib/schema/published.ts";
import { ErrataProduct } from "../lib/schema/release.ts";

// SITE_DATA_DIR points a build at another data product (the hostile-input
// fixture of test/dist) without touching the shared public/data.
const ROOT = process.env["SITE_DATA_DIR"]
  ? resolve(process.env["SITE_DATA_DIR"])
  : join(process.cwd(), "public", "data");

function read<S extends z.ZodType>(schema: S, path: string): z.output<S> {
  const file = join(ROOT, path);
  if (!existsSync(file))
    throw new Error(`${file} tidak ada: jalankan \`npm run data\` dulu (npm run build melakukannya)`);
  return schema.parse(JSON.parse(readFileSync(file, "utf8")));
}

export interface YearBundle {
  readonly year: number;
  readonly data: YearData;
  readonly summary: Summary;
  readonly report: ValidationReport;
  readonly profile: Profile;
  readonly byCode: ReadonlyMap<string, YearData["instansi"][number]>;
  /** The scored lokus of each instansi (none for results that were only published). */
  readonly lokusByCode: ReadonlyMap<string, readonly LokusResult[]>;
  /** The names of each instansi's lokus that year, in published order. */
  readonly lokusNames: ReadonlyMap<string, readonly string[]>;
  /** What changed since the previous edition (<year>/perubahan.json; null in a product written before it existed). */
  readonly changes: ChangesData | null;
}

export interface SiteData {
  readonly manifest: Manifest;
  readonly instansi: readonly Instansi[];
  readonly bySlug: ReadonlyMap<string, Instansi>;
  readonly byCode: ReadonlyMap<string, Instansi>;
  readonly years: ReadonlyMap<number, YearBundle>;
  readonly latest: number;
  /** The published figures (real, from public sources), when the data product has them. */
  readonly published: PublishedData | null;
  /** Every erratum of every frozen edition (ralat.json; empty when there is none). */
  readonly errata: ErrataProduct["ralat"];
  /** Published figures of an instansi in a year (none: empty). */
  publishedOf(year: number, code: string): readonly PublishedFigure[];
}

/** Loads (once per build) everything the pages show. */
export const siteData = once((): SiteData => {
  const manifest = read(Manifest, "manifest.json");
  const instansi = read(InstansiIndex, "instansi.json").instansi;
  const profiles = new Map<string, Profile>();
  const years = new Map<number, YearBundle>();
  for (const y of manifest.tahun) {
    if (!profiles.has(y.profil))
      profiles.set(
        y.profil,
        loadProfile(
          JSON.parse(readFileSync(join(ROOT, "metodologi", `${y.profil}.json`), "utf8")),
          `metodologi/${y.profil}.json`,
        ),
      );
    const data = read(YearData, `${y.tahun}/pekppp-instansi.json`);
    const lokusByCode = new Map<string, LokusResult[]>();
    for (const l of read(LokusData, `${y.tahun}/pekppp-lokus.json`).lokus) {
      const list = lokusByCode.get(l.kode_instansi);
      if (list) list.push(l);
      else lokusByCode.set(l.kode_instansi, [l]);
    }
    years.set(y.tahun, {
      year: y.tahun,
      data,
      summary: read(Summary, `${y.tahun}/ringkasan.json`),
      report: read(ValidationReport, `${y.tahun}/validasi.json`),
      profile: profiles.get(y.profil)!,
      byCode: new Map(data.instansi.map((r) => [r.kode_instansi, r])),
      lokusByCode,
      lokusNames: new Map([...lokusByCode].map(([k, list]) => [k, list.map((l) => l.lokus)])),
      changes: existsSync(join(ROOT, `${y.tahun}/perubahan.json`))
        ? read(ChangesData, `${y.tahun}/perubahan.json`)
        : null,
    });
  }
  if (manifest.tahun_terbaru === null) throw new Error("public/data/manifest.json: tidak ada tahun dengan data");
  const published = manifest.angka_terbitan ? read(PublishedData, "angka-terbitan.json") : null;
  const byFigure = new Map<string, PublishedFigure[]>();
  for (const f of published?.angka ?? [])
    if (f.kode_instansi) {
      const key = `${f.tahun}|${f.kode_instansi}`;
      byFigure.set(key, [...(byFigure.get(key) ?? []), f]);
    }
  const errata = existsSync(join(ROOT, "ralat.json")) ? read(ErrataProduct, "ralat.json").ralat : [];
  return {
    published,
    errata,
    publishedOf: (year, code) => byFigure.get(`${year}|${code}`) ?? [],
    manifest,
    instansi,
    bySlug: new Map(instansi.map((i) => [i.slug, i])),
    byCode: new Map(instansi.map((i) => [i.kode, i])),
    years,
    latest: manifest.tahun_terbaru,
  };
});

/** The year's bundle; throws (a build bug) when the year has no data. */
export function yearBundle(year: number): YearBundle {
  const b = siteData().years.get(year);
  if (!b) throw new Error(`tidak ada data tahun ${year}`);
  return b;
}

/** Size in bytes of a published file (public/data/<path>), for download links. */
export function fileSize(path: string): number {
  return statSync(join(ROOT, path)).size;
}

/** Every file of the published data product, '/'-separated and sorted (the data build's marker and other dotfiles aside). */
export function dataFiles(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(join(ROOT, dir), { withFileTypes: true })
      .filter((e) => !e.name.startsWith("."))
      .flatMap((e) =>
        e.isDirectory() ? walk(dir ? `${dir}/${e.name}` : e.name) : [dir ? `${dir}/${e.name}` : e.name],
      );
  return walk("").sort();
}

/** The header row of a CSV of the data product (its column names are plain words, never quoted). */
export function csvHeader(path: string): string[] {
  const text = readFileSync(join(ROOT, path), "utf8").replace(/^\uFEFF/, "");
  return (text.split(/\r?\n/, 1)[0] ?? "").split(",");
}
