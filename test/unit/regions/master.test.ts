import { describe, expect, it } from "vitest";
import { buildMaster, tingkatOfRegency } from "../../../src/lib/regions/master.ts";

const provinces = [
  { code: "32", name: "Jawa Barat" },
  { code: "31", name: "Daerah Khusus Ibukota Jakarta" },
  { code: "33", name: "Jawa Tengah" },
];
const regencies = [
  { code: "32.73", province_code: "32", name: "Kota Bandung" },
  { code: "32.04", province_code: "32", name: "Kabupaten Bandung" },
  { code: "33.04", province_code: "33", name: "Kabupaten Bandung" }, // same name in another province
  { code: "31.01", province_code: "31", name: "Kabupaten Administrasi Kepulauan Seribu" },
];
const kl = [{ kode: "KL.024", nama: "Kementerian Kesehatan", singkatan: "Kemenkes" }];

describe("the instansi master", () => {
  const master = buildMaster({ provinces, regencies, kl });

  it("lists provinces, kabupaten, kota and K/L in code order, the tingkat from the code", () => {
    expect(master.list.map((i) => [i.kode, i.tingkat, i.kode_provinsi])).toEqual([
      ["31", "provinsi", "31"],
      ["31.01", "kabupaten", "31"],
      ["32", "provinsi", "32"],
      ["32.04", "kabupaten", "32"],
      ["32.73", "kota", "32"],
      ["33", "provinsi", "33"],
      ["33.04", "kabupaten", "33"],
      ["KL.024", "kl", null],
    ]);
    expect([tingkatOfRegency("32.70"), tingkatOfRegency("32.71")]).toEqual(["kabupaten", "kota"]);
  });

  it("gives short names for tight places", () => {
    const short = (kode: string) => master.byCode.get(kode)?.nama_pendek;
    expect([short("31"), short("31.01"), short("32"), short("32.04"), short("32.73"), short("KL.024")]).toEqual([
      "DKI Jakarta",
      "Kab. Adm. Kepulauan Seribu",
      "Prov. Jawa Barat",
      "Kab. Bandung",
      "Kota Bandung",
      "Kemenkes",
    ]);
  });

  it("gives every instansi a unique slug, naming the province when two share a name", () => {
    const slug = (kode: string) => master.byCode.get(kode)?.slug;
    expect(slug("32.73")).toBe("kota-bandung");
    expect(slug("32.04")).toBe("kabupaten-bandung-jawa-barat");
    expect(slug("33.04")).toBe("kabupaten-bandung-jawa-tengah");
    expect(slug("KL.024")).toBe("kementerian-kesehatan");
    expect(new Set(master.list.map((i) => i.slug)).size).toBe(master.list.length);
  });

  it("falls back on 'kl' and then the code when two K/L share a name", () => {
    const twins = [
      { kode: "KL.090", nama: "Badan Riset", singkatan: "BR" },
      { kode: "KL.091", nama: "Badan Riset", singkatan: "BR" },
    ];
    const slugs = buildMaster({ provinces, regencies, kl: twins }).list.filter((i) => i.tingkat === "kl");
    expect(slugs.map((i) => i.slug)).toEqual(["badan-riset-kl", "badan-riset-kl-kl-091"]);
  });

  it("refuses a bad K/L row, naming its line in kl.csv", () => {
    expect(() => buildMaster({ provinces, regencies, kl: [...kl, { kode: "24", nama: "X", singkatan: "X" }] })).toThrow(
      /^kl\.csv, baris 3: .*KL\.nnn/,
    );
  });

  it("refuses a kab/kota of a province that does not exist, and a code used twice", () => {
    expect(() =>
      buildMaster({ provinces, regencies: [{ code: "99.01", province_code: "99", name: "Kota X" }], kl }),
    ).toThrow("regencies: 99.01 menunjuk provinsi 99 yang tidak ada");
    expect(() => buildMaster({ provinces: [...provinces, provinces[0]!], regencies, kl })).toThrow(
      "data master: kode 32 muncul lebih dari sekali",
    );
  });
});
