import { describe, expect, it } from "vitest";
import { readCsv } from "../../../src/lib/csv/readCsv.ts";
import { klReader } from "../../../src/lib/regions/klCsv.ts";
import { FileTally } from "../../../src/lib/validate/issues.ts";

async function read(text: string) {
  const tally = new FileTally("data/kl.csv");
  const reader = klReader(tally);
  await readCsv(text, reader.visitor);
  return { tally, rows: reader.rows(), issues: tally.issues.map((i) => [i.row, i.column, i.message]) };
}

describe("kl.csv: the master list of the K/L", () => {
  it("keeps each K/L with its name and short name, normalised", async () => {
    const r = await read(
      "kode,nama,singkatan\nKL.024, Kementerian  Kesehatan ,Kemenkes\n KL.023 ,Kementerian Pendidikan,Kemendikbud",
    );
    expect(r.rows).toEqual([
      { kode: "KL.024", nama: "Kementerian Kesehatan", singkatan: "Kemenkes" },
      { kode: "KL.023", nama: "Kementerian Pendidikan", singkatan: "Kemendikbud" },
    ]);
    expect([r.tally.read, r.tally.used, r.tally.errors]).toEqual([2, 2, 0]);
  });

  it("refuses a malformed code, a code twice, an empty name and a name without Latin letters, each by row and column", async () => {
    const r = await read(
      [
        "kode,nama,singkatan",
        "KL.24,Kementerian A,KA",
        "KL.001,Kementerian B,KB",
        "KL.001,Kementerian C,KC",
        "KL.002,,KD",
        "KL.003,Kementerian E,",
        "KL.004,وزارة,KF",
      ].join("\n"),
    );
    expect(r.issues).toEqual([
      [2, "kode", "kode K/L harus berbentuk KL.nnn (kode bagian anggaran, mis. KL.024)"],
      [4, "kode", "kode KL.001 sudah ada di baris 3; setiap K/L satu baris"],
      [5, "nama", "nama kosong"],
      [6, "singkatan", "singkatan kosong"],
      [
        7,
        "nama",
        'nama "وزارة" tidak memuat huruf Latin atau angka: alamat halamannya dibentuk dari nama (mis. kementerian-kesehatan); tulis nama dengan huruf Latin',
      ],
    ]);
    expect(r.rows.map((k) => k.kode)).toEqual(["KL.001"]);
    expect(r.tally.rejected.get("masukan-tidak-valid")).toBe(5);
  });

  it("refuses blank and broken rows, and every row under a wrong header", async () => {
    const r = await read('kode,nama,singkatan\n\nKL.001,"Kementerian A,KA\n');
    expect(r.tally.rejected.get("baris-kosong")).toBe(1);
    expect(r.tally.issues.map((i) => i.code)).toContain("baris-rusak");
    const wrong = await read("kode,nama\nKL.001,Kementerian A");
    expect(wrong.tally.issues[0]!.message).toMatch(/^header salah: kolom wajib tidak ada: singkatan/);
    expect(wrong.tally.rejected.get("header-salah")).toBe(1);
    expect(wrong.rows).toEqual([]);
  });

  it("says an empty file has no header", async () => {
    const r = await read("");
    expect(r.issues).toEqual([
      [1, undefined, "berkas kosong: tidak ada header. Header yang diharapkan: kode,nama,singkatan"],
    ]);
  });
});
