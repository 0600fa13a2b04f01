import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MppYear, RkrYear } from "../../../src/lib/schema/evaluation.ts";
import { ValidationReport } from "../../../src/lib/schema/output.ts";
import { runPipeline } from "../../support/runPipeline.ts";

/**
 * MPP and Ramah Kelompok Rentan through the whole data build: a 2024 year
 * (test/fixtures/golden-evaluasi) whose units sit on the tier boundaries,
 * in both CSV dialects. Every file of theirs must equal
 * test/golden-evaluasi/<path>; a missing golden file is written for review
 * (never in CI), a mismatch leaves <name>-changed.<ext> beside it.
 */
const INPUT = "test/fixtures/golden-evaluasi";
const GOLDEN = "test/golden-evaluasi";
const OURS = ["2024/mpp.csv", "2024/mpp.json", "2024/rkr-unit.csv", "2024/rkr-unit.json", "2024/validasi.json"];

let run: Awaited<ReturnType<typeof runPipeline>>;
beforeAll(async () => {
  run = await runPipeline(INPUT);
});
afterAll(() => run.cleanup());

describe("golden: MPP and Ramah Kelompok Rentan", () => {
  it("succeeds and writes both evaluations and their profiles", () => {
    expect(run.outcome.messages).toEqual([]);
    expect(run.outcome.ok).toBe(true);
    for (const f of [...OURS, "metodologi/mpp-2022.json", "metodologi/rkr-2022.json"])
      expect(run.files.has(f), f).toBe(true);
    const manifest = JSON.parse(run.files.get("manifest.json")!) as { tahun: { berkas: string[] }[] };
    expect(manifest.tahun[0]!.berkas).toEqual(expect.arrayContaining(OURS));
  });

  it("matches every golden file byte for byte", () => {
    const changed: string[] = [];
    for (const name of OURS) {
      const text = run.files.get(name)!;
      const golden = `${GOLDEN}/${name}`;
      if (!existsSync(golden)) {
        if (process.env.CI) throw new Error(`${golden} is missing`);
        mkdirSync(dirname(golden), { recursive: true });
        writeFileSync(golden, text);
        continue;
      }
      if (readFileSync(golden, "utf8") !== text) {
        writeFileSync(golden.replace(/(\.\w+)$/, "-changed$1"), text);
        changed.push(name);
      }
    }
    expect(changed).toEqual([]);
  });

  it("holds the facts the fixture was built to show", () => {
    const mpp = MppYear.parse(JSON.parse(run.files.get("2024/mpp.json")!));
    const rkr = RkrYear.parse(JSON.parse(run.files.get("2024/rkr-unit.json")!));
    ValidationReport.parse(JSON.parse(run.files.get("2024/validasi.json")!));
    expect(mpp.status).toBe("sample");
    expect(mpp.mpp.map((r) => [r.kode_instansi, r.nilai, r.kategori, r.peringkat])).toEqual([
      ["51.03", 91.38, "Prima", 1], // 91.375 half-up
      ["34.04", 85, "Prima", 2], // 84.995 → 85.00, tied with Balikpapan
      ["64.71", 85, "Prima", 2],
      ["32.73", 84.99, "Baik", 4], // 84.9925
      ["31", 70, "Baik", 5], // "70,00", a decimal comma in quotes
      ["13.71", 54.99, "Kurang", 6],
    ]);
    expect(mpp.mpp.find((r) => r.kode_instansi === "31")).toMatchObject({ tingkat: "provinsi", tahun_operasi: 2017 });
    expect(rkr.unit.map((r) => [r.unit, r.nilai, r.kategori, r.jumlah_sarana])).toEqual([
      ["Dinas Perpustakaan dan Kearsipan", 100, "Sangat Ramah", 12],
      ["RSUD Provinsi NTB", 85, "Sangat Ramah", 12],
      ["RSUD Sleman", 84.99, "Ramah", 10], // 16.666… + 68.328
      ["Disdukcapil", 69.99, "Cukup Ramah", 0],
      ["Kantor Kesehatan Pelabuhan", 55, "Cukup Ramah", 6],
    ]);
    expect(rkr.unit[4]!.sarana_ada).toEqual([
      "parkir_khusus",
      "jalur_pemandu",
      "ramp",
      "pegangan_rambat",
      "kursi_roda",
      "kursi_prioritas",
    ]);
    expect(rkr.unit[2]!.aspek.sarana).toBe(83.33);
  });
});
