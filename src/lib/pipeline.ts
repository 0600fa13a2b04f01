import type { Effects, F03InParts } from "./effects.ts";
import type { EvaluationMethod } from "./evaluation/profile.ts";
import type { Awards } from "./schema/awards.ts";
import { buildEvaluationYear } from "./evaluation/year.ts";
import { revisionsOf } from "./changes/errata.ts";
import { changesFiles } from "./changes/product.ts";
import type { EditionSlice } from "./changes/compare.ts";
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
import { normaliseCell, UNUSUAL } from "./csv/cellText.ts";
import { parseFriendly } from "./validate/friendly.ts";
import { InputError } from "./validate/inputError.ts";
import { parseJsonText } from "./validate/jsonText.ts";
import { formatIssue, FileTally, type Issue } from "./validate/issues.ts";
import { findYears } from "./year/findYears.ts";
import { buildPublished } from "./published/product.ts";
export { PUBLISHED_FILE } from "./published/product.ts";
import { readYear, rejectYear } from "./year/readYear.ts";
import { missingFrozenYears, yearRelease, type YearRelease } from "./release/yearRelease.ts";
import { errataProduct, manifestEdition } from "./release/product.ts";
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
  /** Profiles of the MPP and Ramah Kelompok Rentan evaluations (src/lib/evaluation); none: their inputs are refused. */
  readonly evaluations?: readonly EvaluationMethod[];
  /** The award lists (data/penghargaan.json, checked): published as they are, beside the years. */
  readonly awards?: Awards;
  readonly effects: Effects;
  /** Reads a big f03.csv in parts (on threads, in `npm run data`); without it every file is read in one go. */
  readonly readF03InParts?: F03InParts | undefined;
  /** A year whose input files are hashed even though it is not frozen (npm run release freezing it). */
  readonly hashYear?: number;
}

export interface BuildOutcome {
  readonly ok: boolean;
  readonly years: readonly { tahun: number; report: ValidationReport; release?: YearRelease | undefined }[];
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
  const inputTally = new FileTally(b.input);
  const years = await findYears(b.input, effects, inputTally);
  await missingFrozenYears(b.input, years, effects, inputTally);
  const done: Awaited<ReturnType<typeof buildYear>>[] = [];
  for (const y of years) done.push(await buildYear(b, y));

  const published = await buildPublished(b, done, DEFAULT_PROFILE);
  const changeTallies: FileTally[] = [];
  const revisions = new Map(done.map((d) => [d.tahun, revisionsOf(d.release?.errata)]));
  const changes = changesFiles(done, revisions, b.master, changeTallies);
  for (const d of done) if (d.outputs) for (const [name, text] of changes.get(d.tahun) ?? []) d.outputs.set(name, text);
  const ok =
    inputTally.errors === 0 &&
    done.every((d) => d.report.ok) &&
    published.tally.errors === 0 &&
    changeTallies.every((t) => t.errors === 0);
  const files = new Map<string, string>();
  if (ok && published.files) for (const [name, text] of published.files) files.set(name, text);
  for (const d of done) files.set(`${d.tahun}/validasi.json`, toJson(ValidationReport.parse(d.report)));
  if (ok) {
    for (const d of done) for (const [name, text] of d.outputs!) files.set(`${d.tahun}/${name}`, text);
    const used = [...new Set(done.map((d) => d.profileId!))].sort();
    for (const id of used) files.set(`metodologi/${id}.json`, toJson(b.profiles.get(id)!.def));
    for (const m of done.flatMap((d) => d.evaluations)) files.set(`metodologi/${m.def.id}.json`, toJson(m.def));
    if (b.awards) files.set("penghargaan.json", toJson(b.awards));
    files.set("instansi.json", toJson(InstansiIndex.parse({ schemaVersion: SCHEMA_VERSION, instansi: b.master.list })));
    files.set("ralat.json", toJson(errataProduct(done.map((d) => d.release?.errata ?? null))));
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
            ...manifestEdition(d.config!.status, d.config!.sumber, d.release),
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
    ...inputTally.issues.map(formatIssue),
    ...done.flatMap((d) => d.report.masalah.map((i) => formatIssue(i as Issue))),
    ...published.tally.issues.map(formatIssue),
    ...changeTallies.flatMap((t) => t.issues.map(formatIssue)),
  ];
  return {
    ok,
    years: done.map((d) => ({ tahun: d.tahun, report: d.report, release: d.release })),
    messages,
    written,
  };
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
    evaluations: [],
    release: undefined,
    slice: undefined,
  });

  let config: YearConfig = YearConfig.parse({});
  const configState = await effects.stat(`${dir}/tahun.json`);
  if (configState.kind === "dir" || configState.kind === "unreadable") {
    configTally.error(
      "berkas-tidak-terbaca",
      `berkas ditolak: ${configState.kind === "dir" ? "adalah folder, bukan berkas" : configState.reason}`,
    );
    return fail();
  }
  if (configState.kind === "file") {
    let text: string;
    try {
      text = await effects.readText(`${dir}/tahun.json`);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      configTally.error("berkas-tidak-terbaca", `berkas ditolak: ${e.message}`);
      return fail();
    }
    const json = parseJsonText(text);
    if (!json.ok) {
      configTally.error("tahun-tidak-valid", json.problem);
      return fail();
    }
    const parsed = parseFriendly(YearConfig, json.value);
    if (!parsed.ok) {
      for (const p of parsed.problems) configTally.error("tahun-tidak-valid", p);
      return fail();
    }
    // Its texts are published (the decree in the manifest): refused and normalised as CSV names are.
    const texts = textProblems(parsed.value);
    for (const p of texts.problems) configTally.error("tahun-tidak-valid", p);
    if (texts.problems.length) return fail();
    config = texts.config;
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
  const inputs = await readYear({
    dir: `${dir}/pekppp`,
    profile,
    ladder,
    master: b.master,
    effects,
    readF03InParts: b.readF03InParts,
    yearTally,
  });
  const evaluations = await buildEvaluationYear({
    dir,
    tahun,
    status: config.status,
    methods: b.evaluations ?? [],
    master: b.master,
    effects,
  });
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

  // A year that would publish no instansi at all (only headers, every row rejected) is not an edition.
  if (results.instansi.length === 0 && [yearTally, configTally, ...inputs.tallies].every((t) => t.errors === 0))
    yearTally.error(
      "tahun-tidak-valid",
      "tidak ada satu pun instansi yang dinilai (berkas hanya berisi header, atau semua baris ditolak): tahun ini tidak diterbitkan",
    );
  const tallies = [...inputs.tallies, ...evaluations.tallies];
  let report = buildReport(tahun, [yearTally, configTally], tallies);
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
    ...evaluations.outputs,
  ]);
  // A frozen edition must build to the numbers it was released with (src/lib/release).
  const frozen = report.ok
    ? await yearRelease({
        input: b.input,
        tahun,
        effects,
        outputs,
        now: { status: config.status, profil: profile.def.id, keputusan: config.sumber },
        nameOf: (kode) => b.master.byCode.get(kode)?.nama,
        hash: b.hashYear === tahun,
      })
    : undefined;
  if (frozen) report = buildReport(tahun, [yearTally, configTally, ...frozen.tallies], tallies);
  const slice: EditionSlice = {
    tahun,
    profil: profile.def.id,
    ladder: profile.def.predikat.map((p) => p.kode),
    instansi: results.instansi,
    lokus: lokusNames(results.lokus),
  };
  return {
    tahun,
    report,
    release: frozen?.release,
    outputs,
    config,
    profileId: profile.def.id,
    count: results.instansi.length,
    evaluations: evaluations.methods,
    slice,
  };
}

/** The names of each instansi's lokus, in published order. */
function lokusNames(lokus: LokusData["lokus"]): Map<string, string[]> {
  const names = new Map<string, string[]>();
  for (const l of lokus) names.set(l.kode_instansi, [...(names.get(l.kode_instansi) ?? []), l.lokus]);
  return names;
}

/** tahun.json's texts normalised (NFC, other spaces), or what is refused in them (invisible and control characters). */
function textProblems(config: YearConfig): { config: YearConfig; problems: string[] } {
  const problems: string[] = [];
  const clean = (key: "sumber" | "catatan" | "profil", text: string): string => {
    if (!UNUSUAL.test(text)) return text;
    const r = normaliseCell(text);
    if ("problem" in r) {
      problems.push(`${key}: ${r.problem.replace("sel memuat", "teks memuat").replace(" (ketik ulang selnya)", "")}`);
      return text;
    }
    return r.text;
  };
  const out: YearConfig = { ...config };
  if (config.sumber !== null) out.sumber = clean("sumber", config.sumber);
  if (config.catatan !== undefined) out.catatan = clean("catatan", config.catatan);
  if (config.profil !== undefined) out.profil = clean("profil", config.profil);
  return { config: out, problems };
}

/** Every score column of a CSV (IPP, aspects, F-values) printed with the profile's decimals. */
function scoreColumns<C extends string>(columns: readonly C[], digits: number): Partial<Record<C, number>> {
  return Object.fromEntries(columns.filter((c) => /^(ipp|f02|f03|aspek_)/.test(c)).map((c) => [c, digits])) as Partial<
    Record<C, number>
  >;
}
