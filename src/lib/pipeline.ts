import type { Effects } from "./effects.ts";
import { ladder as makeLadder } from "./method/predikat.ts";
import type { Profile } from "./method/profile.ts";
import { toCsv, toJson } from "./output/csv.ts";
import type { Master } from "./regions/master.ts";
import {
  instansiColumns,
  InstansiIndex,
  lokusColumns,
  type LokusData,
  Manifest,
  SCHEMA_VERSION,
  type Summary,
  ValidationReport,
  type YearData,
} from "./schema/output.ts";
import { YearConfig } from "./schema/yearConfig.ts";
import { parseFriendly } from "./validate/friendly.ts";
import { formatIssue, FileTally, type Issue } from "./validate/issues.ts";
import { readPublished } from "./published/read.ts";
import { PUBLISHED_COLUMNS, PublishedData, type PublishedFigure } from "./schema/published.ts";
import { readYear, rejectYear } from "./year/readYear.ts";
import { buildReport } from "./year/report.ts";
import { buildResults } from "./year/results.ts";
import { summarise } from "./year/summary.ts";

/** Years from this one on use the 2022 instrument unless their tahun.json says otherwise. */
const DEFAULT_PROFILE = { from: 2022, id: "pekppp-2022" } as const;

export interface BuildInput {
  /** Directory holding one sub-directory per year (`<input>/<year>/pekppp/f02.csv`). */
  readonly input: string;
  readonly out: string;
  readonly master: Master;
  readonly profiles: ReadonlyMap<string, Profile>;
  readonly effects: Effects;
}

export interface BuildOutcome {
  readonly ok: boolean;
  readonly years: readonly { tahun: number; report: ValidationReport }[];
  /** Every problem of every year, formatted for a person. */
  readonly messages: readonly string[];
  readonly written: readonly string[];
}

/**
 * The whole data build: for each year, read and validate its inputs, score
 * them, and write the public data product. With any error nothing but the
 * validation reports is written, and the outcome is not ok.
 */
export async function buildDataProduct(b: BuildInput): Promise<BuildOutcome> {
  const { effects } = b;
  const years = (await effects.list(b.input)).filter((n) => /^\d{4}$/.test(n)).sort();
  const done: Awaited<ReturnType<typeof buildYear>>[] = [];
  for (const y of years) done.push(await buildYear(b, Number(y)));

  const published = await buildPublished(b, done);
  const ok = done.every((d) => d.report.ok) && published.tally.errors === 0;
  const files = new Map<string, string>();
  if (ok && published.files) for (const [name, text] of published.files) files.set(name, text);
  for (const d of done) files.set(`${d.tahun}/validasi.json`, toJson(ValidationReport.parse(d.report)));
  if (ok) {
    for (const d of done) for (const [name, text] of d.outputs!) files.set(`${d.tahun}/${name}`, text);
    const used = [...new Set(done.map((d) => d.profileId!))].sort();
    for (const id of used) files.set(`metodologi/${id}.json`, toJson(b.profiles.get(id)!.def));
    files.set("instansi.json", toJson(InstansiIndex.parse({ schemaVersion: SCHEMA_VERSION, instansi: b.master.list })));
    files.set(
      "manifest.json",
      toJson(
        Manifest.parse({
          schemaVersion: SCHEMA_VERSION,
          tahun_terbaru: done.length ? done.at(-1)!.tahun : null,
          tahun: done.map((d) => ({
            tahun: d.tahun,
            status: d.config!.status,
            profil: d.profileId!,
            sumber: d.config!.sumber,
            jumlah_instansi: d.count,
            berkas: [...d.outputs!.keys(), "validasi.json"].sort().map((f) => `${d.tahun}/${f}`),
          })),
          ...(published.files ? { angka_terbitan: [...published.files.keys()] } : {}),
        }),
      ),
    );
  }
  const sorted = [...files].sort(([a], [x]) => (a < x ? -1 : 1));
  await Promise.all(sorted.map(([name, text]) => effects.writeText(`${b.out}/${name}`, text)));
  const written = sorted.map(([name]) => name);
  const messages = [
    ...done.flatMap((d) => d.report.masalah.map((i) => formatIssue(i as Issue))),
    ...published.tally.issues.map(formatIssue),
  ];
  return { ok, years: done.map((d) => ({ tahun: d.tahun, report: d.report })), messages, written };
}

/** Where the published figures live in the input, when there are any (data/README.md, "Angka terbitan"). */
export const PUBLISHED_FILE = "terbitan/angka-terbitan.csv";

/**
 * The published figures (real values from public sources), each checked
 * with the profile of its year: the year's own when the data has it, else
 * the default profile of that year. Written only when the file exists.
 */
async function buildPublished(b: BuildInput, done: readonly { tahun: number; profileId?: string | undefined }[]) {
  const path = `${b.input}/${PUBLISHED_FILE}`;
  const tally = new FileTally(path);
  if (!(await b.effects.exists(path))) return { tally, files: undefined };
  const profileIdOf = (tahun: number) =>
    done.find((d) => d.tahun === tahun)?.profileId ?? (tahun >= DEFAULT_PROFILE.from ? DEFAULT_PROFILE.id : undefined);
  const missing = new Set<number>();
  const figures = await readPublished(b.effects.openText(path), {
    master: b.master,
    tally,
    profileFor: (tahun) => {
      const p = b.profiles.get(profileIdOf(tahun) ?? "");
      if (p) return p;
      missing.add(tahun);
      return b.profiles.get(DEFAULT_PROFILE.id)!;
    },
  });
  for (const tahun of missing)
    tally.error("tahun-tidak-valid", `tahun ${tahun} tidak punya profil metodologi untuk memeriksa angkanya`);
  const years = [...new Set(figures.map((f) => f.tahun))].sort();
  const data: PublishedData = PublishedData.parse({
    schemaVersion: SCHEMA_VERSION,
    resmi: true,
    berkas_sumber: `data/${PUBLISHED_FILE}`,
    profil: Object.fromEntries(years.map((y) => [String(y), profileIdOf(y) ?? DEFAULT_PROFILE.id])),
    angka: figures,
  });
  const csvRows = figures.map((f: PublishedFigure) => ({
    ...f,
    ipp: f.ipp_teks,
    lokus_disebut: f.lokus.map((l) => `${l.nama} ${l.teks}`).join("; "),
    pemeriksaan: f.pemeriksaan.status,
    bertentangan_dengan: f.bertentangan_dengan.join(" "),
  }));
  const files = new Map([
    ["angka-terbitan.json", toJson(data)],
    ["angka-terbitan.csv", toCsv(PUBLISHED_COLUMNS, csvRows)],
  ]);
  return { tally, files };
}

async function buildYear(b: BuildInput, tahun: number) {
  const { effects } = b;
  const dir = `${b.input}/${tahun}`;
  const yearTally = new FileTally(dir);
  const configTally = new FileTally(`${dir}/tahun.json`);
  // A year that cannot be scored still accounts for every row of its files.
  const fail = async () => ({
    tahun,
    report: buildReport(
      tahun,
      [yearTally, configTally],
      await rejectYear(`${dir}/pekppp`, effects, "tahun-tidak-valid"),
    ),
    outputs: undefined,
    config: undefined,
    profileId: undefined,
    count: 0,
  });

  let config: YearConfig = YearConfig.parse({});
  if (await effects.exists(`${dir}/tahun.json`)) {
    let raw: unknown;
    try {
      raw = JSON.parse(await effects.readText(`${dir}/tahun.json`));
    } catch (e) {
      configTally.error("tahun-tidak-valid", `bukan JSON yang sah: ${(e as Error).message}`);
      return fail();
    }
    const parsed = parseFriendly(YearConfig, raw);
    if (!parsed.ok) {
      for (const p of parsed.problems) configTally.error("tahun-tidak-valid", p);
      return fail();
    }
    config = parsed.value;
  }
  const profileId = config.profil ?? (tahun >= DEFAULT_PROFILE.from ? DEFAULT_PROFILE.id : undefined);
  const profile = profileId ? b.profiles.get(profileId) : undefined;
  if (!profile) {
    (config.profil ? configTally : yearTally).error(
      "tahun-tidak-valid",
      profileId
        ? `profil metodologi "${profileId}" tidak ada (tersedia: ${[...b.profiles.keys()].join(", ")})`
        : `tahun ${tahun} tidak punya profil metodologi bawaan: tetapkan "profil" di tahun.json`,
    );
    return fail();
  }

  const digits = profile.def.pembulatan.desimal;
  const ladder = makeLadder(profile.def.predikat, digits);
  const inputs = await readYear({ dir: `${dir}/pekppp`, profile, ladder, master: b.master, effects, yearTally });
  const results = buildResults({
    profile,
    ladder,
    master: b.master,
    f02: inputs.f02,
    f03: inputs.f03,
    published: inputs.published,
  });

  const hasil = inputs.tallies.find((t) => t.file.endsWith("/hasil.csv"));
  if (hasil)
    for (const r of results.instansi) {
      const p = inputs.published.get(r.kode_instansi);
      if (p && r.asal_nilai === "dihitung" && Math.round(r.ipp * 10 ** digits) !== p.scaled)
        hasil.warn(
          "hasil-berbeda",
          `IPP terbitan ${(p.scaled / 10 ** digits).toFixed(digits)} berbeda dengan hasil hitung dari F-02/F-03 ${r.ipp.toFixed(digits)}; yang dipakai hasil hitung`,
          {
            row: p.row,
            column: "ipp",
          },
        );
    }

  const report = buildReport(tahun, [yearTally, configTally], inputs.tallies);
  // The big files are typed, not re-parsed here: the golden test and the site's loader check them against the schemas.
  const year: YearData = {
    schemaVersion: SCHEMA_VERSION,
    tahun,
    status: config.status,
    profil: profile.def.id,
    sumber: config.sumber,
    instansi: results.instansi,
  };
  const summary: Summary = summarise({
    tahun,
    status: config.status,
    profil: profile.def.id,
    digits,
    ladder,
    master: b.master,
    instansi: results.instansi,
  });
  const lokus: LokusData = {
    schemaVersion: SCHEMA_VERSION,
    tahun,
    status: config.status,
    profil: profile.def.id,
    lokus: results.lokus,
  };
  const aspects = profile.def.aspek.map((a) => a.kode);
  const INSTANSI_COLUMNS = instansiColumns(aspects);
  const LOKUS_COLUMNS = lokusColumns(aspects);
  const outputs = new Map<string, string>([
    ["pekppp-instansi.csv", toCsv(INSTANSI_COLUMNS, results.instansi, scoreColumns(INSTANSI_COLUMNS, digits))],
    ["pekppp-instansi.json", toJson(year, { compact: true })],
    [
      "pekppp-lokus.csv",
      toCsv(LOKUS_COLUMNS, results.lokus, { ...scoreColumns(LOKUS_COLUMNS, digits), ipp_presisi: 4 }),
    ],
    ["pekppp-lokus.json", toJson(lokus, { compact: true })],
    ["ringkasan.json", toJson(summary)],
  ]);
  return { tahun, report, outputs, config, profileId: profile.def.id, count: results.instansi.length };
}

/** Every score column of a CSV (IPP, aspects, F-values) printed with the profile's decimals. */
function scoreColumns<C extends string>(columns: readonly C[], digits: number): Partial<Record<C, number>> {
  return Object.fromEntries(columns.filter((c) => /^(ipp|f02|f03|aspek_)/.test(c)).map((c) => [c, digits])) as Partial<
    Record<C, number>
  >;
}
