import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadEvaluationProfile } from "../../../src/lib/evaluation/profile.ts";
import { ProfileError } from "../../../src/lib/method/profile.ts";

/** A profile of data/methodology as plain JSON, to break one field at a time. */
interface RawProfile {
  evaluasi: string;
  aspek: { kode: string; nilai_dari?: string }[];
  skala: { min: number; max: number };
  kategori: { kode: string; batas_bawah: number }[];
  sarana?: { daftar: { nomor: number; kode: string }[] };
}
const raw = (id: string) => JSON.parse(readFileSync(`data/methodology/${id}.json`, "utf8")) as RawProfile;

function problems(p: RawProfile): readonly string[] {
  try {
    loadEvaluationProfile(p, "rusak.json");
  } catch (e) {
    expect(e).toBeInstanceOf(ProfileError);
    return (e as ProfileError).problems;
  }
  throw new Error("the profile was accepted");
}

describe("an evaluation profile is refused for each inconsistency, naming the field", () => {
  it("an aspect code used twice", () => {
    const p = raw("mpp-2022");
    p.aspek[1]!.kode = "investasi";
    expect(problems(p)).toContain('aspek: kode "investasi" dipakai lebih dari sekali');
  });

  it("two aspects valued from the facilities", () => {
    const p = raw("rkr-2022");
    p.aspek[0]!.nilai_dari = "sarana";
    expect(problems(p)).toContain("aspek: paling banyak satu aspek bernilai dari sarana");
  });

  it("an aspect valued from facilities the profile does not list", () => {
    const p = raw("rkr-2022");
    delete p.sarana;
    expect(problems(p)).toContain("aspek sarana: bernilai dari sarana, tetapi profil tidak punya daftar sarana");
  });

  it("a facility list outside Ramah Kelompok Rentan", () => {
    const p = raw("mpp-2022");
    p.sarana = raw("rkr-2022").sarana!;
    expect(problems(p)).toContain("sarana: hanya evaluasi rkr yang punya daftar sarana");
  });

  it("facilities numbered out of order", () => {
    const p = raw("rkr-2022");
    p.sarana!.daftar[2]!.nomor = 7;
    expect(problems(p)).toContain("sarana.daftar[2]: nomor 7, harus 3 (berurutan mulai 1)");
  });

  it("a facility or an aspect named like another column", () => {
    const p = raw("rkr-2022");
    p.sarana!.daftar[0]!.kode = "jenis_unit";
    p.aspek[0]!.kode = "unit";
    const found = problems(p);
    expect(found).toContain("sarana jenis_unit: kode sama dengan nama kolom lain");
    expect(found).toContain("aspek unit: kode sama dengan kolom tetap");
  });

  it("a scale whose minimum is not below its maximum", () => {
    const p = raw("mpp-2022");
    p.skala.min = 100;
    expect(problems(p)).toContain("skala: min 100 harus lebih kecil dari max 100");
  });

  it("a tier code used twice, a tier above the scale, a ladder not reaching the minimum", () => {
    const p = raw("mpp-2022");
    p.kategori[1]!.kode = "Prima";
    p.kategori[0]!.batas_bawah = 101;
    p.kategori.at(-1)!.batas_bawah = 10;
    const found = problems(p);
    expect(found).toContain('kategori: kode "Prima" dipakai lebih dari sekali');
    expect(found).toContain("kategori Prima: batas bawah 101 di atas skala maksimum 100");
    expect(found).toContain("kategori: tingkat terakhir (Kurang) harus mulai dari skala minimum 0, bukan 10");
  });
});
