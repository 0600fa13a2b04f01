import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { PINNED_SHA256 } from "./pinned.ts";

export const sha256 = (data: Uint8Array): string => createHash("sha256").update(data).digest("hex");

export interface Verification {
  readonly ok: boolean;
  /** Pinned paths with no file. */
  readonly missing: string[];
  /** Pinned paths whose content differs. */
  readonly mismatched: string[];
}

/** Checks file contents (path inside the source → bytes) against the pinned SHA-256 list. */
export function verifyFiles(
  files: ReadonlyMap<string, Uint8Array>,
  manifest: Readonly<Record<string, string>> = PINNED_SHA256,
): Verification {
  const missing: string[] = [];
  const mismatched: string[] = [];
  for (const [path, expected] of Object.entries(manifest).sort(([a], [b]) => (a < b ? -1 : 1))) {
    const data = files.get(path);
    if (data === undefined) missing.push(path);
    else if (sha256(data) !== expected.toLowerCase()) mismatched.push(path);
  }
  return { ok: missing.length === 0 && mismatched.length === 0, missing, mismatched };
}

/** Same check for a source directory on disk. */
export async function verifyDir(
  dir: string,
  manifest: Readonly<Record<string, string>> = PINNED_SHA256,
): Promise<Verification> {
  const files = new Map<string, Uint8Array>();
  await Promise.all(
    Object.keys(manifest).map(async (path) => {
      try {
        files.set(path, await readFile(`${dir}/${path}`));
      } catch {
        // a missing file is reported as missing by verifyFiles
      }
    }),
  );
  return verifyFiles(files, manifest);
}

/** One line for a log: what did not match. */
export function describeFailure(v: Verification): string {
  const parts = [
    v.missing.length
      ? `${v.missing.length} berkas tidak ada (${v.missing.slice(0, 3).join(", ")}${v.missing.length > 3 ? ", …" : ""})`
      : "",
    v.mismatched.length
      ? `${v.mismatched.length} berkas berbeda SHA-256 (${v.mismatched.slice(0, 3).join(", ")}${v.mismatched.length > 3 ? ", …" : ""})`
      : "",
  ];
  return parts.filter(Boolean).join("; ");
}
