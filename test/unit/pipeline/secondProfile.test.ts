import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LokusData, Manifest, Summary, YearData } from "../../../src/lib/schema/output.ts";
import { runPipeline } from "../../support/runPipeline.ts";

/**
 * A second, fictitious profile (test/fixtures/profil-lain: four aspects,
 * other weights, an 80/20 blend, a five-step ladder, ranks on rounded values)
 * through the whole data build: the columns, the fields and the grades come
 * from the profile, and every file equals test/golden-profil-lain/<path>
 * (written for review when missing, never in CI).
 */
const INPUT = "test/fixtures/profil-lain";
const GOLDEN = "test/golden-profil-lain";

let run: Awaited<ReturnType<typeof runPipeline>>;
const dirs: string[] = [];
beforeAll(async () => {
  run = await runPipeline(INPUT);
});
afterAll(() => {
  run.cleanup();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe("a year scored with another profile", () => {
  it("builds and records the profile in the manifest", () => {
    expect(run.outcome.ok).toBe(true);
    const manifest = Manifest.parse(JSON.parse(run.files.get("manifest.json")!));
    expect(manifest.tahun.map((t) => [t.tahun, t.profil])).toEqual([[2030, "uji-empat-aspek"]]);
    expect([...run.files.keys()]).toContain("metodologi/uji-empat-aspek.json");
  });

  it("writes one aspect column per aspect of the profile, in its order", () => {
    const header = (name: string) => run.files.get(`2030/${name}`)!.split("\n")[0]!.split(",");
    expect(header("pekppp-instansi.csv").filter((c) => c.startsWith("aspek_"))).toEqual([
      "aspek_kebijakan",
      "aspek_sdm",
      "aspek_sarpras",
      "aspek_inovasi",
    ]);
    expect(header("pekppp-lokus.csv").filter((c) => c.startsWith("aspek_"))).toHaveLength(4);
    const year = YearData.parse(JSON.parse(run.files.get("2030/pekppp-instansi.json")!));
    expect(Object.keys(year.instansi[0]!).filter((k) => k.startsWith("aspek_"))).toHaveLength(4);
    LokusData.parse(JSON.parse(run.files.get("2030/pekppp-lokus.json")!));
  });

  it("grades on the profile's own ladder and counts its steps in the summary", () => {
    const year = YearData.parse(JSON.parse(run.files.get("2030/pekppp-instansi.json")!));
    const bounds: [number, string][] = [
      [4.01, "A"],
      [3.01, "B"],
      [2.01, "C"],
      [1.01, "D"],
      [0, "E"],
    ];
    for (const r of year.instansi) expect(r.predikat).toBe(bounds.find(([lo]) => r.ipp >= lo)![1]);
    expect(year.instansi.find((r) => r.kode_instansi === "35.78")).toMatchObject({ ipp: 5, predikat: "A" });
    const summary = Summary.parse(JSON.parse(run.files.get("2030/ringkasan.json")!));
    expect(Object.keys(summary.per_tingkat[0]!.predikat)).toEqual(["A", "B", "C", "D", "E"]);
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
        changed.push(name);
        writeFileSync(golden.replace(/(\.\w+)$/, "-changed$1"), text);
      }
    }
    expect(changed).toEqual([]);
  });

  it("refuses a year whose files do not fit its profile, naming file, row and column", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ipp-profil-"));
    dirs.push(dir);
    cpSync(INPUT, dir, { recursive: true });
    const f02 = join(dir, "2030/pekppp/f02.csv");
    // Indicator 30 (30.f.B) exists in pekppp-2022 but not in this four-aspect profile of 22 indicators.
    writeFileSync(f02, `${readFileSync(f02, "utf8")}32,Dinas Pendidikan,30,4\n`);
    const bad = await runPipeline(dir);
    try {
      expect(bad.outcome.ok).toBe(false);
      const errors = bad.outcome.messages.filter((m) => m.startsWith("GALAT"));
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(
        new RegExp(`^GALAT ${f02.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}, baris 178, kolom indikator: `),
      );
    } finally {
      bad.cleanup();
    }
  });
});
