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

describe("loadProfile checks how the parts fit together", () => {
  it("indicators numbered out of order", () => {
    expect(
      problemsOf((p) => {
        p.indikator[0].nomor = 2;
        p.indikator[1].nomor = 1;
      }),
    ).toEqual([
      "indikator[0]: nomor 2, harus 1 (berurutan mulai 1)",
      "indikator[1]: nomor 1, harus 2 (berurutan mulai 1)",
    ]);
  });
  it("an indicator number used twice", () => {
    expect(problemsOf((p) => (p.indikator[1].nomor = 1))).toContain("indikator: nomor 1 dipakai lebih dari sekali");
  });
  it("an indicator whose code carries another aspect's letter", () => {
    expect(problemsOf((p) => (p.indikator[0].kode = "1.b.Ak"))).toEqual([
      'indikator 1.b.Ak: huruf aspek pada kode tidak cocok dengan aspek "kebijakan" (a)',
    ]);
  });
  it("an indicator of an unknown aspect, which also leaves its old aspect short", () => {
    expect(problemsOf((p) => (p.indikator[0].aspek = "lain"))).toEqual([
      'indikator 1.a.Ak: aspek "lain" tidak dikenal',
      "aspek kebijakan: bobot indikator berjumlah 0.83, harus 1",
    ]);
  });
  it("an aspect left without indicators", () => {
    const problems = problemsOf((p) => {
      for (const i of p.indikator.filter((i: { aspek: string }) => i.aspek === "inovasi")) {
        i.aspek = "pengaduan";
        i.kode = i.kode.replace(".f.", ".e.");
      }
    });
    expect(problems).toEqual([
      "aspek pengaduan: bobot indikator berjumlah 2, harus 1",
      "aspek inovasi: tidak punya indikator",
    ]);
  });
  it("an aspect code or letter used twice", () => {
    expect(problemsOf((p) => (p.aspek[1].kode = "kebijakan"))).toContain(
      'aspek: kode "kebijakan" dipakai lebih dari sekali',
    );
    expect(problemsOf((p) => (p.aspek[1].huruf = "a"))).toContain('aspek: huruf "a" dipakai lebih dari sekali');
  });
  it("a scale whose minimum is not below its maximum", () => {
    expect(problemsOf((p) => (p.skala.min = 5))).toEqual([
      "skala: min 5 harus lebih kecil dari max 5",
      "predikat: tingkat terakhir (F) harus mulai dari skala minimum 5, bukan 0",
    ]);
  });
  it("predikat thresholds above the top of the scale", () => {
    expect(problemsOf((p) => (p.skala.max = 4))).toEqual([
      "predikat A: batas bawah 4.51 di atas skala maksimum 4",
      "predikat A-: batas bawah 4.01 di atas skala maksimum 4",
    ]);
  });
  it("a predikat code used twice", () => {
    expect(problemsOf((p) => (p.predikat[1].kode = "A"))).toEqual(['predikat: kode "A" dipakai lebih dari sekali']);
  });
  it("F-03 items numbered twice or of an unknown aspect, and a respondent range upside down", () => {
    expect(
      problemsOf((p) => {
        p.f03.butir[1].butir = 1;
        p.f03.butir[2].aspek = "lain";
        p.f03.responden_min = 21;
      }),
    ).toEqual([
      "f03.butir: nomor 1 dipakai lebih dari sekali",
      'f03.butir 3: aspek "lain" tidak dikenal',
      "f03: responden_min 21 lebih besar dari responden_max 20",
    ]);
  });
});

describe("the profile's weights as integers", () => {
  it("are the exact weights over one common denominator per group", () => {
    expect(profile.integer.aspect).toEqual([24, 25, 18, 11, 10, 12]);
    expect(profile.integer.aspectScale).toBe(100);
    expect([profile.integer.blendF02, profile.integer.blendF03, profile.integer.blendScale]).toEqual([3, 1, 4]);
    profile.indicators.forEach((ind, k) =>
      expect(profile.integer.indicator[k]! / profile.integer.indicatorScale).toBeCloseTo(
        Number(ind.weight.n) / Number(ind.weight.d),
        12,
      ),
    );
  });
});
