import { EVALUATION_FILES } from "../../src/lib/evaluation/year.ts";
import { cp, mkdir, mkdtemp, readdir, readFile, realpath, rename, rm, stat, writeFile } from "node:fs/promises";
import { readFileSync, rmSync } from "node:fs";
import { homedir, tmpdir } from "node:os";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
import { fsProblem } from "./fsProblem.ts";

/**
 * The file `npm run data` writes into every product it makes. Only a folder
 * holding it (or an older product, see isOldProduct) is ever replaced.
 */
export const MARKER = ".dasbor-ipp-keluaran";
const MARKER_TEXT = `${JSON.stringify(
  {
    dibuat_oleh: "npm run data (Dasbor Indeks Pelayanan Publik)",
    catatan:
      "Folder ini ditulis ulang seluruhnya oleh setiap npm run data yang berhasil. Jangan simpan berkas lain di sini.",
  },
  null,
  2,
)}\n`;

/** The project root (where package.json is): never an output. */
export const PROJECT_ROOT = resolve(new URL("../..", import.meta.url).pathname);

/** `path` made absolute with every symbolic link of its existing part resolved (the rest may not exist yet). */
export async function realPath(path: string): Promise<string> {
  const abs = resolve(path);
  let head = abs;
  const rest: string[] = [];
  for (;;) {
    try {
      return join(await realpath(head), ...rest);
    } catch {
      const up = dirname(head);
      if (up === head) return abs;
      rest.unshift(basename(head));
      head = up;
    }
  }
}

/** True when `inner` is `outer` or lies inside it. */
export function within(inner: string, outer: string): boolean {
  const r = relative(outer, inner);
  return r === "" || (!r.startsWith("..") && !r.startsWith(sep) && r !== "..");
}

/** Every file the data build can write for a year (the file budget of test/unit/site/distFiles.test.ts counts them). */
export const YEAR_FILES = new Set([
  "pekppp-instansi.csv",
  "pekppp-instansi.json",
  "pekppp-lokus.csv",
  "pekppp-lokus.json",
  "ringkasan.json",
  "validasi.json",
  // What changed since the previous edition (src/lib/changes/product.ts).
  "perubahan.csv",
  "perubahan.json",
  // The other evaluations (src/lib/evaluation/year.ts, EVALUATION_FILES).
  ...Object.values(EVALUATION_FILES).flatMap((f) => [`${f.output}.csv`, `${f.output}.json`]),
]);

const TOP_FILES = new Set([
  "manifest.json",
  "instansi.json",
  "penghargaan.json",
  "angka-terbitan.json",
  "angka-terbitan.csv",
  "ralat.json",
]);

/**
 * A product written before the marker existed: nothing in it but the names
 * the build writes (TOP_FILES,
 * metodologi/<id>.json, <year>/ with its files), and a manifest. A folder with anything else
 * (an input's kl.csv, methodology/, f02.csv, a stray file) is not one.
 */
async function isOldProduct(dir: string, names: readonly string[]): Promise<boolean> {
  if (!names.includes("manifest.json")) return false;
  for (const name of names) {
    const path = join(dir, name);
    const s = await stat(path);
    if (TOP_FILES.has(name)) {
      if (!s.isFile()) return false;
    } else if (name === "metodologi" || /^\d{4}$/.test(name)) {
      if (!s.isDirectory()) return false;
      for (const inner of await readdir(path)) {
        const ok = name === "metodologi" ? /^[a-z0-9-]+\.json$/.test(inner) : YEAR_FILES.has(inner);
        if (!ok || !(await stat(join(path, inner))).isFile()) return false;
      }
    } else return false;
  }
  return true;
}

/**
 * Why `out` may not be the output folder, or undefined when it may: it is
 * not `/`, the home folder, the project root or a folder holding one of
 * them; it is not an input (`inputs`: the --input folder and the project's
 * data/), inside one or holding one; and when it exists it is a folder that
 * is empty or holds a product this script wrote.
 */
export async function outputProblem(out: string, inputs: readonly string[]): Promise<string | undefined> {
  const target = await realPath(out);
  const home = await realPath(homedir());
  if (target === resolve("/")) return "--out tidak boleh folder akar /";
  if (within(home, target)) return `--out tidak boleh folder rumah (${home}) atau folder yang memuatnya`;
  if (within(PROJECT_ROOT, target))
    return `--out tidak boleh folder proyek (${PROJECT_ROOT}) atau folder yang memuatnya; pakai mis. public/data`;
  for (const input of inputs) {
    const source = await realPath(input);
    if (target === source) return "--out tidak boleh sama dengan folder masukan (--input); pakai mis. public/data";
    if (within(target, source)) return "--out tidak boleh berada di dalam folder masukan (--input)";
    if (within(source, target)) return `--out tidak boleh memuat folder masukan (${input})`;
  }
  let s;
  try {
    s = await stat(target);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    return `folder --out ${fsProblem(e)}`;
  }
  if (!s.isDirectory()) return "--out adalah berkas, bukan folder";
  const names = await readdir(target);
  if (names.length === 0 || names.includes(MARKER) || (await isOldProduct(target, names))) return undefined;
  return `folder --out sudah berisi berkas yang tidak ditulis oleh npm run data (tidak ada penanda ${MARKER}); pilih folder baru atau kosong, atau hapus folder itu sendiri bila isinya memang keluaran lama`;
}

/** The hidden siblings of `out` a build works in: the new product while it is written, the old one while it is swapped out. */
function siblings(target: string): { parent: string; stage: string; old: string; pattern: RegExp } {
  const parent = dirname(target);
  const name = basename(target);
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return {
    parent,
    stage: join(parent, `.${name}.baru-${process.pid}`),
    old: join(parent, `.${name}.lama-${process.pid}`),
    pattern: new RegExp(`^\\.${escaped}\\.(baru|lama)-(\\d+)$`),
  };
}

/** When process `pid` started, in ms since the epoch, where the system says (Linux /proc); undefined elsewhere. */
function startedAt(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Field 22 (start time in clock ticks since boot) counts from after the command name, which may hold spaces.
    const ticks = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19]);
    // Its age from the system's uptime (a steady clock, so a clock set since boot does not matter);
    // Linux reports start times in USER_HZ, which is 100 on every architecture it runs on.
    const uptime = Number(readFileSync("/proc/uptime", "utf8").split(" ")[0]);
    return Number.isFinite(ticks) && Number.isFinite(uptime) ? Date.now() - (uptime - ticks / 100) * 1000 : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Whether process `pid` is still running the build that left `folder` beside
 * the output (another build working beside the same output), not this one.
 * A process id is reused: where the system says what runs under it (Linux),
 * only a data build that had started before the folder was last written counts.
 */
function running(pid: number, folderWritten: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
  const started = startedAt(pid);
  if (started !== undefined && started > folderWritten + 1000) return false; // a later process under a reused id
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("build-data");
  } catch {
    return true;
  }
}

const hasMarker = async (dir: string) =>
  (await readFile(join(dir, MARKER), "utf8").catch(() => undefined)) === MARKER_TEXT;

/**
 * Cleans up after a build that was interrupted: a new product left half
 * written is removed; an old product left aside in the instant between the
 * two renames of the swap is put back when `out` is missing. Only folders
 * holding the marker are touched.
 */
async function recover(target: string): Promise<void> {
  const { parent, pattern } = siblings(target);
  const names = await readdir(parent).catch(() => [] as string[]);
  const outMissing = await stat(target).then(
    () => false,
    () => true,
  );
  for (const name of names) {
    const m = pattern.exec(name);
    if (!m) continue;
    const path = join(parent, name);
    const written = await stat(path).then(
      (s) => s.mtimeMs,
      () => undefined,
    );
    if (written === undefined || running(Number(m[2]), written)) continue;
    // Ours: it holds the marker, or nothing but the marker file (a build stopped while writing it) or nothing at all
    // (a build stopped before writing it).
    const inside = await readdir(path).catch(() => ["?"]);
    if (!(await hasMarker(path)) && !inside.every((n) => n === MARKER)) continue;
    if (m[1] === "lama" && outMissing) await rename(path, target);
    else await rm(path, { recursive: true, force: true });
  }
}

/**
 * Builds a product into a new folder beside `out` and swaps it in only when
 * `build` says it succeeded: until then `out` is left exactly as it was,
 * also when the build fails, throws or is interrupted. `build` gets the
 * folder to write into; on failure what it wrote (the validation reports)
 * is moved to a fresh folder under the system's temp folder, returned as `kept`.
 */
export async function replaceOutput(
  out: string,
  build: (dir: string) => Promise<boolean>,
): Promise<{ ok: boolean; kept?: string }> {
  const target = await realPath(out);
  await mkdir(dirname(target), { recursive: true });
  await recover(target);
  const { stage, old } = siblings(target);
  const interrupted = (signal: NodeJS.Signals) => {
    rmSync(stage, { recursive: true, force: true });
    process.exit(signal === "SIGINT" ? 130 : 143);
  };
  process.once("SIGINT", interrupted);
  process.once("SIGTERM", interrupted);
  try {
    await mkdir(stage);
    await writeFile(join(stage, MARKER), MARKER_TEXT);
    if (!(await build(stage))) {
      if ((await readdir(stage)).length === 1) return { ok: false }; // nothing but the marker: no report to keep
      const kept = await mkdtemp(join(tmpdir(), "ipp-validasi-"));
      await cp(stage, kept, { recursive: true });
      await rm(join(kept, MARKER), { force: true });
      return { ok: false, kept };
    }
    const exists = await stat(target).then(
      () => true,
      () => false,
    );
    if (exists) await rename(target, old);
    await rename(stage, target);
    if (exists) await rm(old, { recursive: true, force: true });
    return { ok: true };
  } finally {
    process.off("SIGINT", interrupted);
    process.off("SIGTERM", interrupted);
    await rm(stage, { recursive: true, force: true });
  }
}
