import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { awardsOf, type AwardsError, loadAwards } from "../../../src/lib/awards/load.ts";
import type { Master } from "../../../src/lib/regions/master.ts";
import { loadMaster } from "../../../scripts/lib/sources.ts";

const raw = () => JSON.parse(readFileSync("data/penghargaan.json", "utf8")) as Record<string, unknown>;
let master: Master;
beforeAll(async () => {
  master = await loadMaster("data");
});

describe("data/penghargaan.json: the real award lists", () => {
  it("passes its checks, and says what is known of how many", () => {
    const awards = loadAwards(raw(), "penghargaan.json", master);
    const count = (id: string) => {
      const l = awards.daftar.find((d) => d.id === id)!;
      return [l.penerima.length, l.jumlah_penerima, l.jumlah_dinilai];
    };
    expect(count("mpp-2023")).toEqual([10, 10, 163]);
    expect(count("mpp-2024")).toEqual([4, 21, 175]);
    expect(count("mpp-2025")).toEqual([1, null, 106]);
    expect(count("rkr-2024-kl")).toEqual([0, 10, null]);
    expect(count("mpp-2022")).toEqual([0, 6, 21]);
    expect(awards.daftar.find((d) => d.id === "mpp-2024")!.keputusan).toBe("Kepmen PANRB 661/2024");
    expect(awardsOf(awards, "32.73").map((a) => a.list.id)).toEqual(["mpp-2023", "mpp-2024", "pekppp-2024-prima"]);
  });

  it("refuses a broken list with every problem named", () => {
    const bad = raw() as {
      daftar: { id: string; jumlah_penerima: number | null; penerima: { kode_instansi: string; sumber: string[] }[] }[];
    };
    const mpp2023 = bad.daftar[0]!;
    mpp2023.jumlah_penerima = 9;
    mpp2023.penerima[0]!.kode_instansi = "3578";
    mpp2023.penerima[1]!.sumber = ["S99"];
    bad.daftar[1]!.penerima.push({ kode_instansi: "KL.024", sumber: ["S22"] });
    let error: AwardsError | undefined;
    try {
      loadAwards(bad, "penghargaan.json", master);
    } catch (e) {
      error = e as AwardsError;
    }
    expect(error?.problems).toEqual([
      "daftar mpp-2023: 10 penerima disebut, padahal jumlah_penerima 9",
      'daftar mpp-2023: kode_instansi "3578" tidak ada di data master',
      'daftar mpp-2023, penerima 51.03: sumber "S99" tidak ada di daftar sumber',
      "daftar mpp-2024: MPP KL.024 bukan pemerintah daerah",
    ]);
  });

  it("refuses more recipients than units evaluated, a list id twice, a recipient twice, and a difference about no list", () => {
    const bad = raw() as {
      daftar: { id: string; jumlah_penerima: number | null; jumlah_dinilai: number | null; penerima: unknown[] }[];
      perbedaan: { daftar: string }[];
    };
    const first = bad.daftar[0]!;
    first.jumlah_dinilai = 5;
    first.penerima.push(first.penerima[0]);
    first.jumlah_penerima = null;
    bad.daftar.push({ ...bad.daftar[1]!, id: first.id });
    bad.perbedaan.push({ ...bad.perbedaan[0]!, daftar: "tidak-ada" });
    let error: AwardsError | undefined;
    try {
      loadAwards(bad, "penghargaan.json", master);
    } catch (e) {
      error = e as AwardsError;
    }
    expect(error?.problems).toEqual(
      expect.arrayContaining([
        `daftar ${first.id}: id dipakai lebih dari sekali`,
        expect.stringMatching(new RegExp(`^daftar ${first.id}: penerima \\S+ disebut dua kali$`)),
        'perbedaan: daftar "tidak-ada" tidak ada',
      ]),
    );
    first.jumlah_penerima = 10;
    first.penerima.pop();
    bad.daftar.pop();
    bad.perbedaan.pop();
    expect(() => loadAwards(bad, "penghargaan.json", master)).toThrow(
      `daftar ${first.id}: jumlah_penerima 10 lebih dari jumlah_dinilai 5`,
    );
  });
});
