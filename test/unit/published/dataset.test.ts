import { readFile } from "node:fs/promises";
import { beforeAll, describe, expect, it } from "vitest";
import type { Master } from "../../../src/lib/regions/master.ts";
import type { Profile } from "../../../src/lib/method/profile.ts";
import { readPublished } from "../../../src/lib/published/read.ts";
import type { PublishedFigure } from "../../../src/lib/schema/published.ts";
import { FileTally } from "../../../src/lib/validate/issues.ts";
import { loadMaster, loadProfiles, PROJECT_DATA } from "../../../scripts/lib/sources.ts";

/**
 * Every row of the shipped dataset (data/terbitan/angka-terbitan.csv): the
 * instansi it maps to, the outcome of the check and the rows it conflicts
 * with, written out here by hand from the sources (methodology.md §4, §7),
 * so a slip in the mapping or the checks fails here.
 */
const K = "konsisten";
const X = "tidak-konsisten";
const N = "tidak-dapat-diperiksa";
const EXPECTED: readonly [baris: number, kode: string | null, status: string, conflicts?: number[]][] = [
  [2, "32", K], // 2024 Jawa Barat 4.76, 1st
  [3, "35", K], // Jawa Timur 4.63, 2nd
  [4, "35", K], // Jawa Timur 4.633: agrees with 4.63, not a conflict
  [5, "34", K],
  [6, "16", K],
  [7, "63", K],
  [8, "31", K], // DKI Jakarta 4.53, "6-7"
  [9, "33", K], // Jawa Tengah 4.53, "6-7"
  [10, "15", K, [11]], // Jambi 3.68 B
  [11, "15", N, [10]], // Jambi 3.67: conflicts with 3.68
  [12, "33.01", N], // Cilacap: rank only
  [13, "35.15", K],
  [14, "34.04", K], // Sleman: lokus 4.59/4.66/4.63 → 4.63
  [15, "35.09", K], // Jember: lokus → 4.62
  [16, "32.09", K], // Cirebon 4.24 A-
  [17, "35.77", K], // Kota Madiun: 4.73/4.63/4.63 → [4.658, 4.668) can give 4.67
  [18, "33.73", K], // Kota Salatiga
  [19, "33.71", K], // Kota Magelang
  [20, "35.78", K], // Kota Surabaya
  [21, "35.73", K, [22, 23]], // Kota Malang 4.54
  [22, "35.73", X, [21]], // Kota Malang 4.57 with lokus averaging 4.66: not consistent
  [23, "35.73", N, [21]],
  [24, "35.76", N], // Kota Mojokerto 4.19
  [25, null, N], // rata-rata K/L 2024
  [26, null, N], // rata-rata nasional 2024
  [27, "35", N],
  [28, "63", N],
  [29, "35.09", K],
  [30, "32.09", K],
  [31, "35.77", N],
  [32, "35.76", N],
  [33, null, N], // rata-rata K/L 2023
  [34, "KL.054", K], // BPS 4.92 A
  [35, "35", K],
  [36, "31", K],
  [37, "33", K],
  [38, "61", K],
  [39, "34", K],
  [40, "51", K],
  [41, "32", K],
  [42, "11", K],
  [43, "63", K],
  [44, "75", K],
  [45, "21", K],
  [46, "12", K], // Sumatera Utara 4.27, 16th
  [47, "14", K], // Riau 4.27, 17th: equal values apart, as the unrounded tie rule allows
  [48, "18", K],
  [49, "17", K],
  [50, "15", K], // Jambi 2025 4.03 A-, 23rd
  [51, "32.11", K], // Kab. Sumedang
  [52, "34.04", K],
  [53, "33.25", K], // Kab. Batang 4.69, 3rd
  [54, "35.17", K], // Kab. Jombang 4.69, 4th
  [55, "34.02", K],
  [56, "35.22", K],
  [57, "35.09", K],
  [58, "35.06", K], // Kab. Kediri, not Kota Kediri
  [59, "35.20", K],
  [60, "15.08", K], // Kab. Bungo 2.18 C-
  [61, "35.78", K],
  [62, "35.76", N],
  [63, "35.71", K], // Kota Kediri
  [64, "35.79", K], // Kota Batu
  [65, "53.71", K], // Kota Kupang 4.02 A-
];

let master: Master;
let profile: Profile;
let figures: PublishedFigure[];
let tally: FileTally;

beforeAll(async () => {
  [master, { profile }] = await Promise.all([
    loadMaster(PROJECT_DATA),
    loadProfiles(PROJECT_DATA).then((p) => ({ profile: p.get("pekppp-2022")! })),
  ]);
  tally = new FileTally("data/terbitan/angka-terbitan.csv");
  figures = await readPublished(await readFile(`${PROJECT_DATA}/terbitan/angka-terbitan.csv`, "utf8"), {
    master,
    profileFor: () => profile,
    tally,
  });
});

describe("the shipped published figures", () => {
  it("reads every row without a problem", () => {
    expect(tally.issues).toEqual([]);
    expect([tally.read, tally.used]).toEqual([EXPECTED.length, EXPECTED.length]);
    expect(figures.map((f) => f.baris)).toEqual(EXPECTED.map((e) => e[0]));
  });

  it.each(EXPECTED)("row %i maps to %s and is %s", (baris, kode, status, conflicts = []) => {
    const f = figures.find((x) => x.baris === baris)!;
    expect(f.kode_instansi).toBe(kode);
    if (kode) expect(master.byCode.get(kode)!.tingkat).toBe(f.tingkat);
    expect(f.pemeriksaan.status).toBe(status);
    expect(f.bertentangan_dengan).toEqual(conflicts);
    expect(f.pemeriksaan.rincian).toHaveLength(f.pemeriksaan.rincian_en.length);
    expect(f.sumber).toMatch(/^https:\/\//);
  });

  it("explains the recomputation from rounded lokus values as an interval", () => {
    const madiun = figures.find((f) => f.baris === 17)!;
    expect(madiun.pemeriksaan.rincian[0]).toBe(
      "Rata-rata 3 nilai lokus (masing-masing dibulatkan, jadi ±0,005) berada di [4,658; 4,668); IPP 4,67 dapat dihasilkan darinya.",
    );
    const malang = figures.find((f) => f.baris === 22)!;
    expect(malang.pemeriksaan.rincian_en[0]).toBe(
      "The mean of the 3 lokus values (each rounded, so ±0.005) lies in [4.651, 4.661); an IPP of 4.57 cannot come from it.",
    );
  });

  it("keeps values as written, with their ladder predikat", () => {
    const jatim = figures.find((f) => f.baris === 4)!;
    expect([jatim.ipp, jatim.ipp_teks, jatim.predikat_tangga]).toEqual([4.633, "4.633", "A"]);
    const sumsel = figures.find((f) => f.baris === 6)!;
    expect([sumsel.ipp, sumsel.ipp_teks]).toEqual([4.6, "4.60"]);
    const dki = figures.find((f) => f.baris === 8)!;
    expect([dki.peringkat_min, dki.peringkat_maks]).toEqual([6, 7]);
  });
});
