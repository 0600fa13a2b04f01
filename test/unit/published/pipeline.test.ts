import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { PublishedData } from "../../../src/lib/schema/published.ts";
import { Manifest } from "../../../src/lib/schema/output.ts";
import { runPipeline } from "../../support/runPipeline.ts";

const HEADER =
  "tahun,jenis,tingkat,instansi,ipp,predikat_disebut,peringkat_disebut,lokus_disebut,keputusan,sumber,catatan";
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** The golden fixture plus a terbitan/angka-terbitan.csv of the given rows. */
function input(rows: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), "ipp-terbitan-"));
  dirs.push(dir);
  cpSync("test/fixtures/golden", dir, { recursive: true });
  mkdirSync(join(dir, "terbitan"));
  writeFileSync(join(dir, "terbitan", "angka-terbitan.csv"), [HEADER, ...rows].join("\n") + "\n");
  return dir;
}

describe("published figures in the data build", () => {
  it("are written beside the results, listed in the manifest, and checked with the year's profile", async () => {
    const run = await runPipeline(
      input([
        "2024,instansi,kota,Madiun,4.67,A,3,Disdukcapil 4.73; Dinas Sosial 4.63; RSUD 4.63,Kepmen PANRB 659/2024,https://jatimpedia.io/?p=5059,",
        "2024,rata-rata,kl,rata-rata K/L,4.39,,,,,https://infopublik.id/x,",
      ]),
    );
    try {
      expect(run.outcome.ok).toBe(true);
      expect(run.outcome.messages.filter((m) => m.includes("angka-terbitan"))).toEqual([]);
      const manifest = Manifest.parse(JSON.parse(run.files.get("manifest.json")!));
      expect(manifest.angka_terbitan).toEqual(["angka-terbitan.json", "angka-terbitan.csv"]);
      const data = PublishedData.parse(JSON.parse(run.files.get("angka-terbitan.json")!));
      expect(data.profil).toEqual({ "2024": "pekppp-2022" });
      expect(data.angka.map((a) => [a.kode_instansi, a.slug, a.pemeriksaan.status])).toEqual([
        ["35.77", "kota-madiun", "konsisten"],
        [null, null, "tidak-dapat-diperiksa"],
      ]);
      expect(run.files.get("angka-terbitan.csv")!.split("\n")[1]).toBe(
        '2,2024,instansi,kota,Madiun,35.77,Kota Madiun,4.67,A,A,3,"Disdukcapil 4.73; Dinas Sosial 4.63; RSUD 4.63",Kepmen PANRB 659/2024,https://jatimpedia.io/?p=5059,,konsisten,',
      );
    } finally {
      run.cleanup();
    }
  });

  it("fail the build on a row that cannot be mapped, naming file, row and column", async () => {
    const dir = input([
      "2024,instansi,kota,Madiun,4.67,,,,Kepmen,https://a.id/b,",
      "2024,instansi,kota,Kota Gotham,4.10,,,,Kepmen,https://a.id/c,",
    ]);
    const run = await runPipeline(dir);
    try {
      expect(run.outcome.ok).toBe(false);
      expect(run.outcome.messages.filter((m) => m.startsWith("GALAT"))).toEqual([
        `GALAT ${dir}/terbitan/angka-terbitan.csv, baris 3, kolom instansi: tidak dapat dipetakan ke instansi kota mana pun di data master (nilai: "Kota Gotham")`,
      ]);
      expect([...run.files.keys()].filter((f) => !f.endsWith("validasi.json"))).toEqual([]);
    } finally {
      run.cleanup();
    }
  });
});
