import {
  cpSync,
  existsSync,
  mkdirSync,
  renameSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { homedir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { MARKER } from "../../../scripts/lib/outputDir.ts";
import { copyInput, keptReports, runData, startData, tempDir, treeHash } from "../../support/cli.ts";

/**
 * The output folder of `npm run data`: only what the build wrote itself is
 * ever replaced, inputs and the folders around them are refused, and the
 * new product is swapped in whole, so a failed or interrupted build leaves
 * the previous one exactly as it was.
 */
const made: string[] = [];
afterAll(() => [...made, ...keptReports].forEach((d) => rmSync(d, { recursive: true, force: true })));
const temp = (name: string) => {
  const d = tempDir(name);
  made.push(d);
  return d;
};
const GOLDEN = "test/fixtures/golden";
const REFUSED_TAIL = "\n\nData tidak diterbitkan; tidak ada yang ditulis atau dihapus.\n";

let first: string | undefined;
/** A folder `data` with a finished product of the golden input in it (built once, then copied). */
function product(): string {
  const out = join(temp("keluaran"), "data");
  if (!first) {
    expect(runData(["--input", GOLDEN, "--out", out]).status).toBe(0);
    first = out;
  } else cpSync(first, out, { recursive: true });
  return out;
}

describe("npm run data: the output folder", () => {
  it("writes its marker into the product and replaces a product that has it", () => {
    const out = product();
    expect(readdirSync(out)).toContain(MARKER);
    writeFileSync(join(out, "2024", "sisa-lama.csv"), "x\n"); // a file the new product does not have
    const r = runData(["--input", GOLDEN, "--out", out]);
    expect(r.status).toBe(0);
    expect(existsSync(join(out, "2024", "sisa-lama.csv"))).toBe(false);
    expect(readdirSync(dirname(out))).toEqual(["data"]); // nothing left beside it
  });

  it("refuses the input folder as --out and leaves the input whole", () => {
    const input = copyInput(GOLDEN);
    made.push(input);
    const before = treeHash(input);
    const r = runData(["--input", input, "--out", input]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      `GALAT ${input}: --out tidak boleh sama dengan folder masukan (--input); pakai mis. public/data${REFUSED_TAIL}`,
    );
    expect(treeHash(input)).toEqual(before);
  });

  it("refuses an --out inside the input, and one that holds the input", () => {
    const input = copyInput(GOLDEN);
    made.push(input);
    const inside = runData(["--input", input, "--out", `${input}/2024/keluaran`]);
    expect(inside.stderr).toBe(
      `GALAT ${input}/2024/keluaran: --out tidak boleh berada di dalam folder masukan (--input)${REFUSED_TAIL}`,
    );
    const around = runData(["--input", input, "--out", dirname(input)]);
    expect(around.stderr).toBe(
      `GALAT ${dirname(input)}: --out tidak boleh memuat folder masukan (${input})${REFUSED_TAIL}`,
    );
    expect([inside.status, around.status]).toEqual([1, 1]);
    expect(existsSync(`${input}/2024/keluaran`)).toBe(false);
  });

  it("refuses /, the home folder and the project root", () => {
    const root = runData(["--input", GOLDEN, "--out", "/"]);
    expect(root.stderr).toBe(`GALAT /: --out tidak boleh folder akar /${REFUSED_TAIL}`);
    const home = runData(["--input", GOLDEN, "--out", homedir()]);
    expect(home.stderr).toBe(
      `GALAT ${homedir()}: --out tidak boleh folder rumah (${homedir()}) atau folder yang memuatnya${REFUSED_TAIL}`,
    );
    const project = runData(["--input", GOLDEN, "--out", "."]);
    expect(project.stderr).toBe(
      `GALAT .: --out tidak boleh folder proyek (${resolve(".")}) atau folder yang memuatnya; pakai mis. public/data${REFUSED_TAIL}`,
    );
    expect([root.status, home.status, project.status]).toEqual([1, 1, 1]);
  });

  it("refuses an existing folder that holds a year folder and files the build never wrote", () => {
    const out = temp("asing");
    mkdirSync(join(out, "2024"));
    writeFileSync(join(out, "2024", "catatan-rapat.docx"), "bukan keluaran\n");
    writeFileSync(join(out, "manifest.json"), "{}\n");
    const before = treeHash(out);
    const r = runData(["--input", GOLDEN, "--out", out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      `GALAT ${out}: folder --out sudah berisi berkas yang tidak ditulis oleh npm run data (tidak ada penanda ${MARKER}); pilih folder baru atau kosong, atau hapus folder itu sendiri bila isinya memang keluaran lama${REFUSED_TAIL}`,
    );
    expect(treeHash(out)).toEqual(before);
  });

  it("refuses a file as --out", () => {
    const file = join(temp("berkas"), "data");
    writeFileSync(file, "x\n");
    const r = runData(["--input", GOLDEN, "--out", file]);
    expect(r.stderr).toBe(`GALAT ${file}: --out adalah berkas, bukan folder${REFUSED_TAIL}`);
    expect(readFileSync(file, "utf8")).toBe("x\n");
  });

  it("replaces a product written before the marker existed, when it holds nothing but product files", () => {
    const out = product();
    rmSync(join(out, MARKER));
    expect(runData(["--input", GOLDEN, "--out", out]).status).toBe(0);
    expect(readdirSync(out)).toContain(MARKER);
  });

  it("leaves the previous product byte for byte when the build fails, and keeps the reports elsewhere", () => {
    const out = product();
    const before = treeHash(out);
    const r = runData(["--input", "test/fixtures/bad/f02-nilai-di-luar-rentang", "--out", out]);
    expect(r.status).toBe(1);
    const kept = /Laporan validasi ada di (\S+)\/<tahun>\/validasi\.json\./.exec(r.stderr)?.[1];
    expect(kept).toBeDefined();
    expect(r.stderr).toContain(`Keluaran sebelumnya di ${out}/ tidak diubah.`);
    expect(JSON.parse(readFileSync(`${kept}/2024/validasi.json`, "utf8")).galat).toBe(1);
    expect(treeHash(out)).toEqual(before);
    expect(readdirSync(dirname(out))).toEqual(["data"]);
  });

  it("leaves the previous product when --input is mistyped (never an empty product)", () => {
    const out = product();
    const before = treeHash(out);
    const r = runData(["--input", "test/fixtures/goldn", "--out", out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      `GALAT test/fixtures/goldn: folder --input tidak ada; periksa jalur --input (folder yang berisi 2024/pekppp/f02.csv dst.)\n\nData tidak diterbitkan: 1 galat. Keluaran sebelumnya di ${out}/ tidak diubah.\n`,
    );
    expect(treeHash(out)).toEqual(before);
  });

  it("leaves the previous product when killed mid-build, and the next build cleans up after it", async () => {
    const out = product();
    const before = treeHash(out);
    const input = bigInput();
    const child = startData(["--input", input, "--out", out, "--threads", "1"]);
    const parent = dirname(out);
    // Kill it as soon as it has started writing the new product beside the old one.
    await new Promise<void>((done, fail) => {
      const timer = setInterval(() => {
        if (readdirSync(parent).some((n) => n.startsWith(".data.baru-"))) {
          clearInterval(timer);
          child.kill("SIGKILL");
        }
      }, 2);
      child.on("exit", () => {
        clearInterval(timer);
        done();
      });
      child.on("error", fail);
    });
    expect(child.signalCode).toBe("SIGKILL");
    expect(treeHash(out)).toEqual(before);
    expect(readdirSync(parent).filter((n) => n !== "data")).toHaveLength(1); // the half-written product
    expect(runData(["--input", GOLDEN, "--out", out]).status).toBe(0);
    expect(readdirSync(parent)).toEqual(["data"]);
  });

  it("puts back a previous product left aside in the instant between the two renames of the swap", () => {
    const out = product();
    const before = treeHash(out);
    const gone = runData(["--input", GOLDEN, "--out", temp("pid")]).pid!; // a process that has ended
    renameSync(out, join(dirname(out), `.data.lama-${gone}`));
    const r = runData(["--input", "test/fixtures/bad/f02-duplikat", "--out", out]);
    expect(r.status).toBe(1);
    expect(treeHash(out)).toEqual(before);
    expect(readdirSync(dirname(out))).toEqual(["data"]);
  });

  it("removes a half-written product whose marker file was cut off mid-write", () => {
    const out = product();
    const gone = runData(["--input", GOLDEN, "--out", temp("pid")]).pid!; // a process that has ended
    const stale = join(dirname(out), `.data.baru-${gone}`);
    mkdirSync(stale);
    writeFileSync(join(stale, MARKER), ""); // killed between creating the marker and writing it
    expect(runData(["--input", GOLDEN, "--out", out]).status).toBe(0);
    expect(readdirSync(dirname(out))).toEqual(["data"]);
  });

  it("removes a half-written product whose process id now belongs to a later build", async () => {
    const out = product();
    // A live data build, working on another output, that started after the folder below was written.
    const other = startData(["--input", bigInput(), "--out", join(temp("ander"), "data"), "--threads", "1"]);
    const exited = new Promise((done) => other.on("exit", done));
    try {
      const stale = join(dirname(out), `.data.baru-${other.pid}`);
      mkdirSync(stale);
      writeFileSync(join(stale, MARKER), "");
      const anHourAgo = new Date(Date.now() - 3_600_000);
      utimesSync(stale, anHourAgo, anHourAgo);
      expect(runData(["--input", GOLDEN, "--out", out]).status).toBe(0);
      expect(other.exitCode).toBeNull(); // it was alive all along
      expect(readdirSync(dirname(out))).toEqual(["data"]);
    } finally {
      other.kill("SIGKILL");
      await exited;
    }
  });

  it("removes its half-written product when interrupted with Ctrl-C", async () => {
    const out = product();
    const before = treeHash(out);
    const child = startData(["--input", bigInput(), "--out", out, "--threads", "1"]);
    const parent = dirname(out);
    await new Promise<void>((done) => {
      const timer = setInterval(() => {
        if (readdirSync(parent).some((n) => n.startsWith(".data.baru-"))) {
          clearInterval(timer);
          child.kill("SIGINT");
        }
      }, 2);
      child.on("exit", () => {
        clearInterval(timer);
        done();
      });
    });
    expect(child.exitCode).toBe(130);
    expect(treeHash(out)).toEqual(before);
    expect(readdirSync(parent)).toEqual(["data"]);
  });
});

let big: string | undefined;
/** A valid input big enough that its build takes a while (one year, 2,000 lokus of one kabupaten). */
function bigInput(): string {
  if (big) return big;
  big = temp("besar");
  mkdirSync(`${big}/2024/pekppp`, { recursive: true });
  const f02 = ["kode_instansi;lokus;indikator;nilai"];
  const f03 = ["kode_instansi;lokus;responden;butir;nilai"];
  for (let k = 0; k < 2000; k++) {
    for (let i = 1; i <= 30; i++) f02.push(`34.04;Unit ${k};${i};${(k + i) % 6}`);
    for (let r = 0; r < 10; r++)
      for (let b = 1; b <= 14; b++) f03.push(`34.04;Unit ${k};R${r};${b};${(k + r + b) % 6}`);
  }
  writeFileSync(`${big}/2024/pekppp/f02.csv`, `${f02.join("\n")}\n`);
  writeFileSync(`${big}/2024/pekppp/f03.csv`, `${f03.join("\n")}\n`);
  return big;
}
