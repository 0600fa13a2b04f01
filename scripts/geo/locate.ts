import { stat } from "node:fs/promises";
import { relative, resolve } from "node:path";
import type { GeoSourceKind, GeoUnavailable } from "../../src/lib/schema/geo.ts";
import { CACHE_NAME, TARBALL_URL } from "./pinned.ts";
import { describeFailure, verifyDir } from "./verify.ts";

export interface Located {
  readonly kind: GeoSourceKind;
  /** Absolute path of the source file or directory. */
  readonly path: string;
  /** What status.json shows: the path relative to the project, or the URL. */
  readonly location: string;
  /** A single GeoJSON/TopoJSON file rather than a cahyadsn-style directory. */
  readonly isFile: boolean;
}

export interface LocateOptions {
  readonly root: string;
  /** --source, when given: a file or a directory, used whatever else exists. */
  readonly source: string | undefined;
  readonly boundariesDir: string | undefined;
  readonly sharedDir: string;
  readonly cacheDir: string;
  readonly offline: boolean;
  readonly download: (cacheDir: string) => Promise<string>;
  readonly log: (message: string) => void;
}

type Tried = GeoUnavailable["tried"][number];

const kind = async (path: string): Promise<"file" | "dir" | null> => {
  try {
    return (await stat(path)).isDirectory() ? "dir" : "file";
  } catch {
    return null;
  }
};
const hasSqlDir = async (dir: string) => (await kind(`${dir}/db/kab`)) === "dir";

/**
 * Finds the boundary source in the order of the issue: --source, then
 * BOUNDARIES_DIR, ../shared/geo/cahyadsn-wilayah_boundaries, the cache under
 * data/.cache/, and last a download of the pinned commit. A place the user
 * named explicitly (--source, BOUNDARIES_DIR) must work: a wrong path is an
 * error, not a silent fall-back to another source.
 */
export async function locateSource(o: LocateOptions): Promise<{ found: Located | null; tried: Tried[] }> {
  const show = (p: string) => relative(o.root, p) || ".";
  if (o.source) {
    const path = resolve(o.root, o.source);
    const k = await kind(path);
    if (k === null) throw new Error(`--source ${o.source}: tidak ditemukan`);
    if (k === "dir" && !(await hasSqlDir(path))) throw new Error(`--source ${o.source}: direktori tanpa db/kab/*.sql`);
    return { found: { kind: "custom", path, location: show(path), isFile: k === "file" }, tried: [] };
  }
  if (o.boundariesDir) {
    const path = resolve(o.root, o.boundariesDir);
    if (!(await hasSqlDir(path)))
      throw new Error(`BOUNDARIES_DIR=${o.boundariesDir}: tidak ada direktori db/kab di sana`);
    return { found: { kind: "env", path, location: show(path), isFile: false }, tried: [] };
  }

  const tried: Tried[] = [];
  if (await hasSqlDir(o.sharedDir))
    return { found: { kind: "shared", path: o.sharedDir, location: show(o.sharedDir), isFile: false }, tried };
  tried.push({ kind: "shared", location: show(o.sharedDir), result: "tidak ada" });

  const cached = `${o.cacheDir}/${CACHE_NAME}`;
  if (await hasSqlDir(cached)) {
    const check = await verifyDir(cached);
    if (check.ok) return { found: { kind: "cache", path: cached, location: show(cached), isFile: false }, tried };
    tried.push({ kind: "cache", location: show(cached), result: `diabaikan: ${describeFailure(check)}` });
    o.log(`Cache ${show(cached)} tidak cocok dengan SHA-256 yang dipatok; diunduh ulang.`);
  } else {
    tried.push({ kind: "cache", location: show(cached), result: "tidak ada" });
  }

  if (o.offline) {
    tried.push({ kind: "download", location: TARBALL_URL, result: "dilewati (--offline)" });
    return { found: null, tried };
  }
  try {
    o.log(`Mengunduh ${TARBALL_URL} …`);
    const path = await o.download(o.cacheDir);
    return { found: { kind: "download", path, location: TARBALL_URL, isFile: false }, tried };
  } catch (e) {
    const err = e as Error & { cause?: { code?: string } };
    tried.push({
      kind: "download",
      location: TARBALL_URL,
      result: `gagal: ${err.message}${err.cause?.code ? ` (${err.cause.code})` : ""}`,
    });
    return { found: null, tried };
  }
}
