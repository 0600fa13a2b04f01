import { beforeAll, describe, expect, it } from "vitest";
import type { Profile } from "../../../src/lib/method/profile.ts";
import { loadProfile } from "../../../src/lib/method/profile.ts";
import { canAgree, lokusMeanCheck, parseWritten } from "../../../src/lib/published/check.ts";
import { readPublished } from "../../../src/lib/published/read.ts";
import type { Master } from "../../../src/lib/regions/master.ts";
import { formatIssue, FileTally } from "../../../src/lib/validate/issues.ts";
import { loadMaster, loadProfiles, PROJECT_DATA } from "../../../scripts/lib/sources.ts";

const HEADER =
  "tahun,jenis,tingkat,instansi,ipp,predikat_disebut,peringkat_disebut,lokus_disebut,keputusan,sumber,catatan";
const SRC = "https://contoh.go.id/berita";

let master: Master;
let profile: Profile;
beforeAll(async () => {
  master = await loadMaster(PROJECT_DATA);
  profile = (await loadProfiles(PROJECT_DATA)).get("pekppp-2022")!;
});

async function read(lines: string[], p: Profile = profile) {
  const tally = new FileTally("data/terbitan/angka-terbitan.csv");
  const figures = await readPublished([HEADER, ...lines].join("\n"), { master, profileFor: () => p, tally });
  return { figures, tally, messages: tally.issues.map(formatIssue) };
}

describe("interval arithmetic on rounded figures", () => {
  it("parses values as written, keeping their decimals", () => {
    expect(parseWritten("4.633")).toEqual({ units: 46330, decimals: 3 });
    expect(parseWritten("4,6")).toEqual({ units: 46000, decimals: 1 });
    expect(parseWritten("4.6333")).toBeUndefined();
    expect(parseWritten("-1")).toBeUndefined();
  });

  it("lets the mean of rounded lokus give any IPP its interval reaches, and no other", () => {
    const l = ["4.73", "4.63", "4.63"].map((x) => parseWritten(x)!);
    // [4.6583, 4.6683): rounds to 4.66 or 4.67, never 4.65 or 4.68.
    expect(["4.65", "4.66", "4.67", "4.68"].map((x) => lokusMeanCheck(l, parseWritten(x)!).consistent)).toEqual([
      false,
      true,
      true,
      false,
    ]);
  });

  it("treats values as conflicting only when no number rounds to both", () => {
    expect(canAgree(parseWritten("4.63")!, parseWritten("4.633")!)).toBe(true);
    expect(canAgree(parseWritten("4.63")!, parseWritten("4.636")!)).toBe(false);
    expect(canAgree(parseWritten("3.68")!, parseWritten("3.67")!)).toBe(false);
  });
});

describe("readPublished", () => {
  it("refuses a row it cannot map to an instansi, naming file, row and column", async () => {
    const { figures, tally, messages } = await read([
      `2024,instansi,kota,Madiun,4.67,A,,,Kepmen,${SRC},`,
      `2024,instansi,kota,Atlantis,4.10,,,,Kepmen,${SRC},`,
      `2024,instansi,provinsi,Kediri,4.10,,,,Kepmen,${SRC},`,
    ]);
    expect(figures.map((f) => f.kode_instansi)).toEqual(["35.77"]);
    expect(tally.errors).toBe(2);
    expect(messages).toEqual([
      'GALAT data/terbitan/angka-terbitan.csv, baris 3, kolom instansi: tidak dapat dipetakan ke instansi kota mana pun di data master (nilai: "Atlantis")',
      'GALAT data/terbitan/angka-terbitan.csv, baris 4, kolom instansi: tidak dapat dipetakan ke instansi provinsi mana pun di data master (nilai: "Kediri")',
    ]);
  });

  it("refuses rows without a source, with a bad value, rank or lokus list", async () => {
    const { tally, messages } = await read([
      `2024,instansi,kota,Madiun,4.67,,,,Kepmen,,`,
      `2024,instansi,kota,Madiun,4.6789,,,,Kepmen,${SRC},`,
      `2024,instansi,kota,Madiun,4.67,,7-6,,Kepmen,${SRC},`,
      `2024,instansi,kota,Madiun,4.67,,,RSUD empat,Kepmen,${SRC},`,
      `2024,instansi,kota,Madiun,,,,,Kepmen,${SRC},`,
      `24,rata-rata,nasional,rata-rata,4.02,,,,,${SRC},`,
    ]);
    expect(tally.errors).toBe(6);
    expect(messages.map((m) => m.replace(/: .*$/, ""))).toEqual([
      "GALAT data/terbitan/angka-terbitan.csv, baris 2, kolom sumber",
      "GALAT data/terbitan/angka-terbitan.csv, baris 3, kolom ipp",
      "GALAT data/terbitan/angka-terbitan.csv, baris 4, kolom peringkat_disebut",
      "GALAT data/terbitan/angka-terbitan.csv, baris 5, kolom lokus_disebut",
      "GALAT data/terbitan/angka-terbitan.csv, baris 6, kolom ipp",
      "GALAT data/terbitan/angka-terbitan.csv, baris 7, kolom tahun",
    ]);
  });

  it("flags a predikat the ladder does not give, and ranks against the order of values", async () => {
    const { figures } = await read([
      `2025,instansi,kabupaten,Sumedang,4.72,A-,1,,Kepmen,${SRC},`,
      `2025,instansi,kabupaten,Sleman,4.75,,2,,Kepmen,${SRC},`,
    ]);
    expect(figures.map((f) => f.pemeriksaan.status)).toEqual(["tidak-konsisten", "tidak-konsisten"]);
    expect(figures[0]!.pemeriksaan.rincian[0]).toBe(
      "Predikat A- tidak sesuai dengan tangga predikat untuk IPP 4,72 (A).",
    );
    expect(figures[1]!.pemeriksaan.rincian[0]).toBe("Peringkat 2 bertentangan dengan urutan nilai pada baris 2.");
  });

  it("reads equal values with different ranks through the profile's tie rule", async () => {
    const rows = [
      `2025,instansi,kabupaten,Batang,4.69,,3,,Kepmen,${SRC},`,
      `2025,instansi,kabupaten,Jombang,4.69,,4,,Kepmen,${SRC},`,
    ];
    const precise = await read(rows);
    expect(precise.figures.map((f) => f.pemeriksaan.status)).toEqual(["konsisten", "konsisten"]);
    const rounded = loadProfile({ ...profile.def, peringkat: undefined }, "tanpa-aturan.json");
    const other = await read(rows, rounded);
    expect(other.figures.map((f) => f.pemeriksaan.status)).toEqual(["tidak-konsisten", "tidak-konsisten"]);
  });
});
