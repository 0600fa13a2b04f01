import { createHash } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { once } from "node:events";
import { dirname } from "node:path";
import type { Profile } from "../../src/lib/method/profile.ts";
import type { YearSample } from "./year.ts";

/** A file the generator wrote, relative to the year directory, with its SHA-256. */
export interface Written {
  readonly path: string;
  readonly sha256: string;
}

const CHUNK = 1 << 16;

/**
 * Streams lines to a file in 64 KiB chunks (F-03 is ~400k rows a year),
 * hashing as it goes so ownership can be checked later without a re-read.
 */
async function streamLines(
  dir: string,
  path: string,
  fill: (line: (text: string) => Promise<void>) => Promise<void>,
): Promise<Written> {
  await mkdir(dirname(`${dir}/${path}`), { recursive: true });
  const out = createWriteStream(`${dir}/${path}`, { encoding: "utf8" });
  const hash = createHash("sha256");
  let buffer = "";
  const flush = async () => {
    hash.update(buffer);
    if (!out.write(buffer)) await once(out, "drain");
    buffer = "";
  };
  await fill(async (text) => {
    buffer += `${text}\n`;
    if (buffer.length >= CHUNK) await flush();
  });
  await flush();
  out.end();
  await once(out, "finish");
  return { path, sha256: hash.digest("hex") };
}

async function writeSmall(dir: string, path: string, text: string): Promise<Written> {
  await mkdir(dirname(`${dir}/${path}`), { recursive: true });
  await writeFile(`${dir}/${path}`, text);
  return { path, sha256: createHash("sha256").update(text).digest("hex") };
}

/**
 * Writes one year of the sample in the input contract of `npm run data`:
 * pekppp/f02.csv, pekppp/f03.csv and tahun.json marked "sample", plus a
 * .gitignore of `*` so generated data is never committed. Rows follow the
 * master's kode order, then lokus (barang, jasa, administrasi), then
 * indicator, respondent and item; LF line ends, comma delimiter.
 */
export async function writeYear(dir: string, sample: YearSample, profile: Profile, note: string): Promise<Written[]> {
  const indicators = profile.indicators.map((i) => i.nomor);
  const items = profile.def.f03.butir.map((b) => b.butir);
  const f02 = await streamLines(dir, "pekppp/f02.csv", async (line) => {
    await line("kode_instansi,lokus,indikator,nilai");
    for (const d of sample.instansi)
      for (const l of d.lokus)
        for (let i = 0; i < indicators.length; i++) await line(`${d.kode},${l.nama},${indicators[i]},${l.values[i]}`);
  });
  const f03 = await streamLines(dir, "pekppp/f03.csv", async (line) => {
    await line("kode_instansi,lokus,responden,butir,nilai");
    for (const d of sample.instansi)
      for (const l of d.lokus)
        for (let r = 0; r < l.respondents; r++) {
          const id = `R${String(r + 1).padStart(2, "0")}`;
          for (let k = 0; k < items.length; k++)
            await line(`${d.kode},${l.nama},${id},${items[k]},${l.responses[r * items.length + k]}`);
        }
  });
  const tahun = { status: "sample", profil: profile.def.id, catatan: note };
  return [
    f02,
    f03,
    await writeSmall(dir, "tahun.json", `${JSON.stringify(tahun, null, 2)}\n`),
    await writeSmall(
      dir,
      ".gitignore",
      "# Data sampel sintetis dari `npm run sample`: dibuat ulang saat build, jangan di-commit.\n*\n",
    ),
  ];
}
