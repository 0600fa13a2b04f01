import { describe, expect, it } from "vitest";
import { buildChanges, type ChangeInstansi } from "../../../src/lib/changes/compare.ts";
import { changesView, homeChangesSentence, moveCounts, revisedValue } from "../../../src/lib/view/changes.ts";
import { moveOf } from "../../../src/lib/view/ranking.ts";

const LADDER = ["A", "A-", "B", "B-", "C"];
const r = (
  kode: string,
  nama: string,
  tingkat: ChangeInstansi["tingkat"],
  ipp: number,
  predikat: string,
): ChangeInstansi => ({
  kode_instansi: kode,
  nama,
  tingkat,
  kode_provinsi: tingkat === "kl" ? null : kode.slice(0, 2),
  ipp,
  predikat,
});
const slice = (tahun: number, instansi: ChangeInstansi[], profil = "p") => ({
  tahun,
  profil,
  ladder: LADDER,
  instansi,
});
const data = buildChanges({
  previous: slice(2023, [
    r("32", "Provinsi Jawa Barat", "provinsi", 4.2, "A-"),
    r("34.04", "Kabupaten Sleman", "kabupaten", 4.4, "A-"),
    r("32.73", "Kota Bandung", "kota", 2.8, "C"),
    r("34.71", "Kota Yogyakarta", "kota", 3.2, "B-"),
    r("34.02", "Kabupaten Bantul", "kabupaten", 3.9, "B"),
  ]),
  current: slice(2024, [
    r("32", "Provinsi Jawa Barat", "provinsi", 3.95, "B"),
    r("34.04", "Kabupaten Sleman", "kabupaten", 4.55, "A"),
    r("32.73", "Kota Bandung", "kota", 3.7, "B"),
    r("34.71", "Kota Yogyakarta", "kota", 3.25, "B-"),
    r("34.03", "Kabupaten Gunungkidul", "kabupaten", 3, "C"),
  ]),
  revisions: [
    { tanggal: "2025-02-03", alasan: "Salah ketik", kode: "32.73", kolom: "ipp", sebelum: "3.69", sesudah: "3.70" },
  ],
});
const slugs = new Map([["32.73", "kota-bandung"]]);

describe("the changes page model", () => {
  const v = changesView(data, "id", (k) => slugs.get(k));

  it("counts predikat up, down and the same per tingkat, and in all", () => {
    expect(v.status).toBe("compared");
    expect(v.counts).toEqual([
      { tingkat: "Provinsi", up: "0", down: "1", same: "0" },
      { tingkat: "Kabupaten", up: "1", down: "0", same: "0" },
      { tingkat: "Kota", up: "1", down: "0", same: "1" },
      { tingkat: "Semua", up: "2", down: "1", same: "1" },
    ]);
    expect(moveCounts(data)).toEqual({ up: 2, down: 1, same: 1 });
  });

  it("lists every move, the biggest first, formatted in Indonesian", () => {
    expect(v.up.map((e) => [e.nama, e.steps, e.change, e.slug])).toEqual([
      ["Kota Bandung", "+2", "+0,90", "kota-bandung"],
      ["Kabupaten Sleman", "+1", "+0,15", undefined],
    ]);
    expect(v.down.map((e) => [e.nama, e.before, e.after, e.steps])).toEqual([
      ["Provinsi Jawa Barat", "4,20", "3,95", "−1"],
    ]);
    expect(v.biggestUp.map((e) => e.nama)).toEqual(["Kota Bandung", "Kabupaten Sleman", "Kota Yogyakarta"]);
    expect(v.biggestDown.map((e) => e.nama)).toEqual(["Provinsi Jawa Barat"]);
    expect(v.added.map((e) => e.nama)).toEqual(["Kabupaten Gunungkidul"]);
    expect(v.missing.map((e) => [e.nama, e.before])).toEqual([["Kabupaten Bantul", "3,90"]]);
    expect(v.codes).toEqual([]);
    expect(v.errata).toEqual([
      {
        kode: "32.73",
        slug: "kota-bandung",
        nama: "Kota Bandung",
        date: "2025-02-03",
        column: "ipp",
        before: "3,69",
        after: "3,70",
        reason: "Salah ketik",
      },
    ]);
  });

  it("says what is compared with what, in both languages", () => {
    expect(v.lead).toMatch(/^Edisi 2024 dibanding edisi 2023\..*4 instansi/);
    expect(changesView(data, "en", () => undefined).lead).toMatch(/^The 2024 edition compared with the 2023 edition\./);
  });

  it("the first edition and another methodology say why nothing is compared", () => {
    const first = buildChanges({
      current: slice(2022, [r("32", "Provinsi Jawa Barat", "provinsi", 4, "B")]),
      previous: null,
    });
    expect(changesView(first, "id", () => undefined)).toMatchObject({ status: "first", counts: null, up: [] });
    expect(changesView(first, "en", () => undefined).lead).toMatch(/first edition/);
    const other = buildChanges({
      previous: slice(2023, [r("32", "Provinsi Jawa Barat", "provinsi", 4, "B")], "lama"),
      current: slice(2024, [r("32", "Provinsi Jawa Barat", "provinsi", 4.6, "A")]),
    });
    const view = changesView(other, "id", () => undefined);
    expect(view).toMatchObject({ status: "method", counts: null, up: [] });
    expect(view.lead).toMatch(/tidak dibandingkan dengan 2023: metode penilaiannya berbeda/);
    expect(homeChangesSentence(other, "id")).toMatch(/tidak dibandingkan/);
    expect(homeChangesSentence(first, "id")).toMatch(/Edisi pertama/);
    expect(homeChangesSentence(null, "en")).toMatch(/First edition/);
  });

  it("the home page's sentence gives the same counts", () => {
    expect(homeChangesSentence(data, "id")).toBe(
      "Dibanding 2023, 2 instansi naik predikat dan 1 instansi turun predikat.",
    );
    expect(homeChangesSentence(data, "en")).toBe("Compared with 2023, 2 institutions rose a predikat and 1 fell one.");
  });

  it("the ranking's move filter reads the same ladder", () => {
    expect(moveOf(LADDER, "C", "B")).toBe("naik");
    expect(moveOf(LADDER, "A", "A-")).toBe("turun");
    expect(moveOf(LADDER, "B", "B")).toBe("tetap");
    expect(moveOf(LADDER, "B", "?")).toBeNull();
  });
});

describe("revisedValue: a value an erratum revised, in the page's language", () => {
  it("writes canonical numbers like every IPP, keeps other text, dashes none", () => {
    expect(revisedValue("3.7", "id")).toBe("3,70");
    expect(revisedValue("3.7", "en")).toBe("3.70");
    expect(revisedValue("4.125", "id")).toBe("4,125");
    expect(revisedValue("12", "id")).toBe("12");
    expect(revisedValue("A-", "id")).toBe("A-");
    expect(revisedValue(null, "id")).toBe("–");
  });
});
