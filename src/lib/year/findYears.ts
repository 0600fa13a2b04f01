import { shown } from "../csv/cellText.ts";
import type { Effects } from "../effects.ts";
import type { FileTally } from "../validate/issues.ts";

/** Entries of the input folder that are not years and are read or ignored on purpose. */
const NOT_YEARS = new Set(["methodology"]);

/**
 * The year folders of the input (`<input>/2024/`), in order. Everything a
 * mistake could hide behind is an error on `tally`: an input that is not
 * there or not a folder, a folder with no year in it, a year that is not a
 * readable folder, and a folder meant as a year whose name is not four
 * digits (`20x4`, `2O23`, `2024 `): one with digits in its name, or with a
 * `pekppp/` folder or `tahun.json` inside. Hidden entries (`.cache`) and
 * other files (README.md, kl.csv) are left alone.
 */
export async function findYears(input: string, effects: Effects, tally: FileTally): Promise<number[]> {
  const root = await effects.stat(input);
  if (root.kind !== "dir") {
    const why =
      root.kind === "absent"
        ? "folder --input tidak ada"
        : root.kind === "file"
          ? "--input adalah berkas, bukan folder"
          : `folder --input tidak dapat dibaca: ${root.reason}`;
    tally.error("masukan-tidak-valid", `${why}; periksa jalur --input (folder yang berisi 2024/pekppp/f02.csv dst.)`);
    return [];
  }
  const years: number[] = [];
  for (const name of await effects.list(input)) {
    if (name.startsWith(".") || NOT_YEARS.has(name)) continue;
    const state = await effects.stat(`${input}/${name}`);
    if (/^\d{4}$/.test(name)) {
      if (state.kind === "dir") years.push(Number(name));
      else
        tally.error(
          "masukan-tidak-valid",
          `"${shown(name)}" bukan folder tahun yang dapat dibaca: ${
            state.kind === "file" ? "ia sebuah berkas" : state.kind === "unreadable" ? state.reason : "tidak ada"
          }; tahun ${name} tidak dinilai`,
        );
      continue;
    }
    if (state.kind === "unreadable" && /\d/.test(name)) {
      tally.error("masukan-tidak-valid", `"${shown(name)}" tidak dapat dibaca: ${state.reason}`);
      continue;
    }
    if (state.kind !== "dir") continue;
    const meant =
      /\d/.test(name) ||
      (await effects.stat(`${input}/${name}/pekppp`)).kind !== "absent" ||
      (await effects.stat(`${input}/${name}/tahun.json`)).kind !== "absent";
    if (meant)
      tally.error(
        "masukan-tidak-valid",
        `folder "${shown(name)}" bukan nama tahun: nama folder tahun harus empat angka (mis. 2024); ganti namanya, atau pindahkan folder ini keluar dari --input`,
      );
  }
  if (years.length === 0 && tally.errors === 0)
    tally.error(
      "masukan-tidak-valid",
      `tidak ada folder tahun (mis. ${input}/2024/pekppp/f02.csv): tidak ada yang dapat diterbitkan; periksa jalur --input`,
    );
  return years.sort((a, b) => a - b);
}
