import { describe, expect, it } from "vitest";
import { checkFrozen } from "../../../src/lib/release/check.ts";
import { draftErratum } from "../../../src/lib/release/erratum.ts";
import { errataProduct, manifestEdition, SAMPLE_SOURCE } from "../../../src/lib/release/product.ts";
import { freezeProblem, makeRecord, recordText } from "../../../src/lib/release/record.ts";
import { ErrataFile, ReleaseRecord, type CanonicalRow } from "../../../src/lib/schema/release.ts";

const row = (kunci: string, nilai: Record<string, string | null>): CanonicalRow => ({
  evaluasi: "pekppp",
  kunci,
  nilai,
});
const ROWS = [
  row("32.73", { ipp: "4.7", predikat: "A", peringkat_nasional: "2" }),
  row("33.74", { ipp: "4.64", predikat: "A", peringkat_nasional: "5" }),
];
const INPUTS = new Map([
  ["pekppp/f02.csv", "a".repeat(64)],
  ["tahun.json", "b".repeat(64)],
]);
const now = { status: "sample" as const, profil: "pekppp-2022", keputusan: null };
const names = new Map([["32.73", "Kota Bandung"]]);
const record = () => makeRecord({ tahun: 2024, ...now, tanggal: "2026-01-15", inputs: INPUTS, rows: ROWS });
const check = async (
  o: { rows?: CanonicalRow[]; inputs?: Map<string, string>; errata?: ErrataFile | null; rec?: ReleaseRecord } = {},
) =>
  checkFrozen({
    record: o.rec ?? (await record()),
    errata: o.errata ?? null,
    inputs: o.inputs ?? INPUTS,
    rows: o.rows ?? ROWS,
    now,
    nameOf: (k) => names.get(k),
  });

describe("a frozen edition against its release record", () => {
  it("passes when inputs and results are as released", async () => {
    expect(await check()).toEqual([]);
  });

  it("names the input file that changed, appeared or disappeared", async () => {
    const inputs = new Map(INPUTS).set("pekppp/f02.csv", "c".repeat(64)).set("pekppp/f03.csv", "d".repeat(64));
    inputs.delete("tahun.json");
    const problems = await check({ inputs });
    expect(problems.map((p) => [p.where, p.file])).toEqual([
      ["berkas", "pekppp/f02.csv"],
      ["berkas", "pekppp/f03.csv"],
      ["berkas", "tahun.json"],
    ]);
    expect(problems[0]!.message).toMatch(
      /^isi berkas berubah sejak edisi dibekukan .*masukan edisi 2024 tidak boleh berubah$/,
    );
    expect(problems[1]!.message).toMatch(/^berkas baru/);
    expect(problems[2]!.message).toMatch(/^berkas ini hilang/);
  });

  it("names the instansi and the column of a changed result, before and after", async () => {
    const rows = [row("32.73", { ipp: "4.71", predikat: "A", peringkat_nasional: "2" }), ROWS[1]!];
    expect(await check({ rows })).toEqual([
      {
        where: "hasil",
        kode: "32.73",
        column: "ipp",
        message: "instansi 32.73 (Kota Bandung): ipp berubah dari 4.7 menjadi 4.71, padahal edisi 2024 sudah dibekukan",
      },
    ]);
    const fewer = await check({ rows: [ROWS[0]!, row("35.78", { ipp: "4" })] });
    expect(fewer.map((p) => p.message)).toEqual([
      "instansi 33.74 tidak ada lagi di hasil edisi 2024 yang dibekukan",
      "instansi 35.78 baru muncul di hasil edisi 2024 yang dibekukan",
    ]);
  });

  it("finds a record whose results were edited by hand, and a status or profile that changed", async () => {
    const rec = await record();
    const edited = {
      ...rec,
      hasil: { ...rec.hasil, baris: [row("32.73", { ipp: "4.71", predikat: "A", peringkat_nasional: "2" }), ROWS[1]!] },
    };
    const problems = await check({ rec: edited, rows: edited.hasil.baris });
    expect(problems.map((p) => p.where)).toEqual(["rilis"]);
    expect(problems[0]!.message).toMatch(/catatan rilis telah diubah/);
    const other = await checkFrozen({
      record: rec,
      errata: null,
      inputs: INPUTS,
      rows: ROWS,
      now: { ...now, profil: "pekppp-2030" },
    });
    expect(other.map((p) => [p.column, p.message])).toEqual([
      ["profil", "profil edisi 2024 yang dibekukan adalah pekppp-2022, sekarang pekppp-2030"],
    ]);
  });

  it("passes a change an erratum records (values and replaced input file), and only that change", async () => {
    const rec = await record();
    const rows = [
      row("32.73", { ipp: "4.72", predikat: "A", peringkat_nasional: "1" }),
      row("33.74", { ipp: "4.64", predikat: "A", peringkat_nasional: "5" }),
    ];
    const inputs = new Map(INPUTS).set("pekppp/f02.csv", "e".repeat(64));
    expect((await check({ rows, inputs })).length).toBe(3);
    const entry = draftErratum({
      record: rec,
      errata: null,
      inputs,
      rows,
      tanggal: "2026-02-03",
      alasan: " salah ketik ",
    })!;
    expect(entry).toEqual({
      tanggal: "2026-02-03",
      alasan: "salah ketik",
      perubahan: [
        { kode: "32.73", kolom: "ipp", sebelum: "4.7", sesudah: "4.72" },
        { kode: "32.73", kolom: "peringkat_nasional", sebelum: "2", sesudah: "1" },
      ],
      berkas: [{ berkas: "pekppp/f02.csv", sha256: "e".repeat(64) }],
    });
    const errata = ErrataFile.parse({ schemaVersion: 1, tahun: 2024, ralat: [entry] });
    expect(await check({ rows, inputs, errata })).toEqual([]);
    // Nothing left to record once the erratum is in.
    expect(draftErratum({ record: rec, errata, inputs, rows, tanggal: "2026-02-04", alasan: "x" })).toBeNull();
    // A later change still fails, named.
    const later = [row("32.73", { ipp: "4.73", predikat: "A", peringkat_nasional: "1" }), rows[1]!];
    expect((await check({ rows: later, inputs, errata })).map((p) => p.column)).toEqual(["ipp"]);
    // An erratum whose "before" is not the edition's value does not describe it.
    const wrong = ErrataFile.parse({
      schemaVersion: 1,
      tahun: 2024,
      ralat: [{ ...entry, perubahan: [{ ...entry.perubahan[0]!, sebelum: "4.69" }, entry.perubahan[1]!] }],
    });
    expect((await check({ rows, inputs, errata: wrong })).map((p) => p.where)).toEqual(["ralat"]);
  });

  it("records an added evaluation row and a removed input file, and passes them once recorded", async () => {
    const rec = await record();
    const unit: CanonicalRow = { evaluasi: "rkr", kunci: "32.73/RSUD", nilai: { nilai: "70", kategori: "Ramah" } };
    const rows = [...ROWS, unit];
    const inputs = new Map(INPUTS);
    inputs.delete("tahun.json");
    const entry = draftErratum({
      record: rec,
      errata: null,
      inputs,
      rows,
      tanggal: "2026-03-01",
      alasan: "unit terlewat",
    })!;
    expect(entry.perubahan).toEqual([
      { kode: "32.73/RSUD", evaluasi: "rkr", kolom: "kategori", sebelum: null, sesudah: "Ramah" },
      { kode: "32.73/RSUD", evaluasi: "rkr", kolom: "nilai", sebelum: null, sesudah: "70" },
    ]);
    expect(entry.berkas).toEqual([{ berkas: "tahun.json", sha256: null }]);
    const errata = ErrataFile.parse({ schemaVersion: 1, tahun: 2024, ralat: [entry] });
    expect(await check({ rows, inputs, errata })).toEqual([]);
    // The unit's removal, recorded in turn, takes it out again.
    const removal = draftErratum({
      record: rec,
      errata,
      inputs,
      rows: ROWS,
      tanggal: "2026-03-02",
      alasan: "dibatalkan",
    })!;
    const both = ErrataFile.parse({ schemaVersion: 1, tahun: 2024, ralat: [entry, removal] });
    expect(await check({ rows: ROWS, inputs, errata: both })).toEqual([]);
    const named = await check({ rows: [...ROWS, { ...unit, nilai: { ...unit.nilai, nilai: "71" } }], inputs, errata });
    expect(named.map((p) => p.message)).toEqual([
      "unit Ramah Kelompok Rentan 32.73/RSUD: nilai berubah dari 70 menjadi 71, padahal edisi 2024 sudah dibekukan",
    ]);
  });

  it("refuses errata out of date order and an official edition without its decree", async () => {
    const e = { tanggal: "2026-02-03", alasan: "a", perubahan: [] };
    expect(
      ErrataFile.safeParse({ schemaVersion: 1, tahun: 2024, ralat: [e, { ...e, tanggal: "2026-01-01" }] }).success,
    ).toBe(false);
    expect(
      ErrataFile.safeParse({ schemaVersion: 1, tahun: 2024, ralat: [{ ...e, tanggal: "2026-02-30" }] }).success,
    ).toBe(false);
    expect(freezeProblem({ tahun: 2026, status: "official", keputusan: null })).toMatch(
      /isi "sumber" di data\/2026\/tahun\.json/,
    );
    expect(freezeProblem({ tahun: 2026, status: "official", keputusan: "Kepmen PANRB 3/2026" })).toBeNull();
    await expect(
      makeRecord({
        tahun: 2026,
        status: "official",
        profil: "p",
        keputusan: null,
        tanggal: "2027-01-10",
        inputs: INPUTS,
        rows: ROWS,
      }),
    ).rejects.toThrow(/keputusan/);
  });

  it("writes the record with one line per result, and reads it back the same", async () => {
    const rec = await record();
    const text = recordText(rec);
    expect(text.split("\n").filter((l) => l.includes('"evaluasi"'))).toHaveLength(2);
    expect(ReleaseRecord.parse(JSON.parse(text))).toEqual(rec);
  });

  it("says in the manifest whether a year is released, with its decree, date and errata", async () => {
    const rec = await record();
    const errata = ErrataFile.parse({
      schemaVersion: 1,
      tahun: 2024,
      ralat: [{ tanggal: "2026-02-03", alasan: "a", perubahan: [] }],
    });
    const release = { record: rec, errata, rows: ROWS, inputs: INPUTS, now };
    expect(manifestEdition("sample", null, release)).toEqual({
      sumber: SAMPLE_SOURCE,
      keputusan: null,
      edisi: "terbit",
      tanggal_rilis: "2026-01-15",
      ralat: 1,
    });
    expect(manifestEdition("official", "Kepmen PANRB 3/2026", undefined)).toEqual({
      sumber: "Kepmen PANRB 3/2026",
      keputusan: "Kepmen PANRB 3/2026",
      edisi: "draf",
      tanggal_rilis: null,
      ralat: 0,
    });
    expect(errataProduct([null, errata]).ralat).toEqual([
      { tahun: 2024, tanggal: "2026-02-03", alasan: "a", perubahan: [] },
    ]);
  });
});
