import { describe, expect, it } from "vitest";
import { loadProfile, ProfileError } from "../../../src/lib/method/profile.ts";
import { profile, rawProfile } from "../../support/profile.ts";

function problemsOf(mutate: (p: Record<string, any>) => void): readonly string[] {
  const raw = rawProfile();
  mutate(raw);
  try {
    loadProfile(raw, "x.json");
  } catch (e) {
    expect(e).toBeInstanceOf(ProfileError);
    return (e as ProfileError).problems;
  }
  throw new Error("expected the profile to be rejected");
}

describe("the shipped pekppp-2022 profile", () => {
  it("has six aspects weighted 24/25/18/11/10/12 and 30 indicators", () => {
    expect(profile.def.aspek.map((a) => [a.kode, a.bobot])).toEqual([
      ["kebijakan", 0.24],
      ["sdm", 0.25],
      ["sarpras", 0.18],
      ["sipp", 0.11],
      ["pengaduan", 0.1],
      ["inovasi", 0.12],
    ]);
    expect(profile.indicators).toHaveLength(30);
    expect(profile.indicators.map((i) => i.kode).slice(0, 3)).toEqual(["1.a.Ak", "2.a.P", "3.a.T"]);
  });

  it("labels the assumptions it rests on", () => {
    expect(profile.def.blend).toMatchObject({
      f02: 0.75,
      f03: 0.25,
      provenance: { asumsi: true, keyakinan: "rendah" },
    });
    expect(profile.def.agregasi.provenance.asumsi).toBe(true);
    expect(profile.def.pembulatan.provenance.asumsi).toBe(true);
    expect(profile.def.aspek.every((a) => !a.provenance.asumsi)).toBe(true);
  });
});

describe("loadProfile rejects a broken profile, listing every problem", () => {
  it("aspect weights that do not sum to 1", () => {
    expect(problemsOf((p) => (p.aspek[0].bobot = 0.25))).toEqual(["aspek: bobot berjumlah 1.01, harus 1"]);
  });
  it("indicator weights that do not sum to 1 within an aspect", () => {
    expect(problemsOf((p) => (p.indikator[29].bobot = 0.4))).toEqual([
      "aspek inovasi: bobot indikator berjumlah 0.9, harus 1",
    ]);
  });
  it("duplicate indicator codes", () => {
    expect(problemsOf((p) => (p.indikator[1].kode = "1.a.Ak"))).toEqual([
      'indikator: kode "1.a.Ak" dipakai lebih dari sekali',
    ]);
  });
  it("a ladder out of order, and a blend that does not sum to 1, together", () => {
    expect(
      problemsOf((p) => {
        p.predikat[1].batas_bawah = 4.6;
        p.blend.f03 = 0.3;
      }),
    ).toEqual([
      "blend: f02 + f03 berjumlah 1.05, harus 1",
      "predikat: batas bawah harus turun tegas dari atas ke bawah, tetapi A (4.51) ≤ A- (4.6)",
    ]);
  });
  it("a ladder that does not reach the bottom of the scale", () => {
    expect(problemsOf((p) => (p.predikat[8].batas_bawah = 0.5))).toEqual([
      "predikat: tingkat terakhir (F) harus mulai dari skala minimum 0, bukan 0.5",
    ]);
  });
  it("an indicator pointing at an unknown aspect or citing an unknown source", () => {
    expect(
      problemsOf((p) => {
        p.indikator[0].provenance.sumber = ["S99"];
      }),
    ).toEqual(['indikator 1.a.Ak: sumber "S99" tidak ada di daftar sumber']);
  });
  it("a field of the wrong type, naming its path", () => {
    expect(problemsOf((p) => (p.aspek[2].bobot = "18%"))).toEqual([
      "aspek.2.bobot: Input tidak valid: diharapkan number, diterima string",
    ]);
  });
});
