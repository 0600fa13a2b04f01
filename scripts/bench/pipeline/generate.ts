import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from "node:fs";
import { join } from "node:path";

/** Service units a lokus name is built from; a number makes each name unique within its instansi. */
const UNITS = [
  "RSUD",
  "Puskesmas",
  "Disdukcapil",
  "DPMPTSP",
  "Samsat",
  "Dinas Sosial",
  "Kantor Pelayanan",
  "UPT Pelayanan",
];
const INDICATORS = 30;
const ITEMS = 14;
/** F-03 scores: integers and halves, as a Likert average, all within the 0–5 scale and ≤ 2 decimals. */
const F03_VALUES = ["1", "2", "3", "3.5", "4", "4.25", "4.5", "5"];
/** Rows are gathered into strings of about this size before each write, so the file is never held whole. */
const FLUSH = 1 << 20;

export interface GeneratedInput {
  /** The input root: `<dir>/2024/pekppp/f02.csv`, `f03.csv`, `tahun.json`. */
  readonly dir: string;
  readonly lokus: number;
  readonly respondents: number;
  readonly f02Rows: number;
  readonly f03Rows: number;
  readonly bytes: number;
}

/** A small, fixed-seed generator (mulberry32): the same sizes always give the same files. */
function prng(seed: number) {
  let a = seed >>> 0;
  return (n: number) => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (((t ^ (t >>> 14)) >>> 0) % n) as number;
  };
}

/** Appends text to a file in ~1 MB writes. */
function writer(path: string) {
  const fd = openSync(path, "w");
  let buf = "";
  let bytes = 0;
  const flush = () => {
    bytes += writeSync(fd, buf);
    buf = "";
  };
  return {
    line(text: string) {
      buf += text;
      if (buf.length >= FLUSH) flush();
    },
    close(): number {
      flush();
      closeSync(fd);
      return bytes;
    },
  };
}

/**
 * Writes a valid year of synthetic input: `lokusPerInstansi` lokus for every
 * instansi code given, each with all 30 F-02 indicators (integers 0–5) and
 * 10–20 respondents answering all 14 F-03 items. Valid input means the
 * pipeline runs end to end (nothing rejected), as on real data.
 */
export function generateInput(
  dir: string,
  codes: readonly string[],
  lokusPerInstansi: number,
  seed = 2024,
): GeneratedInput {
  const pekppp = join(dir, "2024", "pekppp");
  mkdirSync(pekppp, { recursive: true });
  writeFileSync(join(dir, "2024", "tahun.json"), JSON.stringify({ status: "sample", catatan: "benchmark input" }));
  const rand = prng(seed);
  const f02 = writer(join(pekppp, "f02.csv"));
  const f03 = writer(join(pekppp, "f03.csv"));
  f02.line("kode_instansi,lokus,indikator,nilai\n");
  f03.line("kode_instansi,lokus,responden,butir,nilai\n");
  let lokus = 0;
  let respondents = 0;
  for (const kode of codes)
    for (let l = 1; l <= lokusPerInstansi; l++) {
      const name = `${UNITS[rand(UNITS.length)]} ${l}`;
      lokus++;
      // A lokus has a level; its scores scatter around it, so IPPs spread over the predikat ladder.
      const level = 1 + rand(5);
      for (let i = 1; i <= INDICATORS; i++)
        f02.line(`${kode},${name},${i},${Math.min(5, Math.max(0, level + rand(3) - 1))}\n`);
      const count = 10 + rand(11);
      respondents += count;
      for (let r = 1; r <= count; r++)
        for (let b = 1; b <= ITEMS; b++)
          f03.line(`${kode},${name},R${r},${b},${F03_VALUES[rand(F03_VALUES.length)]}\n`);
    }
  const bytes = f02.close() + f03.close();
  return { dir, lokus, respondents, f02Rows: lokus * INDICATORS, f03Rows: respondents * ITEMS, bytes };
}
