import { rmSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { keptReports, runData, tempDir } from "../../support/cli.ts";

afterAll(() => keptReports.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** The data build's command line: exit codes and what it prints. */
function run(input: string, ...args: string[]) {
  const out = tempDir("cli");
  const r = runData(["--input", input, "--out", out, ...args]);
  rmSync(out, { recursive: true, force: true });
  return r;
}

describe("npm run data", () => {
  it("exits 0 and summarises each year on good input", () => {
    const r = run("test/fixtures/golden");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(
      "2024: ok, 0 galat, 2 peringatan (f02.csv: 510 baris, 510 dipakai, 0 ditolak; f03.csv: 2310 baris, 2310 dipakai, 0 ditolak)",
    );
  });

  it("exits 1 and lists every error, not just the first", () => {
    const r = run("test/fixtures/bad/f02-lokus-tidak-lengkap");
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(
      'GALAT test/fixtures/bad/f02-lokus-tidak-lengkap/2024/pekppp/f02.csv, baris 32, kolom indikator: lokus "Dinas Sosial" instansi 34.04 tidak punya indikator 24.d.T, 30.f.B',
    );
    expect(r.stderr).toContain("Data tidak diterbitkan: 1 galat.");
  });

  it("lists all errors of a file with several", () => {
    const r = run("test/fixtures/bad/hasil-predikat-tidak-cocok");
    expect(r.status).toBe(1);
    expect(r.stderr.match(/^GALAT /gm)).toHaveLength(1);
    const many = run("test/fixtures/bad/f02-koma-desimal-tanpa-kutip");
    expect(many.stderr.match(/^GALAT /gm)).toHaveLength(2);
  });

  it("takes --threads N (N ≥ 1) and refuses anything else", () => {
    expect(run("test/fixtures/golden", "--threads", "1").status).toBe(0);
    expect(run("test/fixtures/golden", "--threads", "3").status).toBe(0);
    const bad = run("test/fixtures/golden", "--threads", "0");
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('--threads harus bilangan bulat ≥ 1, bukan "0"');
  });
});
