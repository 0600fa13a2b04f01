import { methodForYear, type EvaluationMethod } from "../../src/lib/evaluation/profile.ts";
import { scoreUnit, type UnitScore } from "../../src/lib/evaluation/score.ts";
import { fromDecimal } from "../../src/lib/num/rational.ts";
import type { Master } from "../../src/lib/regions/master.ts";
import type { Awards } from "../../src/lib/schema/awards.ts";
import type { Instansi } from "../../src/lib/schema/master.ts";
import { instansiLatent } from "./latent.ts";
import { clamp, rngFor, type Rng } from "./prng.ts";

/**
 * Sample data for the two other evaluations, Mal Pelayanan Publik and Ramah
 * Kelompok Rentan, for the same years as the PEKPPP sample (the caller's
 * year list). Synthetic scores, shaped by what is known: how many MPPs were
 * evaluated each year, and the award lists of data/penghargaan.json (an MPP
 * that won Prima is Prima in its year's sample; a list of known size gets
 * exactly that many). Every tier is checked with the scoring core.
 */

/** MPPs evaluated per year, as published (methodology.md §2.3, §7.3): S21, S20, S22, Spektroom 2025. */
export const MPP_EVALUATED: Readonly<Record<number, number>> = { 2022: 21, 2023: 163, 2024: 175, 2025: 106 };

/** Other tiers published: Kota Padang was Cukup in 2024 (Spektroom, 2025). */
const MPP_KNOWN_TIER: readonly { tahun: number; kode: string; kategori: string }[] = [
  { tahun: 2024, kode: "13.71", kategori: "Cukup" },
];

/**
 * MPPs opened per year, adding up to 272 at December 2024 (S33): about 50 by
 * the end of 2021 (Banjarbaru's was the 49th), 103 opened 2017–2022 (S21),
 * 42 opened on 12 December 2024 (S33). The split within is ours.
 */
const OPENED_PER_YEAR: Readonly<Record<number, number>> = {
  2017: 4,
  2018: 14,
  2019: 12,
  2020: 8,
  2021: 12,
  2022: 53,
  2023: 127,
  2024: 42,
};

/**
 * Opening years that are known (Kota Padang 27 December 2018, menpan.go.id;
 * Kota Banjarbaru February 2021, ANTARA Kalsel) or plausible for the first
 * award winners (synthetic, kept early).
 */
const OPENED: Readonly<Record<string, number>> = {
  "13.71": 2018,
  "63.72": 2021,
  "31": 2017,
  "35.78": 2017,
  "51.03": 2017,
  "35.10": 2017,
  "35.15": 2018,
  "32.73": 2018,
  "14.71": 2018,
  "35.20": 2019,
  "63.06": 2019,
  "64.02": 2019,
  "64.71": 2019,
};

/** How readily a unit has each facility (log-odds offset): seats and ramps are common, aids for the deaf rare. */
const FACILITY_EASE: Readonly<Record<string, number>> = {
  kursi_prioritas: 1.6,
  ramp: 1.2,
  parkir_khusus: 1.0,
  kursi_roda: 0.8,
  toilet_khusus: 0.6,
  pegangan_rambat: 0.4,
  loket_khusus: 0.3,
  ruang_laktasi: 0.2,
  ruang_bermain: -0.3,
  jalur_pemandu: -0.5,
  alat_bantu_netra: -1.2,
  alat_bantu_tuli: -1.5,
};

/** Units put forward per tingkat: [name, kind]. K/L units are generic, as in the PEKPPP sample. */
const RKR_UNITS: Readonly<Record<Instansi["tingkat"], readonly (readonly [string, string])[]>> = {
  provinsi: [
    ["RSUD Provinsi", "RSUD"],
    ["Dinas Perpustakaan dan Kearsipan", "Dinas"],
    ["Dinas Sosial", "Dinas"],
    ["UPT Samsat", "Samsat"],
  ],
  kabupaten: [
    ["RSUD", "RSUD"],
    ["Disdukcapil", "Dinas"],
    ["Dinas Sosial", "Dinas"],
    ["Puskesmas Kecamatan", "Puskesmas"],
    ["DPMPTSP", "Dinas"],
  ],
  kota: [
    ["RSUD", "RSUD"],
    ["Disdukcapil", "Dinas"],
    ["Dinas Sosial", "Dinas"],
    ["Puskesmas Kecamatan", "Puskesmas"],
    ["DPMPTSP", "Dinas"],
  ],
  kl: [
    ["Unit Layanan Terpadu", "Kantor"],
    ["Balai Layanan", "Balai"],
    ["Kantor Pelayanan", "Kantor"],
  ],
};

/** Share of instansi that put a unit forward in a year ("about one unit per instansi a year"). */
const RKR_TAKE_PART = 0.95;

export interface SampleRow {
  readonly kode: string;
  readonly name: string;
  readonly kind: string;
  readonly opened: number | null;
  /** Aspect code → value as written ("87.25"), for the aspects read from a column. */
  readonly values: Readonly<Record<string, string>>;
  readonly facilities: readonly boolean[];
}

export interface EvaluationSample {
  readonly mpp?: { readonly method: EvaluationMethod; readonly rows: readonly SampleRow[] };
  readonly rkr?: { readonly method: EvaluationMethod; readonly rows: readonly SampleRow[] };
  /** Why an evaluation has no sample this year (no count published, no profile). */
  readonly notes: readonly string[];
}

export interface EvaluationContext {
  readonly seed: number;
  readonly master: Master;
  readonly methods: readonly EvaluationMethod[];
  readonly awards: Awards;
}

const fixed2 = (x: number) => (Math.round(x * 100) / 100).toFixed(2);

function score(m: EvaluationMethod, row: SampleRow): UnitScore {
  const values = new Map(Object.entries(row.values).map(([k, v]) => [k, fromDecimal(v)]));
  return scoreUnit(m, { values, facilities: row.facilities });
}

/** The range [lo, hi) of the rounded total a tier covers, on the profile's scale. */
function tierRange(m: EvaluationMethod, kode: string): { lo: number; hi: number } {
  const i = m.def.kategori.findIndex((k) => k.kode === kode);
  if (i < 0) throw new Error(`sampel: kategori ${kode} tidak ada di profil ${m.def.id}`);
  return { lo: m.def.kategori[i]!.batas_bawah, hi: i === 0 ? Infinity : m.def.kategori[i - 1]!.batas_bawah };
}

/**
 * Moves a row's column aspects together until its rounded total lies in
 * the tier's range, aiming at a point drawn inside it. Throws when it cannot.
 */
function intoTier(m: EvaluationMethod, row: SampleRow, kode: string, rng: Rng): SampleRow {
  const { lo, hi } = tierRange(m, kode);
  const top = Math.min(hi, m.def.skala.max);
  const target = lo + (Math.min(top, lo + 8) - lo) * (0.15 + 0.7 * rng.next());
  let current = row;
  for (let i = 0; i < 20; i++) {
    const s = score(m, current);
    const total = s.scaled / 10 ** m.def.pembulatan.desimal;
    if (s.kategori.kode === kode) return current;
    const columnShare = m.aspects
      .filter((a) => !a.fromFacilities)
      .reduce((t, a) => t + Number(a.weight.n) / Number(a.weight.d), 0);
    const delta = (target - total) / columnShare;
    const values = Object.fromEntries(
      Object.entries(current.values).map(([k, v]) => [
        k,
        fixed2(clamp(Number(v) + delta, m.def.skala.min, m.def.skala.max)),
      ]),
    );
    current = { ...current, values };
  }
  throw new Error(`sampel: ${row.kode} ${row.name} tidak dapat dibuat berkategori ${kode}`);
}

/** Which regions have opened an MPP by which year: the known ones, then by a seeded draw favouring stronger regions. */
function openingYears(ctx: EvaluationContext): Map<string, number> {
  const candidates = ctx.master.list.filter(
    (i) => (i.tingkat === "kabupaten" || i.tingkat === "kota") && i.kode_provinsi !== "31",
  );
  const dki = ctx.master.byCode.get("31");
  const pool = [...candidates, ...(dki ? [dki] : [])];
  const rng = rngFor(ctx.seed, "mpp", "buka");
  const priority = new Map(
    pool.map((i) => [
      i.kode,
      instansiLatent(ctx.seed, i, 2022) + (i.tingkat === "kota" ? 0.15 : 0) + rng.normal(0, 0.35),
    ]),
  );
  const opened = new Map<string, number>(Object.entries(OPENED).filter(([k]) => priority.has(k)));
  const rest = pool.filter((i) => !opened.has(i.kode)).sort((a, b) => priority.get(b.kode)! - priority.get(a.kode)!);
  let next = 0;
  for (const [year, count] of Object.entries(OPENED_PER_YEAR)) {
    const already = [...opened.values()].filter((y) => y === Number(year)).length;
    for (let k = already; k < count && next < rest.length; k++) opened.set(rest[next++]!.kode, Number(year));
  }
  return opened;
}

function mppSample(ctx: EvaluationContext, m: EvaluationMethod, tahun: number, count: number): SampleRow[] {
  const opened = openingYears(ctx);
  const lists = ctx.awards.daftar.filter((l) => l.evaluasi === "mpp" && l.tahun === tahun);
  const prima = new Set(lists.flatMap((l) => l.penerima.map((r) => r.kode_instansi)));
  const known = new Map(MPP_KNOWN_TIER.filter((t) => t.tahun === tahun).map((t) => [t.kode, t.kategori]));
  const forced = new Set([...prima, ...known.keys()]);
  const primaCount = lists.find((l) => l.jumlah_penerima !== null)?.jumlah_penerima ?? null;

  const rng = rngFor(ctx.seed, "mpp", "pilih", tahun);
  // Eligible: opened before the evaluation year (one opened in the year itself only when needed to reach the count).
  // Older MPPs first, with a seeded jitter of a few years: keys drawn once, so the order does not depend on the sort.
  const eligible = [...opened]
    .filter(([k, y]) => y < tahun && !forced.has(k))
    .map(([k, y]) => ({ k, key: y + (rng.next() - 0.5) * 6 }))
    .sort((a, b) => a.key - b.key || (a.k < b.k ? -1 : 1))
    .map(({ k }) => [k] as const);
  const chosen = [...forced, ...eligible.slice(0, count - forced.size).map(([k]) => k)];
  if (chosen.length < count) {
    const late = [...opened].filter(([k, y]) => y === tahun && !chosen.includes(k));
    chosen.push(...late.slice(0, count - chosen.length).map(([k]) => k));
  }
  if (chosen.length !== count) throw new Error(`sampel MPP ${tahun}: hanya ${chosen.length} dari ${count} MPP`);

  const variables = m.def.aspek.filter((a) => a.nilai_dari === "kolom").map((a) => a.kode);
  const effect = [-3, 2, 4, -3];
  let rows: SampleRow[] = chosen.map((kode) => {
    const inst = ctx.master.byCode.get(kode)!;
    const r = rngFor(ctx.seed, "mpp", tahun, kode);
    const age = tahun - opened.get(kode)!;
    const level = 69 + 15 * (instansiLatent(ctx.seed, inst, tahun) - 3.9) + 0.8 * Math.min(age, 6) + r.normal(0, 6);
    const values = Object.fromEntries(
      variables.map((v, i) => [v, fixed2(clamp(level + (effect[i] ?? 0) + r.normal(0, 4), 25, 99.5))]),
    );
    const name = inst.tingkat === "provinsi" ? `MPP ${inst.nama_pendek}` : `MPP ${inst.nama}`;
    return { kode, name, kind: "", opened: opened.get(kode)!, values, facilities: [] };
  });

  const topTier = m.def.kategori[0]!.kode;
  const fit = (row: SampleRow, kode: string) =>
    intoTier(m, row, kode, rngFor(ctx.seed, "mpp", "tier", tahun, row.kode));
  rows = rows.map((row) =>
    prima.has(row.kode) ? fit(row, topTier) : known.has(row.kode) ? fit(row, known.get(row.kode)!) : row,
  );
  if (primaCount !== null) {
    // Exactly primaCount at the top: the named ones, then the best of the rest; every other one below.
    const others = rows
      .filter((r) => !forced.has(r.kode))
      .sort((a, b) => score(m, b).scaled - score(m, a).scaled || (a.kode < b.kode ? -1 : 1));
    const promoted = new Set(others.slice(0, Math.max(0, primaCount - prima.size)).map((r) => r.kode));
    const below = m.def.kategori[1]!.kode;
    rows = rows.map((row) =>
      forced.has(row.kode)
        ? row
        : promoted.has(row.kode)
          ? fit(row, topTier)
          : score(m, row).kategori.kode === topTier
            ? fit(row, below)
            : row,
    );
  }
  for (const row of rows) {
    const tier = score(m, row).kategori.kode;
    const want = prima.has(row.kode) ? topTier : known.get(row.kode);
    if (want && tier !== want) throw new Error(`sampel MPP ${tahun}: ${row.kode} ${tier}, seharusnya ${want}`);
  }
  const primaNow = rows.filter((r) => score(m, r).kategori.kode === topTier).length;
  if (primaCount !== null && primaNow !== primaCount)
    throw new Error(`sampel MPP ${tahun}: ${primaNow} ${topTier}, seharusnya ${primaCount}`);
  return rows.sort((a, b) => (a.kode < b.kode ? -1 : a.kode > b.kode ? 1 : 0));
}

function rkrSample(ctx: EvaluationContext, m: EvaluationMethod, tahun: number): SampleRow[] {
  const winners = ctx.awards.daftar
    .filter((l) => l.evaluasi === "rkr" && l.tahun === tahun)
    .flatMap((l) => l.penerima.filter((r) => r.unit).map((r) => ({ kode: r.kode_instansi, unit: r.unit! })));
  const winnerOf = new Map(winners.map((w) => [w.kode, w.unit]));
  const columns = m.def.aspek.filter((a) => a.nilai_dari === "kolom").map((a) => a.kode);
  const facilities = m.def.sarana?.daftar ?? [];
  const rows: SampleRow[] = [];
  for (const inst of ctx.master.list) {
    const r = rngFor(ctx.seed, "rkr", tahun, inst.kode);
    const won = winnerOf.get(inst.kode);
    if (!won && !r.chance(RKR_TAKE_PART)) continue;
    const options = RKR_UNITS[inst.tingkat];
    const [name, kind] = won
      ? [won, /^RSUD/.test(won) ? "RSUD" : "Dinas"]
      : options[Math.floor(r.next() * options.length)]!;
    const level = won
      ? 97
      : 68 + 16 * (instansiLatent(ctx.seed, inst, tahun) - 3.9) + (tahun - 2022) * 1.5 + r.normal(0, 7);
    const values = Object.fromEntries(
      columns.map((c) => [c, fixed2(clamp(level + r.normal(0, won ? 1 : 7), 10, 100))]),
    );
    const has = facilities.map(
      (f) => won !== undefined || r.next() < 1 / (1 + Math.exp(-((level - 62) / 9 + (FACILITY_EASE[f.kode] ?? 0)))),
    );
    rows.push({ kode: inst.kode, name, kind, opened: null, values, facilities: has });
  }
  // The units named "best" in the year's award list lead it; nobody else reaches them.
  if (winners.length) {
    const isWinner = (row: SampleRow) => winnerOf.get(row.kode) === row.name;
    const floor = Math.min(...rows.filter(isWinner).map((row) => score(m, row).scaled));
    const scale = 10 ** m.def.pembulatan.desimal;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i]!;
      if (isWinner(row) || score(m, row).scaled < floor) continue;
      const pulled = {
        ...row,
        values: Object.fromEntries(Object.entries(row.values).map(([k, v]) => [k, fixed2(Number(v) - 8)])),
      };
      if (score(m, pulled).scaled >= floor) throw new Error(`sampel RKR ${tahun}: ${row.kode} tetap di atas pemenang`);
      rows[i] = pulled;
    }
    const top = m.def.kategori[0]!.kode;
    for (const row of rows.filter(isWinner))
      if (score(m, row).kategori.kode !== top || score(m, row).scaled < floor)
        throw new Error(`sampel RKR ${tahun}: pemenang ${row.kode} bukan ${top} (${score(m, row).scaled / scale})`);
  }
  return rows;
}

/** One year of both evaluations, in memory. */
export function generateEvaluations(ctx: EvaluationContext, tahun: number): EvaluationSample {
  const notes: string[] = [];
  const mppMethod = methodForYear(ctx.methods, "mpp", tahun);
  const rkrMethod = methodForYear(ctx.methods, "rkr", tahun);
  const count = MPP_EVALUATED[tahun];
  let mpp: EvaluationSample["mpp"];
  if (!mppMethod) notes.push(`tidak ada profil MPP untuk ${tahun}: tanpa sampel MPP`);
  else if (count === undefined) notes.push(`jumlah MPP yang dinilai pada ${tahun} tidak diketahui: tanpa sampel MPP`);
  else mpp = { method: mppMethod, rows: mppSample(ctx, mppMethod, tahun, count) };
  let rkr: EvaluationSample["rkr"];
  if (!rkrMethod) notes.push(`tidak ada profil Ramah Kelompok Rentan untuk ${tahun}: tanpa sampel`);
  else rkr = { method: rkrMethod, rows: rkrSample(ctx, rkrMethod, tahun) };
  return { ...(mpp ? { mpp } : {}), ...(rkr ? { rkr } : {}), notes };
}

const csvCell = (s: string) => (/[",\n\r;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** The sample in the input contract of `npm run data` (data/README.md): file path → CSV text. */
export function evaluationFiles(sample: EvaluationSample): Map<string, string> {
  const files = new Map<string, string>();
  if (sample.mpp) {
    const cols = sample.mpp.method.def.aspek.filter((a) => a.nilai_dari === "kolom").map((a) => a.kode);
    const lines = [["kode_instansi", "nama_mpp", "tahun_operasi", ...cols].join(",")];
    for (const r of sample.mpp.rows)
      lines.push([r.kode, csvCell(r.name), String(r.opened), ...cols.map((c) => r.values[c]!)].join(","));
    files.set("mpp/mpp.csv", `${lines.join("\n")}\n`);
  }
  if (sample.rkr) {
    const def = sample.rkr.method.def;
    const cols = def.aspek.filter((a) => a.nilai_dari === "kolom").map((a) => a.kode);
    const facilities = (def.sarana?.daftar ?? []).map((f) => f.kode);
    const lines = [["kode_instansi", "unit", "jenis_unit", ...cols, ...facilities].join(",")];
    for (const r of sample.rkr.rows)
      lines.push(
        [
          r.kode,
          csvCell(r.name),
          csvCell(r.kind),
          ...cols.map((c) => r.values[c]!),
          ...r.facilities.map((f) => (f ? "1" : "0")),
        ].join(","),
      );
    files.set("rkr/unit.csv", `${lines.join("\n")}\n`);
  }
  return files;
}
