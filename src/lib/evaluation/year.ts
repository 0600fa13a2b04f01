import { readFileRows } from "../validate/readFileRows.ts";
import type { Effects } from "../effects.ts";
import { toCsv, toJson } from "../output/csv.ts";
import { competitionRanks } from "../rank/rank.ts";
import type { Master } from "../regions/master.ts";
import { round } from "../num/rational.ts";
import type { EvaluationKind, MppResult, MppYear, RkrResult, RkrYear } from "../schema/evaluation.ts";
import type { DataStatus } from "../schema/output.ts";
import { FileTally } from "../validate/issues.ts";
import { rejectAll } from "../year/readYear.ts";
import { methodForYear, type EvaluationMethod } from "./profile.ts";
import { evaluationReader, type ReadUnit } from "./reader.ts";

/** Where each evaluation's input lives in a year directory, and what its output files are called. */
export const EVALUATION_FILES: Readonly<Record<EvaluationKind, { input: string; output: string }>> = {
  mpp: { input: "mpp/mpp.csv", output: "mpp" },
  rkr: { input: "rkr/unit.csv", output: "rkr-unit" },
};

export interface EvaluationYear {
  /** One tally per input file found, for the year's validation report. */
  readonly tallies: FileTally[];
  /** Output file name (relative to the year) → text. */
  readonly outputs: Map<string, string>;
  /** The profiles used, for metodologi/<id>.json. */
  readonly methods: EvaluationMethod[];
}

/**
 * Reads, checks and scores the MPP and Ramah Kelompok Rentan inputs of one
 * year, when present. Each is optional; a file present without a profile
 * for its year is an error, and its rows are counted as rejected.
 */
export async function buildEvaluationYear(o: {
  dir: string;
  tahun: number;
  status: DataStatus;
  methods: readonly EvaluationMethod[];
  master: Master;
  effects: Effects;
}): Promise<EvaluationYear> {
  const result: EvaluationYear = { tallies: [], outputs: new Map(), methods: [] };
  for (const kind of ["mpp", "rkr"] as const) {
    const files = EVALUATION_FILES[kind];
    const path = `${o.dir}/${files.input}`;
    const state = await o.effects.stat(path);
    if (state.kind === "absent") continue;
    const tally = new FileTally(path);
    result.tallies.push(tally);
    if (state.kind !== "file") {
      const reason = state.kind === "dir" ? "adalah folder, bukan berkas" : state.reason;
      tally.error("berkas-tidak-terbaca", `berkas ditolak: ${reason}`);
      continue;
    }
    const method = methodForYear(o.methods, kind, o.tahun);
    if (!method) {
      const known = o.methods
        .filter((m) => m.def.evaluasi === kind)
        .map((m) => `${m.def.id} (mulai ${m.def.tahun_mulai})`);
      tally.error(
        "tahun-tidak-valid",
        `tidak ada profil ${kind} untuk tahun ${o.tahun} (tersedia: ${known.join(", ") || "tidak ada"}); tambahkan data/methodology/${kind}-<tahun>.json`,
      );
      await readFileRows(o.effects, tally, rejectAll(tally, "tahun-tidak-valid"));
      continue;
    }
    const reader = evaluationReader(method, { master: o.master, tahun: o.tahun, tally });
    if (!(await readFileRows(o.effects, tally, reader.visitor))) continue;
    const rows = rankedRows(method, reader.units());
    const header = { schemaVersion: 1 as const, tahun: o.tahun, status: o.status, profil: method.def.id };
    if (kind === "mpp") {
      const data: MppYear = { ...header, evaluasi: "mpp", mpp: rows.map((r) => mppRow(r)) };
      result.outputs.set(`${files.output}.json`, toJson(data, { compact: true }));
      result.outputs.set(`${files.output}.csv`, mppCsv(method, data.mpp));
    } else {
      const data: RkrYear = { ...header, evaluasi: "rkr", unit: rows.map((r) => rkrRow(method, r)) };
      result.outputs.set(`${files.output}.json`, toJson(data, { compact: true }));
      result.outputs.set(`${files.output}.csv`, rkrCsv(method, data.unit));
    }
    result.methods.push(method);
  }
  return result;
}

interface Ranked {
  readonly unit: ReadUnit;
  readonly base: Omit<MppResult, "nama_mpp" | "tahun_operasi" | "baris">;
}

/** Best first; equal rounded totals share a rank and are ordered by instansi code, then name. */
function rankedRows(m: EvaluationMethod, units: readonly ReadUnit[]): Ranked[] {
  const digits = m.def.pembulatan.desimal;
  const ranks = competitionRanks(units, (u) => u.score.scaled);
  const sorted = [...units].sort(
    (a, b) =>
      b.score.scaled - a.score.scaled ||
      (a.instansi.kode < b.instansi.kode ? -1 : a.instansi.kode > b.instansi.kode ? 1 : 0) ||
      (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
  );
  return sorted.map((unit) => ({
    unit,
    base: {
      kode_instansi: unit.instansi.kode,
      nama_instansi: unit.instansi.nama,
      tingkat: unit.instansi.tingkat,
      kode_provinsi: unit.instansi.kode_provinsi,
      aspek: Object.fromEntries(unit.score.aspects.map((a) => [a.kode, round(a.value, digits)])),
      nilai: unit.score.scaled / 10 ** digits,
      kategori: unit.score.kategori.kode,
      peringkat: ranks.get(unit)!,
    },
  }));
}

const mppRow = ({ unit, base }: Ranked): MppResult => ({
  ...base,
  nama_mpp: unit.name,
  tahun_operasi: unit.opened!,
  baris: unit.row,
});

function rkrRow(m: EvaluationMethod, { unit, base }: Ranked): RkrResult {
  const codes = (m.def.sarana?.daftar ?? []).map((f) => f.kode);
  return {
    ...base,
    unit: unit.name,
    jenis_unit: unit.kind,
    sarana_ada: codes.filter((_, i) => unit.facilities[i]),
    jumlah_sarana: unit.facilities.filter(Boolean).length,
    baris: unit.row,
  };
}

const flatAspects = (m: EvaluationMethod, aspek: Record<string, number>) =>
  Object.fromEntries(m.def.aspek.map((a) => [`aspek_${a.kode}`, aspek[a.kode]]));

function mppCsv(m: EvaluationMethod, rows: readonly MppResult[]): string {
  const aspects = m.def.aspek.map((a) => `aspek_${a.kode}`);
  const columns = [
    "kode_instansi",
    "nama_instansi",
    "tingkat",
    "kode_provinsi",
    "nama_mpp",
    "tahun_operasi",
    ...aspects,
    "nilai",
    "kategori",
    "peringkat",
  ];
  const digits = m.def.pembulatan.desimal;
  const fixed = Object.fromEntries([...aspects, "nilai"].map((c) => [c, digits]));
  return toCsv(
    columns,
    rows.map((r) => ({ ...r, ...flatAspects(m, r.aspek) })),
    fixed,
  );
}

function rkrCsv(m: EvaluationMethod, rows: readonly RkrResult[]): string {
  const aspects = m.def.aspek.map((a) => `aspek_${a.kode}`);
  const facilities = (m.def.sarana?.daftar ?? []).map((f) => f.kode);
  const columns = [
    "kode_instansi",
    "nama_instansi",
    "tingkat",
    "kode_provinsi",
    "unit",
    "jenis_unit",
    ...aspects,
    ...facilities.map((f) => `sarana_${f}`),
    "jumlah_sarana",
    "nilai",
    "kategori",
    "peringkat",
  ];
  const digits = m.def.pembulatan.desimal;
  const fixed = Object.fromEntries([...aspects, "nilai"].map((c) => [c, digits]));
  return toCsv(
    columns,
    rows.map((r) => ({
      ...r,
      ...flatAspects(m, r.aspek),
      ...Object.fromEntries(facilities.map((f) => [`sarana_${f}`, r.sarana_ada.includes(f)])),
    })),
    fixed,
  );
}
