import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { canonicalRows } from "../../../src/lib/release/canonical.ts";
import { checkFrozen } from "../../../src/lib/release/check.ts";
import { ErrataFile, ReleaseRecord } from "../../../src/lib/schema/release.ts";
import { copyInput, runData, tempDir } from "../../support/cli.ts";

/**
 * npm run release and npm run data on the golden fixture (test/fixtures/golden):
 * its 2024 edition is committed frozen (rilis/2024.json) with one erratum
 * (ralat/2024.json); 2023 is a draft.
 */
const FIXTURE = "test/fixtures/golden";
const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

function runRelease(args: readonly string[]) {
  return spawnSync(process.execPath, ["scripts/release.ts", ...args], { encoding: "utf8", timeout: 60_000 });
}
function input(): string {
  const dir = copyInput(FIXTURE);
  made.push(dir);
  return dir;
}
function build(dir: string) {
  const out = tempDir("keluaran");
  made.push(out);
  return runData(["--input", dir, "--out", `${out}/data`]);
}
const sha = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");

describe("npm run release: freezing an edition", () => {
  it("freezes a fixture year: its input files by SHA-256, its results in canonical form; then builds it", () => {
    const dir = input();
    const r = runRelease(["2023", "--input", dir, "--tanggal", "2026-03-01"]);
    expect(r.stderr).toBe("");
    expect(r.stdout).toMatch(/Edisi 2023 dibekukan \(sampel, tanggal 2026-03-01\): 2 berkas masukan, 5 baris hasil/);
    const record = ReleaseRecord.parse(JSON.parse(readFileSync(`${dir}/rilis/2023.json`, "utf8")));
    expect(record.berkas).toEqual([
      { berkas: "pekppp/hasil.csv", sha256: sha(`${dir}/2023/pekppp/hasil.csv`) },
      { berkas: "tahun.json", sha256: sha(`${dir}/2023/tahun.json`) },
    ]);
    const published = readFileSync(`${dir}/2023/pekppp/hasil.csv`, "utf8").trim().split("\n").slice(1);
    expect(record.hasil.baris.map((b) => b.kunci)).toEqual(published.map((l) => l.split(/[,;]/)[0]).sort());
    expect(build(dir).status).toBe(0);
    // Frozen is frozen: a second freeze is refused and the record left as it was.
    const again = runRelease(["2023", "--input", dir]);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/edisi 2023 sudah dibekukan pada 2026-03-01/);
  });

  it("makes the committed fixture record from the data as first released (the erratum then corrected it)", () => {
    const dir = input();
    rmSync(`${dir}/rilis`, { recursive: true });
    rmSync(`${dir}/ralat`, { recursive: true });
    const f02 = `${dir}/2024/pekppp/f02.csv`;
    const lines = readFileSync(f02, "utf8").split("\n");
    lines[1] = lines[1]!.replace(/,5$/, ",0"); // the typing error of the first release
    writeFileSync(f02, lines.join("\n"));
    expect(runRelease(["2024", "--input", dir, "--tanggal", "2026-01-15"]).status).toBe(0);
    expect(readFileSync(`${dir}/rilis/2024.json`, "utf8")).toBe(readFileSync(`${FIXTURE}/rilis/2024.json`, "utf8"));
    cpSync(`${FIXTURE}/2024/pekppp/f02.csv`, f02);
    const alasan = JSON.parse(readFileSync(`${FIXTURE}/ralat/2024.json`, "utf8")).ralat[0].alasan;
    const r = runRelease(["2024", "--input", dir, "--tanggal", "2026-02-03", "--ralat", alasan]);
    expect(r.stdout).toMatch(/pekppp 34, ipp: 4\.06 → 4\.11/);
    expect(readFileSync(`${dir}/ralat/2024.json`, "utf8")).toBe(readFileSync(`${FIXTURE}/ralat/2024.json`, "utf8"));
  });

  it("refuses an official year that names no decree", () => {
    const dir = input();
    writeFileSync(`${dir}/2023/tahun.json`, '{ "status": "official" }\n');
    const r = runRelease(["2023", "--input", dir]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/tahun 2023 berstatus resmi tetapi tidak menyebut keputusannya/);
    expect(existsSync(`${dir}/rilis/2023.json`)).toBe(false);
  });
});

describe("npm run data: a frozen edition's numbers cannot change", () => {
  it("builds the frozen fixture with its erratum", () => {
    const r = build(input());
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
  });

  it("fails when a frozen input changes, naming the file (and the results it changed)", () => {
    const dir = input();
    const f02 = `${dir}/2024/pekppp/f02.csv`;
    writeFileSync(f02, readFileSync(f02, "utf8").replace("\n34,Dinas Sosial,1,5\n", "\n34,Dinas Sosial,1,4\n"));
    const r = build(dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`GALAT ${dir}/2024/pekppp/f02.csv: isi berkas berubah sejak edisi dibekukan`);
    expect(r.stderr).toContain(
      `GALAT ${dir}/rilis/2024.json, kolom ipp: instansi 34 (Provinsi Daerah Istimewa Yogyakarta): ipp berubah dari 4.11 menjadi`,
    );
    expect(r.stderr).toMatch(/npm run release -- 2024 --ralat/);
  });

  it("fails when a frozen result changes with the same inputs (another rounding), naming instansi and column", () => {
    const dir = input();
    cpSync("data/methodology", `${dir}/methodology`, { recursive: true });
    const path = `${dir}/methodology/pekppp-2022.json`;
    const profile = JSON.parse(readFileSync(path, "utf8"));
    profile.pembulatan.desimal = 3;
    writeFileSync(path, JSON.stringify(profile, null, 2));
    const r = build(dir);
    expect(r.status).toBe(1);
    expect(r.stderr).not.toMatch(/isi berkas berubah/);
    expect(r.stderr).toMatch(
      /GALAT \S+\/rilis\/2024\.json, kolom ipp: instansi 32\.73 \(Kota Bandung\): ipp berubah dari 1\.04 menjadi 1\.0\d+/,
    );
  });

  it("passes a change of format only: the product's JSON re-indented, keys reordered, a new column, CSV numbers rewritten", async () => {
    const dir = input();
    const out = tempDir("keluaran");
    made.push(out);
    expect(runData(["--input", dir, "--out", `${out}/data`]).status).toBe(0);
    const product = JSON.parse(readFileSync(`${out}/data/2024/pekppp-instansi.json`, "utf8"));
    product.instansi = product.instansi.map((r: Record<string, unknown>) =>
      Object.fromEntries([...Object.entries(r), ["kolom_baru", 1]].reverse()),
    );
    const files = new Map([
      ["pekppp-instansi.json", JSON.stringify(product, null, 4)],
      [
        "pekppp-instansi.csv",
        readFileSync(`${out}/data/2024/pekppp-instansi.csv`, "utf8").replace(/\.(\d)0\b/g, ".$1"),
      ],
    ]);
    const inputs = new Map(
      ["pekppp/f02.csv", "pekppp/f03.csv", "tahun.json"].map((f) => [f, sha(`${dir}/2024/${f}`)] as const),
    );
    const problems = await checkFrozen({
      record: ReleaseRecord.parse(JSON.parse(readFileSync(`${dir}/rilis/2024.json`, "utf8"))),
      errata: ErrataFile.parse(JSON.parse(readFileSync(`${dir}/ralat/2024.json`, "utf8"))),
      inputs,
      rows: canonicalRows(files),
      now: { status: "sample", profil: "pekppp-2022", keputusan: null },
    });
    expect(problems).toEqual([]);
    // …while one number changed is found.
    product.instansi[0].peringkat_nasional += 1;
    files.set("pekppp-instansi.json", JSON.stringify(product));
    const changed = await checkFrozen({
      record: ReleaseRecord.parse(JSON.parse(readFileSync(`${dir}/rilis/2024.json`, "utf8"))),
      errata: ErrataFile.parse(JSON.parse(readFileSync(`${dir}/ralat/2024.json`, "utf8"))),
      inputs,
      rows: canonicalRows(files),
      now: { status: "sample", profil: "pekppp-2022", keputusan: null },
    });
    expect(changed.map((p) => [p.kode, p.column])).toEqual([[product.instansi[0].kode_instansi, "peringkat_nasional"]]);
  });
});
