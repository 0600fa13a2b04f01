import { describe, expect, it } from "vitest";
import type { Effects, PathState } from "../../../src/lib/effects.ts";
import { FileTally } from "../../../src/lib/validate/issues.ts";
import { findYears } from "../../../src/lib/year/findYears.ts";
import { memoryEffects } from "../../support/memoryEffects.ts";

/** Memory effects where some paths cannot be read. */
function withUnreadable(
  files: Record<string, string>,
  unreadable: Record<string, string>,
  list: string[] = [],
): Effects {
  const effects = memoryEffects(files);
  return {
    ...effects,
    stat: async (p): Promise<PathState> =>
      p in unreadable ? { kind: "unreadable", reason: unreadable[p]! } : effects.stat(p),
    list: async (d) => [...new Set([...(await effects.list(d)), ...list])].sort(),
  };
}

async function find(effects: Effects) {
  const tally = new FileTally("in");
  const years = await findYears("in", effects, tally);
  return { years, messages: tally.issues.map((i) => i.message) };
}

describe("the year folders of the input", () => {
  it("are the four-digit folders, in order; hidden entries, methodology and other files are left alone", async () => {
    const r = await find(
      memoryEffects({
        "in/2024/pekppp/f02.csv": "",
        "in/2023/pekppp/f02.csv": "",
        "in/.cache/2022/x": "",
        "in/methodology/pekppp-2099.json": "",
        "in/README.md": "",
        "in/lain/catatan.txt": "",
      }),
    );
    expect(r).toEqual({ years: [2023, 2024], messages: [] });
  });

  it.each([
    [memoryEffects({}), "folder --input tidak ada"],
    [memoryEffects({ in: "" }), "--input adalah berkas, bukan folder"],
    [withUnreadable({}, { in: "izin ditolak" }), "folder --input tidak dapat dibaca: izin ditolak"],
  ])("refuse an input that is not a readable folder (%#)", async (effects, why) => {
    const r = await find(effects);
    expect(r.years).toEqual([]);
    expect(r.messages).toEqual([`${why}; periksa jalur --input (folder yang berisi 2024/pekppp/f02.csv dst.)`]);
  });

  it("report a year that is a file, unreadable or gone, and skip it", async () => {
    const r = await find(
      withUnreadable(
        { "in/2022": "", "in/2023/x": "", "in/2024/pekppp/f02.csv": "" },
        { "in/2023": "izin ditolak" },
        ["2025"], // listed, then gone before it was looked at
      ),
    );
    expect(r.years).toEqual([2024]);
    expect(r.messages).toEqual([
      '"2022" bukan folder tahun yang dapat dibaca: ia sebuah berkas; tahun 2022 tidak dinilai',
      '"2023" bukan folder tahun yang dapat dibaca: izin ditolak; tahun 2023 tidak dinilai',
      '"2025" bukan folder tahun yang dapat dibaca: tidak ada; tahun 2025 tidak dinilai',
    ]);
  });

  it("report a folder meant as a year whose name is not four digits", async () => {
    const r = await find(
      withUnreadable(
        {
          "in/2024/pekppp/f02.csv": "",
          "in/20x4/pekppp/f02.csv": "",
          "in/tahun-baru/pekppp/f02.csv": "",
          "in/baru/tahun.json": "",
          "in/2O23 salinan/x": "",
        },
        { "in/2O25": "izin ditolak", "in/arsip": "izin ditolak" },
        ["2O25", "arsip"],
      ),
    );
    expect(r.years).toEqual([2024]);
    const notAYear = (n: string) =>
      `folder "${n}" bukan nama tahun: nama folder tahun harus empat angka (mis. 2024); ganti namanya, atau pindahkan folder ini keluar dari --input`;
    // In listing order; an unreadable entry without a digit ("arsip") is not taken for a year.
    expect(r.messages).toEqual([
      notAYear("20x4"),
      notAYear("2O23 salinan"),
      '"2O25" tidak dapat dibaca: izin ditolak',
      notAYear("baru"),
      notAYear("tahun-baru"),
    ]);
  });

  it("say so when the input holds no year at all", async () => {
    const r = await find(memoryEffects({ "in/README.md": "" }));
    expect(r.messages).toEqual([
      "tidak ada folder tahun (mis. in/2024/pekppp/f02.csv): tidak ada yang dapat diterbitkan; periksa jalur --input",
    ]);
  });
});
