/**
 * The published figures step of the data build: `terbitan/angka-terbitan.csv`
 * read, checked and written as `angka-terbitan.{json,csv}` of the product.
 */
import type { BuildInput } from "../pipeline.ts";
import { toCsv, toJson } from "../output/csv.ts";
import { SCHEMA_VERSION } from "../schema/output.ts";
import { PUBLISHED_COLUMNS, PublishedData, type PublishedFigure } from "../schema/published.ts";
import { InputError } from "../validate/inputError.ts";
import { FileTally } from "../validate/issues.ts";
import { refuseFile } from "../validate/readFileRows.ts";
import { readPublished } from "./read.ts";

/** Where the published figures live in the input, when there are any (data/README.md, "Angka terbitan"). */
export const PUBLISHED_FILE = "terbitan/angka-terbitan.csv";

/**
 * The published figures (real values from public sources), each checked
 * with the profile of its year: the year's own when the data has it, else
 * the default profile of that year. Written only when the file exists.
 * One step of the data build (src/lib/pipeline.ts).
 */
export async function buildPublished(
  b: Pick<BuildInput, "input" | "effects" | "master" | "profiles">,
  done: readonly { tahun: number; profileId?: string | undefined }[],
  defaultProfile: { readonly from: number; readonly id: string },
) {
  const path = `${b.input}/${PUBLISHED_FILE}`;
  const tally = new FileTally(path);
  // An input that is not a readable folder is reported once, by findYears.
  if ((await b.effects.stat(b.input)).kind !== "dir") return { tally, files: undefined };
  const state = await b.effects.stat(path);
  if (state.kind === "absent") return { tally, files: undefined };
  if (state.kind !== "file") {
    tally.error(
      "berkas-tidak-terbaca",
      `berkas ditolak: ${state.kind === "dir" ? "adalah folder, bukan berkas" : state.reason}`,
    );
    return { tally, files: undefined };
  }
  const profileIdOf = (tahun: number) =>
    done.find((d) => d.tahun === tahun)?.profileId ?? (tahun >= defaultProfile.from ? defaultProfile.id : undefined);
  const missing = new Set<number>();
  let figures: PublishedFigure[];
  try {
    figures = await readPublished(b.effects.openText(path), {
      master: b.master,
      tally,
      profileFor: (tahun) => {
        const p = b.profiles.get(profileIdOf(tahun) ?? "");
        if (p) return p;
        missing.add(tahun);
        return b.profiles.get(defaultProfile.id)!;
      },
    });
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    refuseFile(tally, e);
    return { tally, files: undefined };
  }
  for (const tahun of missing)
    tally.error("tahun-tidak-valid", `tahun ${tahun} tidak punya profil metodologi untuk memeriksa angkanya`);
  const years = [...new Set(figures.map((f) => f.tahun))].sort();
  const data: PublishedData = PublishedData.parse({
    schemaVersion: SCHEMA_VERSION,
    resmi: true,
    berkas_sumber: `data/${PUBLISHED_FILE}`,
    profil: Object.fromEntries(years.map((y) => [String(y), profileIdOf(y) ?? defaultProfile.id])),
    angka: figures,
  });
  const csvRows = figures.map((f: PublishedFigure) => ({
    ...f,
    ipp: f.ipp_teks,
    lokus_disebut: f.lokus.map((l) => `${l.nama} ${l.teks}`).join("; "),
    pemeriksaan: f.pemeriksaan.status,
    bertentangan_dengan: f.bertentangan_dengan.join(" "),
  }));
  const files = new Map([
    ["angka-terbitan.json", toJson(data)],
    ["angka-terbitan.csv", toCsv(PUBLISHED_COLUMNS, csvRows)],
  ]);
  return { tally, files };
}
