import { readCsv, type CsvSource, type CsvVisitor } from "../csv/readCsv.ts";
import { formatDecimal } from "../format/number.ts";
import { predikatOf, ladder as makeLadder } from "../method/predikat.ts";
import type { Profile } from "../method/profile.ts";
import type { Master } from "../regions/master.ts";
import { Tingkat } from "../schema/master.ts";
import type { PublishedFigure } from "../schema/published.ts";
import { cleanText } from "../validate/cells.ts";
import { matchHeader } from "../validate/header.ts";
import type { FileTally } from "../validate/issues.ts";
import { unreadableRows } from "../validate/rowHandlers.ts";
import { canAgree, lokusMeanCheck, parseWritten, roundingInterval, UNIT, unitsText, type Written } from "./check.ts";
import { nameIndex } from "./names.ts";

const REQUIRED = ["tahun", "jenis", "tingkat", "instansi", "ipp", "sumber"] as const;
const OPTIONAL = ["predikat_disebut", "peringkat_disebut", "lokus_disebut", "keputusan", "catatan"] as const;
type Column = (typeof REQUIRED)[number] | (typeof OPTIONAL)[number];

/** One row as read, before the checks that need every row (conflicts, ranks). */
interface Draft {
  readonly row: number;
  readonly tahun: number;
  readonly jenis: "instansi" | "rata-rata";
  readonly tingkat: PublishedFigure["tingkat"];
  readonly nama_sumber: string;
  readonly kode: string | null;
  readonly ipp: Written | null;
  readonly ippText: string | null;
  readonly predikat: string | null;
  readonly rank: { text: string; min: number; max: number } | null;
  readonly lokus: { nama: string; w: Written; teks: string }[];
  readonly keputusan: string | null;
  readonly sumber: string;
  readonly catatan: string | null;
}

/** The profile a year's figures are checked with: the year's own, or the default for years without data. */
export type ProfileFor = (tahun: number) => Profile;

/**
 * Reads data/terbitan/angka-terbitan.csv: one published value per row with
 * its source. Every instansi row must map to one of our instansi; a row that
 * cannot be read or mapped is an error naming file, row and column, never a
 * silent drop. Then each figure is checked against the method of its year
 * and conflicts between sources are marked.
 */
export async function readPublished(
  source: CsvSource,
  o: { master: Master; profileFor: ProfileFor; tally: FileTally },
): Promise<PublishedFigure[]> {
  const { tally, master } = o;
  const find = nameIndex(master);
  const drafts: Draft[] = [];
  let col: Record<Column, number> | undefined;
  const visitor: CsvVisitor = {
    header(cells) {
      col = matchHeader(cells, REQUIRED, OPTIONAL, tally);
    },
    ...unreadableRows(tally),
    record(cells, row) {
      tally.read++;
      if (!col) return tally.reject("header-salah");
      const c = col;
      const get = (k: Column) => (c[k] >= 0 ? cleanText(cells[c[k]] ?? "") : "");
      const fail = (column: Column, message: string) => {
        tally.error("angka-terbitan-tidak-valid", message, { row, column, value: get(column) });
        tally.reject("angka-terbitan-tidak-valid");
      };
      const tahunText = get("tahun");
      if (!/^\d{4}$/.test(tahunText)) return fail("tahun", "tahun harus empat angka");
      const jenis = get("jenis");
      if (jenis !== "instansi" && jenis !== "rata-rata")
        return fail("jenis", 'jenis harus "instansi" atau "rata-rata"');
      const tingkatText = get("tingkat");
      const tingkat = Tingkat.safeParse(tingkatText);
      if (!(tingkat.success || (jenis === "rata-rata" && tingkatText === "nasional")))
        return fail(
          "tingkat",
          `tingkat harus provinsi, kabupaten, kota atau kl${jenis === "rata-rata" ? " (atau nasional untuk rata-rata)" : ""}`,
        );
      const nama = get("instansi");
      if (nama === "") return fail("instansi", "nama instansi kosong");
      let kode: string | null = null;
      if (jenis === "instansi") {
        const m = find(tingkat.data!, nama);
        if (!m.ok)
          return fail(
            "instansi",
            m.reason === "ambigu"
              ? `nama cocok dengan lebih dari satu instansi ${tingkat.data}: ${m.kandidat.join(", ")}`
              : `tidak dapat dipetakan ke instansi ${tingkat.data} mana pun di data master`,
          );
        kode = m.kode;
      }
      const ippText = get("ipp");
      const ipp = ippText === "" ? null : parseWritten(ippText);
      if (ipp === undefined) return fail("ipp", "IPP harus angka dengan paling banyak tiga desimal");
      if (ipp && ipp.units > 5 * UNIT) return fail("ipp", "IPP di luar rentang 0–5");
      const rankText = get("peringkat_disebut");
      const rm = /^(\d+)(?:\s*-\s*(\d+))?$/.exec(rankText);
      if (rankText !== "" && (!rm || Number(rm[1]) < 1 || Number(rm[2] ?? rm[1]) < Number(rm[1])))
        return fail("peringkat_disebut", 'peringkat harus bilangan bulat positif atau rentang seperti "6-7"');
      if (ipp === null && rankText === "") return fail("ipp", "baris tanpa IPP dan tanpa peringkat tidak memuat angka");
      const lokus: Draft["lokus"] = [];
      for (const part of get("lokus_disebut")
        .split(";")
        .map((s) => s.trim())
        .filter(Boolean)) {
        const lm = /^(.*\S)\s+(\d+(?:[.,]\d{1,3})?)$/.exec(part);
        const w = lm ? parseWritten(lm[2]!) : undefined;
        if (!lm || !w) return fail("lokus_disebut", `lokus "${part}" harus berbentuk "Nama 4.63"; dipisah dengan ";"`);
        lokus.push({ nama: lm[1]!, w, teks: lm[2]! });
      }
      if (lokus.length && ipp === null) return fail("lokus_disebut", "nilai lokus tanpa IPP instansi");
      const sumber = get("sumber");
      if (!/^https?:\/\/\S+$/.test(sumber))
        return fail("sumber", "setiap angka harus membawa alamat sumbernya (http…)");
      const opt = (k: Column) => get(k) || null;
      drafts.push({
        row,
        tahun: Number(tahunText),
        jenis,
        tingkat: tingkat.success ? tingkat.data : "nasional",
        nama_sumber: nama,
        kode,
        ipp,
        ippText: ipp ? ippText : null,
        predikat: opt("predikat_disebut"),
        rank: rm ? { text: rankText, min: Number(rm[1]), max: Number(rm[2] ?? rm[1]) } : null,
        lokus,
        keputusan: opt("keputusan"),
        sumber,
        catatan: opt("catatan"),
      });
      tally.used++;
    },
  };
  await readCsv(source, visitor);
  return drafts.map((d) => finish(d, drafts, master, o.profileFor(d.tahun)));
}

const num = (units: number, digits: number, lang: "id" | "en") => formatDecimal(units / UNIT, lang, digits);

/** Checks one figure and writes it out; `all` gives the other rows for conflicts and ranks. */
function finish(d: Draft, all: readonly Draft[], master: Master, profile: Profile): PublishedFigure {
  const id: string[] = [];
  const en: string[] = [];
  let passed = 0;
  let failed = 0;
  const note = (ok: boolean, textId: string, textEn: string) => {
    if (ok) passed++;
    else failed++;
    id.push(textId);
    en.push(textEn);
  };
  const digits = profile.def.pembulatan.desimal;
  const ladder = makeLadder(profile.def.predikat, digits);
  const scaled = d.ipp ? Math.floor((d.ipp.units + UNIT / 10 ** digits / 2) / (UNIT / 10 ** digits)) : null;
  const tangga = scaled === null ? null : predikatOf(ladder, scaled).kode;
  const shown = (w: Written, lang: "id" | "en") => num(w.units, Math.max(w.decimals, 2), lang);

  if (d.ipp && d.lokus.length) {
    const r = lokusMeanCheck(
      d.lokus.map((l) => l.w),
      d.ipp,
    );
    const range = (lang: "id" | "en") => {
      const [a, b] = [unitsText(r.meanLo, 3), unitsText(r.meanHi, 3)];
      return lang === "id" ? `[${a.replace(".", ",")}; ${b.replace(".", ",")})` : `[${a}, ${b})`;
    };
    note(
      r.consistent,
      `Rata-rata ${d.lokus.length} nilai lokus (masing-masing dibulatkan, jadi ±0,005) berada di ${range("id")}; IPP ${shown(d.ipp, "id")} ${r.consistent ? "dapat" : "tidak dapat"} dihasilkan darinya.`,
      `The mean of the ${d.lokus.length} lokus values (each rounded, so ±0.005) lies in ${range("en")}; an IPP of ${shown(d.ipp, "en")} ${r.consistent ? "can" : "cannot"} come from it.`,
    );
  }
  if (d.ipp && d.predikat) {
    const ok = d.predikat === tangga;
    note(
      ok,
      `Predikat ${d.predikat} ${ok ? "sesuai" : "tidak sesuai"} dengan tangga predikat untuk IPP ${shown(d.ipp, "id")} (${tangga}).`,
      `Predikat ${d.predikat} ${ok ? "matches" : "does not match"} the ladder for an IPP of ${shown(d.ipp, "en")} (${tangga}).`,
    );
  }
  if (d.ipp && d.rank) {
    const tie = profile.def.peringkat?.dasar ?? "nilai-dibulatkan";
    const peers = all.filter(
      (o) =>
        o.kode !== d.kode && o.ipp && o.rank && o.tahun === d.tahun && o.tingkat === d.tingkat && o.jenis === d.jenis,
    );
    const clash = peers.filter((o) => {
      const mine = roundingInterval(d.ipp!);
      const theirs = roundingInterval(o.ipp!);
      if (o.rank!.max < d.rank!.min) return theirs.hi <= mine.lo; // ranked above me with a value surely below mine
      if (o.rank!.min > d.rank!.max) return mine.hi <= theirs.lo;
      return false;
    });
    // Equal published values with different ranks need a tie rule on unrounded values.
    const equalApart = peers.filter(
      (o) =>
        o.ipp!.units === d.ipp!.units &&
        o.ipp!.decimals === d.ipp!.decimals &&
        (o.rank!.max < d.rank!.min || o.rank!.min > d.rank!.max),
    );
    const rulesOut = tie === "nilai-dibulatkan" ? equalApart : [];
    const bad = [...clash, ...rulesOut];
    if (peers.length)
      note(
        bad.length === 0,
        bad.length === 0
          ? `Peringkat ${d.rank.text} sesuai dengan urutan ${peers.length} angka lain ${d.tahun} yang dipublikasikan untuk tingkat ini${equalApart.length ? " (nilai sama dengan peringkat berbeda: diurutkan dengan nilai sebelum pembulatan)" : ""}.`
          : `Peringkat ${d.rank.text} bertentangan dengan urutan nilai pada baris ${bad.map((o) => o.row).join(", ")}.`,
        bad.length === 0
          ? `Rank ${d.rank.text} agrees with the order of ${peers.length} other published ${d.tahun} figures for this level${equalApart.length ? " (equal values with different ranks: ranked on unrounded values)" : ""}.`
          : `Rank ${d.rank.text} contradicts the order of the values in rows ${bad.map((o) => o.row).join(", ")}.`,
      );
  }
  if (passed + failed === 0) {
    id.push(
      d.jenis === "rata-rata"
        ? "Rata-rata yang dipublikasikan: cara kementerian merata-ratakan tidak diketahui, jadi tidak dapat dihitung ulang."
        : d.ipp
          ? "Hanya IPP yang dipublikasikan, tanpa predikat, nilai lokus atau peringkat untuk diperiksa."
          : "Hanya peringkat yang dipublikasikan, tanpa nilai.",
    );
    en.push(
      d.jenis === "rata-rata"
        ? "A published average: how the ministry averages is not known, so it cannot be recomputed."
        : d.ipp
          ? "Only the IPP was published, with no predikat, lokus values or rank to check."
          : "Only a rank was published, without a value.",
    );
  }

  const same = all.filter(
    (o) =>
      o !== d &&
      o.tahun === d.tahun &&
      o.jenis === d.jenis &&
      (d.jenis === "instansi" ? o.kode === d.kode : o.tingkat === d.tingkat),
  );
  const who = d.kode ? master.byCode.get(d.kode)! : null;
  return {
    baris: d.row,
    tahun: d.tahun,
    jenis: d.jenis,
    tingkat: d.tingkat,
    nama_sumber: d.nama_sumber,
    kode_instansi: d.kode,
    slug: who?.slug ?? null,
    nama: who?.nama ?? null,
    ipp: d.ipp ? d.ipp.units / UNIT : null,
    ipp_teks: d.ippText,
    predikat_disebut: d.predikat,
    predikat_tangga: tangga,
    peringkat_disebut: d.rank?.text ?? null,
    peringkat_min: d.rank?.min ?? null,
    peringkat_maks: d.rank?.max ?? null,
    lokus: d.lokus.map((l) => ({ nama: l.nama, ipp: l.w.units / UNIT, teks: l.teks })),
    keputusan: d.keputusan,
    sumber: d.sumber,
    catatan: d.catatan,
    pemeriksaan: {
      status: failed ? "tidak-konsisten" : passed ? "konsisten" : "tidak-dapat-diperiksa",
      rincian: id,
      rincian_en: en,
    },
    bertentangan_dengan: same.filter((o) => d.ipp && o.ipp && !canAgree(d.ipp, o.ipp)).map((o) => o.row),
  };
}
