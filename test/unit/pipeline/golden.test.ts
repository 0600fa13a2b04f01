import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runPipeline } from "../../support/runPipeline.ts";
import {
  InstansiIndex,
  LokusData,
  Manifest,
  Summary,
  ValidationReport,
  YearData,
} from "../../../src/lib/schema/output.ts";

/**
 * A small fixture (test/fixtures/golden: 2024 with F-02 and F-03 in two CSV
 * dialects, 2023 with published results only) runs through the whole build;
 * every file written must equal test/golden/<path>. A missing golden file is
 * written for review (never in CI); a mismatch leaves <name>-changed.<ext>
 * beside it to diff.
 */
const INPUT = "test/fixtures/golden";
const GOLDEN = "test/golden";

let run: Awaited<ReturnType<typeof runPipeline>>;
beforeAll(async () => {
  run = await runPipeline(INPUT);
});
afterAll(() => run.cleanup());

describe("golden: the whole pipeline on a small fixture", () => {
  it("succeeds and writes the expected set of files", () => {
    expect(run.outcome.ok).toBe(true);
    expect([...run.files.keys()]).toEqual([
      "2023/pekppp-instansi.csv",
      "2023/pekppp-instansi.json",
      "2023/pekppp-lokus.csv",
      "2023/pekppp-lokus.json",
      "2023/perubahan.csv",
      "2023/perubahan.json",
      "2023/ringkasan.json",
      "2023/validasi.json",
      "2024/pekppp-instansi.csv",
      "2024/pekppp-instansi.json",
      "2024/pekppp-lokus.csv",
      "2024/pekppp-lokus.json",
      "2024/perubahan.csv",
      "2024/perubahan.json",
      "2024/ringkasan.json",
      "2024/validasi.json",
      "instansi.json",
      "manifest.json",
      "metodologi/pekppp-2022.json",
      "ralat.json",
    ]);
  });

  it("matches every golden file byte for byte", () => {
    const changed: string[] = [];
    for (const [name, text] of run.files) {
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
    const y2024 = JSON.parse(run.files.get("2024/pekppp-instansi.json")!) as YearData;
    const y2023 = JSON.parse(run.files.get("2023/pekppp-instansi.json")!) as YearData;
    const by = (y: YearData, k: string) => y.instansi.find((r) => r.kode_instansi === k)!;
    // Sleman sits exactly on the A boundary; Bandung has one lokus and no F-03.
    expect(by(y2024, "34.04")).toMatchObject({
      ipp: 4.51,
      predikat: "A",
      peringkat_nasional: 1,
      jarak_turun: 0.01,
      jarak_naik: null,
    });
    expect(by(y2024, "32.73")).toMatchObject({ jumlah_lokus: 1, f03: null, lokus_tanpa_f03: 1, predikat: "E" });
    // 2023 has ties that share a rank, and published-only rows have no aspects.
    expect([by(y2023, "32").peringkat_nasional, by(y2023, "34").peringkat_nasional]).toEqual([1, 1]);
    expect([
      by(y2023, "34.02").peringkat_nasional,
      by(y2023, "34.04").peringkat_nasional,
      by(y2023, "34.71").peringkat_provinsi,
    ]).toEqual([1, 1, 3]);
    expect(by(y2023, "34.04")).toMatchObject({ asal_nilai: "dipublikasikan", aspek_kebijakan: null, rekomendasi: [] });
    expect(y2024.status).toBe("sample");
  });

  it("writes JSON that its schemas accept", () => {
    const schemas: [RegExp, { parse: (v: unknown) => unknown }][] = [
      [/pekppp-instansi\.json$/, YearData],
      [/pekppp-lokus\.json$/, LokusData],
      [/ringkasan\.json$/, Summary],
      [/validasi\.json$/, ValidationReport],
      [/^manifest\.json$/, Manifest],
      [/^instansi\.json$/, InstansiIndex],
    ];
    let checked = 0;
    for (const [name, text] of run.files)
      for (const [re, schema] of schemas)
        if (re.test(name)) {
          expect(() => schema.parse(JSON.parse(text)), name).not.toThrow();
          checked++;
        }
    expect(checked).toBe(10);
  });

  it("accounts for every input row: read = used + rejected", () => {
    for (const y of run.outcome.years)
      for (const f of y.report.berkas) expect(f.baris_dibaca).toBe(f.baris_dipakai + f.baris_ditolak);
    const f03 = run.outcome.years
      .find((y) => y.tahun === 2024)!
      .report.berkas.find((f) => f.berkas.endsWith("f03.csv"))!;
    expect(f03).toMatchObject({ baris_dibaca: 2310, baris_dipakai: 2310, baris_ditolak: 0 });
  });
});

describe("determinism", () => {
  it("gives byte-identical output for the same input", async () => {
    const again = await runPipeline(INPUT);
    again.cleanup();
    expect([...again.files]).toEqual([...run.files]);
  });
});
