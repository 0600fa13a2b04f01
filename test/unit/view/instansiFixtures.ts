import { readFileSync } from "node:fs";
import { join } from "node:path";
import { MethodologyProfile } from "../../../src/lib/schema/methodology.ts";
import type { Instansi } from "../../../src/lib/schema/master.ts";
import type { InstansiResult, LokusResult } from "../../../src/lib/schema/output.ts";
import type { YearSlice } from "../../../src/lib/view/instansiHistory.ts";

/** Small hand-made years for the view tests: every case the sample data never has (ties, gaps, published-only, no F-03). */
export const profile = MethodologyProfile.parse(
  JSON.parse(readFileSync(join(process.cwd(), "data/methodology/pekppp-2022.json"), "utf8")),
);

const PREDIKAT: [number, string][] = [
  [4.51, "A"],
  [4.01, "A-"],
  [3.51, "B"],
  [3.01, "B-"],
  [2.51, "C"],
  [2.01, "C-"],
  [1.51, "D"],
  [1.01, "E"],
  [0, "F"],
];
const predikatOf = (ipp: number) => PREDIKAT.find(([lo]) => ipp >= lo)![1];

export function master(
  kode: string,
  nama: string,
  tingkat: Instansi["tingkat"],
  kode_provinsi: string | null,
): Instansi {
  return {
    kode,
    nama,
    nama_pendek: nama,
    tingkat,
    kode_provinsi,
    slug: nama.toLowerCase().replace(/[^a-z0-9]+/g, "-"),
  };
}

type Base = Pick<InstansiResult, "kode_instansi" | "nama" | "tingkat" | "kode_provinsi" | "ipp">;

export function result(b: Base, over: Partial<InstansiResult> = {}): InstansiResult {
  const aspect = (d: number) => Math.min(5, Math.round((b.ipp + d) * 100) / 100);
  return {
    ...b,
    predikat: predikatOf(b.ipp),
    peringkat_nasional: 1,
    peringkat_provinsi: b.tingkat === "kabupaten" || b.tingkat === "kota" ? 1 : null,
    aspek_kebijakan: aspect(0.2),
    aspek_sdm: aspect(0.1),
    aspek_sarpras: aspect(0),
    aspek_sipp: aspect(-0.5),
    aspek_pengaduan: aspect(-0.1),
    aspek_inovasi: aspect(0.3),
    f02: b.ipp,
    f03: b.ipp,
    jumlah_lokus: 3,
    slug: b.nama.toLowerCase().replace(/[^a-z0-9]+/g, "-"),
    asal_nilai: "dihitung",
    jarak_naik: null,
    jarak_turun: null,
    jumlah_peserta_tingkat: 1,
    jumlah_peserta_provinsi: b.tingkat === "kabupaten" || b.tingkat === "kota" ? 1 : null,
    lokus_tanpa_f03: 0,
    rekomendasi: [],
    ...over,
  };
}

export function lokus(kode: string, nama: string, ipp: number, over: Partial<LokusResult> = {}): LokusResult {
  return {
    kode_instansi: kode,
    lokus: nama,
    ipp,
    ipp_presisi: ipp,
    predikat: predikatOf(ipp),
    aspek_kebijakan: ipp,
    aspek_sdm: ipp,
    aspek_sarpras: ipp,
    aspek_sipp: ipp,
    aspek_pengaduan: ipp,
    aspek_inovasi: ipp,
    f02: ipp,
    f03: ipp,
    jumlah_responden: 15,
    tanpa_f03: false,
    ...over,
  };
}

export function slice(tahun: number, rows: InstansiResult[]): YearSlice {
  return { year: tahun, rows, byCode: new Map(rows.map((r) => [r.kode_instansi, r])) };
}
