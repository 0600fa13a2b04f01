import { describe, expect, it } from "vitest";
import { readCsv } from "../../../src/lib/csv/readCsv.ts";
import { hasilReader } from "../../../src/lib/ingest/hasil.ts";
import { ladder } from "../../../src/lib/method/predikat.ts";
import { buildMaster } from "../../../src/lib/regions/master.ts";
import { FileTally } from "../../../src/lib/validate/issues.ts";
import { profile } from "../../support/profile.ts";

const master = buildMaster({
  provinces: [{ code: "32", name: "Jawa Barat" }],
  regencies: [{ code: "32.73", province_code: "32", name: "Kota Bandung" }],
  kl: [{ kode: "KL.024", nama: "Kementerian Kesehatan", singkatan: "Kemenkes" }],
});

async function read(text: string) {
  const tally = new FileTally("2019/hasil.csv");
  const reader = hasilReader(profile, ladder(profile.def.predikat, 2), master, tally);
  await readCsv(text, reader.visitor);
  return { tally, results: reader.results() };
}

describe("hasil.csv: the published results of a year without scores", () => {
  it("keeps each instansi's IPP scaled, with or without a predikat", async () => {
    const { tally, results } = await read("kode_instansi,ipp,predikat\n32,4.63,a\n32.73,3.5,\nKL.024,4.01,A-");
    expect([...results.values()]).toEqual([
      { kode: "32", scaled: 463, row: 2 },
      { kode: "32.73", scaled: 350, row: 3 },
      { kode: "KL.024", scaled: 401, row: 4 },
    ]);
    expect(tally.errors).toBe(0);
  });

  it("rejects an unknown or BPS-style code, a second row of an instansi, and a predikat off the ladder", async () => {
    const { tally, results } = await read(
      "kode_instansi,ipp,predikat\n3273,4.00,\nKL.999,4.00,\n32,4.50,A\n32.73,4.51,A",
    );
    expect(tally.issues.map((i) => [i.row, i.code, i.column])).toEqual([
      [2, "kode-instansi-tidak-dikenal", "kode_instansi"],
      [3, "kode-instansi-tidak-dikenal", "kode_instansi"],
      [4, "predikat-tidak-cocok", "predikat"],
    ]);
    expect(tally.issues[0]!.message).toContain("(mis. 32.73), bukan kode BPS");
    expect(tally.issues[2]!.message).toBe("predikat tidak cocok dengan IPP 4.50: menurut tabel predikat seharusnya A-");
    expect([...results.keys()]).toEqual(["32.73"]);
    const dup = await read("kode_instansi,ipp\n32,4.00\n32,4.10");
    expect(dup.tally.issues[0]).toMatchObject({
      row: 3,
      code: "duplikat",
      message: "instansi 32 sudah ada di baris 2",
    });
    expect(dup.results.get("32")!.scaled).toBe(400);
  });

  it("rejects an IPP outside the scale and every row under a wrong header", async () => {
    const { tally } = await read("kode_instansi,ipp\n32,5.5");
    expect(tally.rejected.get("nilai-di-luar-rentang")).toBe(1);
    const wrong = await read("kode,ipp\n32,4.00\n32.73,4.00");
    expect(wrong.tally.issues.map((i) => i.code)).toEqual(["kolom-tidak-dikenal", "header-salah"]);
    expect(wrong.tally.rejected.get("header-salah")).toBe(2);
    expect(wrong.results.size).toBe(0);
  });
});
