import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { z } from "zod";
import type { Written } from "./write.ts";

/**
 * The marker that says "this year directory was made by the sample
 * generator": who made it, from what, and the hash of every file written.
 * A year directory without it, or whose files no longer match it, belongs to
 * someone else (real data the ministry dropped in) and is never touched.
 */
export const STAMP_FILE = ".sampel.json";
const GENERATOR = "dasbor-ipp/generate-sample";

export const Stamp = z.object({
  generator: z.literal(GENERATOR),
  versi: z.number().int(),
  seed: z.number().int(),
  /** Hash of the generator's sources and of every input it read. */
  sidik: z.string(),
  tahun: z.number().int(),
  berkas: z.record(z.string(), z.string()),
});
export type Stamp = z.infer<typeof Stamp>;

export function makeStamp(o: {
  versi: number;
  seed: number;
  sidik: string;
  tahun: number;
  written: readonly Written[];
}): string {
  const berkas = Object.fromEntries(
    [...o.written].sort((a, b) => (a.path < b.path ? -1 : 1)).map((w) => [w.path, w.sha256]),
  );
  const stamp: Stamp = { generator: GENERATOR, versi: o.versi, seed: o.seed, sidik: o.sidik, tahun: o.tahun, berkas };
  return `${JSON.stringify(stamp, null, 2)}\n`;
}

export type Ownership =
  | { readonly kind: "kosong" }
  /** `intact` is false when some of its files were deleted (nothing foreign was added). */
  | { readonly kind: "milik"; readonly stamp: Stamp; readonly intact: boolean }
  | { readonly kind: "asing"; readonly why: string };

async function filesUnder(dir: string, prefix = ""): Promise<string[] | null> {
  let entries;
  try {
    entries = await readdir(`${dir}${prefix ? `/${prefix}` : ""}`, { withFileTypes: true });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw e;
  }
  const out: string[] = [];
  for (const e of entries) {
    const path = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...((await filesUnder(dir, path)) ?? []));
    else out.push(path);
  }
  return out.sort();
}

async function sha256File(path: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

/**
 * Whose is this year directory? Missing or without any file: free to write.
 * Ours only if the stamp is there, nothing was added, and every file left
 * still has the hash the generator recorded.
 */
export async function inspect(dir: string): Promise<Ownership> {
  const files = await filesUnder(dir);
  if (files === null || files.length === 0) return { kind: "kosong" };
  if (!files.includes(STAMP_FILE)) return { kind: "asing", why: `tidak ada penanda ${STAMP_FILE}` };
  let stamp: Stamp;
  try {
    stamp = Stamp.parse(JSON.parse(await readFile(`${dir}/${STAMP_FILE}`, "utf8")));
  } catch {
    return { kind: "asing", why: `${STAMP_FILE} tidak dapat dibaca` };
  }
  const listed = Object.keys(stamp.berkas).sort();
  const present = files.filter((f) => f !== STAMP_FILE);
  const extra = present.filter((f) => !(f in stamp.berkas));
  if (extra.length) return { kind: "asing", why: `ada berkas yang bukan buatan generator: ${extra.join(", ")}` };
  for (const f of present)
    if ((await sha256File(`${dir}/${f}`)) !== stamp.berkas[f])
      return { kind: "asing", why: `${f} telah diubah sejak dibuat generator` };
  return { kind: "milik", stamp, intact: present.length === listed.length };
}
