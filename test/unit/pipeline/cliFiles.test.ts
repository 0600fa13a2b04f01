import { execFileSync } from "node:child_process";
import { chmodSync, rmSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { copyInput, keptReports, runData, tempDir } from "../../support/cli.ts";

/**
 * Input files git cannot hold: named pipes, devices, files without read
 * permission. Each is refused with a message naming it, never taken for an
 * absent file, and a pipe never blocks the build. Permissions are tested as
 * the unprivileged user `nobody` when the tests run as root (root reads any
 * file whatever its mode, so a mode alone would not fail).
 */
const made: string[] = [];
afterAll(() => [...made, ...keptReports].forEach((d) => rmSync(d, { recursive: true, force: true })));
const GOLDEN = "test/fixtures/golden";
const NOBODY = 65534;
const asUser = process.getuid?.() === 0 ? NOBODY : undefined;

/** The golden input copied, with `edit` applied; the output folder beside it. */
function input(edit: (dir: string) => void): { dir: string; out: string } {
  const dir = copyInput(GOLDEN);
  made.push(dir);
  edit(dir);
  const out = tempDir("keluaran");
  made.push(out);
  return { dir, out };
}

const f03 = (dir: string) => join(dir, "2024", "pekppp", "f03.csv");
const f02 = (dir: string) => join(dir, "2024", "pekppp", "f02.csv");

/** The GALAT lines a run printed. */
const errors = (stderr: string) => stderr.split("\n").filter((l) => l.startsWith("GALAT"));

describe("npm run data: files that are there but cannot be read", () => {
  it("refuses a named pipe as f03.csv at once, without waiting for a writer", () => {
    const { dir, out } = input((d) => {
      rmSync(f03(d));
      execFileSync("mkfifo", [f03(d)]);
    });
    const r = runData(["--input", dir, "--out", out], { timeout: 20_000 });
    expect(r.signal).toBeNull(); // not killed by the timeout: it did not block
    expect(r.status).toBe(1);
    expect(errors(r.stderr)).toEqual([
      `GALAT ${dir}/2024/pekppp/f03.csv: berkas ditolak: pipa bernama (FIFO), bukan berkas biasa; simpan datanya sebagai berkas`,
    ]);
    expect(r.stdout).toContain("2024: GAGAL, 1 galat"); // the pipe is not "no f03.csv": no scoring from F-02 alone
  });

  it("refuses a named pipe as f02.csv, and a year folder that is a pipe", () => {
    const { dir, out } = input((d) => {
      rmSync(f02(d));
      execFileSync("mkfifo", [f02(d), join(d, "2022")]);
    });
    const r = runData(["--input", dir, "--out", out], { timeout: 20_000 });
    expect(r.signal).toBeNull();
    expect(errors(r.stderr)).toEqual([
      `GALAT ${dir}: "2022" bukan folder tahun yang dapat dibaca: pipa bernama (FIFO), bukan berkas biasa; simpan datanya sebagai berkas; tahun 2022 tidak dinilai`,
      `GALAT ${dir}/2024/pekppp/f02.csv: berkas ditolak: pipa bernama (FIFO), bukan berkas biasa; simpan datanya sebagai berkas`,
    ]);
  });

  it("refuses a device as hasil.csv (a link to /dev/zero, which never ends)", () => {
    const { dir, out } = input((d) => {
      rmSync(join(d, "2023", "pekppp", "hasil.csv"));
      symlinkSync("/dev/zero", join(d, "2023", "pekppp", "hasil.csv"));
    });
    const r = runData(["--input", dir, "--out", out], { timeout: 20_000 });
    expect(r.signal).toBeNull();
    expect(errors(r.stderr)).toEqual([
      `GALAT ${dir}/2023/pekppp/hasil.csv: berkas ditolak: perangkat, bukan berkas biasa; simpan datanya sebagai berkas`,
    ]);
  });

  it("refuses an f03.csv that may not be read (as a user without the permission)", () => {
    const { dir, out } = input((d) => chmodSync(f03(d), 0o000));
    const r = runData(["--input", dir, "--out", out], { uid: asUser });
    expect(errors(r.stderr)).toEqual([
      `GALAT ${dir}/2024/pekppp/f03.csv: berkas ditolak: tidak boleh dibaca (izin ditolak); periksa hak akses berkas dan foldernya`,
    ]);
    expect(r.status).toBe(1);
  });

  it("refuses a year folder that may not be read, and an input folder that may not be read", () => {
    const year = input((d) => chmodSync(join(d, "2023"), 0o000));
    const r = runData(["--input", year.dir, "--out", year.out], { uid: asUser });
    expect(errors(r.stderr)).toEqual([
      `GALAT ${year.dir}: "2023" bukan folder tahun yang dapat dibaca: tidak boleh dibaca (izin ditolak); periksa hak akses berkas dan foldernya; tahun 2023 tidak dinilai`,
    ]);
    const root = input((d) => chmodSync(d, 0o000));
    const s = runData(["--input", root.dir, "--out", root.out], { uid: asUser });
    expect(errors(s.stderr)).toEqual([
      `GALAT ${root.dir}: folder --input tidak dapat dibaca: tidak boleh dibaca (izin ditolak); periksa hak akses berkas dan foldernya; periksa jalur --input (folder yang berisi 2024/pekppp/f02.csv dst.)`,
    ]);
    expect([r.status, s.status]).toEqual([1, 1]);
  });

  it("refuses an input given as a file, without a system error", () => {
    const { dir, out } = input(() => {});
    const r = runData(["--input", f02(dir), "--out", out]);
    expect(r.stderr).toBe(
      `GALAT ${f02(dir)}: --input adalah berkas, bukan folder; periksa jalur --input (folder yang berisi 2024/pekppp/f02.csv dst.)\n\nData tidak diterbitkan: 1 galat. Keluaran sebelumnya di ${out}/ tidak diubah.\n`,
    );
  });

  it("says when the output cannot be written, without a system error", () => {
    const { dir } = input(() => {});
    const locked = tempDir("terkunci");
    made.push(locked);
    chmodSync(locked, 0o555);
    const r = runData(["--input", dir, "--out", join(locked, "data")], { uid: asUser });
    expect(r.stderr).toBe(
      `GALAT ${join(locked, "data")}: keluaran tidak dapat ditulis: tidak boleh ditulis (izin ditolak); periksa hak akses berkas dan foldernya\n\nData tidak diterbitkan; keluaran sebelumnya tidak diubah.\n`,
    );
    expect(r.status).toBe(1);
  });
});
