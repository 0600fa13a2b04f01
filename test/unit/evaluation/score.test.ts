import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadEvaluationProfile, methodForYear } from "../../../src/lib/evaluation/profile.ts";
import { scoreUnit } from "../../../src/lib/evaluation/score.ts";
import { ProfileError } from "../../../src/lib/method/profile.ts";
import { fromDecimal, type Rational } from "../../../src/lib/num/rational.ts";

const raw = (id: string) => JSON.parse(readFileSync(`data/methodology/${id}.json`, "utf8")) as Record<string, unknown>;
const mpp = loadEvaluationProfile(raw("mpp-2022"), "mpp-2022.json");
const rkr = loadEvaluationProfile(raw("rkr-2022"), "rkr-2022.json");

const values = (entries: Record<string, string>) =>
  new Map<string, Rational>(Object.entries(entries).map(([k, v]) => [k, fromDecimal(v)]));

/** An MPP with its four variables. */
const mppScore = (investasi: string, penyelenggaraan: string, kepuasan: string, perbaikan: string) =>
  scoreUnit(mpp, { values: values({ investasi, penyelenggaraan, kepuasan, perbaikan }), facilities: [] });

/** A unit with `k` of the 12 facilities, `v` on three other aspects and `w` on the fourth. */
const rkrScore = (k: number, v: string, w = v) =>
  scoreUnit(rkr, {
    values: values({ kebijakan: v, informasi: v, akomodasi: v, sdm: w }),
    facilities: Array.from({ length: 12 }, (_, i) => i < k),
  });

describe("the profiles in data/methodology", () => {
  it("are assumptions, labelled as such, with their sources", () => {
    for (const m of [mpp, rkr]) {
      expect(m.def.kategori_provenance.asumsi).toBe(true);
      expect(m.def.aspek.every((a) => a.provenance.asumsi)).toBe(true);
      expect(m.def.aspek.every((a) => a.provenance.sumber.every((s) => s in m.def.sumber))).toBe(true);
    }
    expect(mpp.def.kategori.map((k) => k.kode)).toEqual(["Prima", "Baik", "Cukup", "Kurang"]);
    expect(rkr.def.sarana?.daftar).toHaveLength(12); // SE MenPANRB 66/2020
  });

  it("are chosen per year: the newest profile of the evaluation that has started", () => {
    expect(methodForYear([mpp, rkr], "mpp", 2024)).toBe(mpp);
    expect(methodForYear([mpp, rkr], "rkr", 2022)).toBe(rkr);
    expect(methodForYear([mpp, rkr], "mpp", 2021)).toBeUndefined();
    const later = loadEvaluationProfile({ ...raw("mpp-2022"), id: "mpp-2025", tahun_mulai: 2025 }, "mpp-2025.json");
    expect(methodForYear([mpp, later], "mpp", 2024)).toBe(mpp);
    expect(methodForYear([later, mpp], "mpp", 2025)).toBe(later);
  });
});

describe("MPP scoring: every tier boundary, exactly", () => {
  it.each([
    [["100", "100", "100", "100"], 10000, "Prima"],
    [["85", "85", "85", "85"], 8500, "Prima"],
    // (84.98 + 3 × 85) / 4 = 84.995: half-up to 85.00, Prima (binary floating point would give 84.99)
    [["84.98", "85", "85", "85"], 8500, "Prima"],
    [["84.97", "85", "85", "85"], 8499, "Baik"],
    [["70", "70", "70", "70"], 7000, "Baik"],
    [["69.98", "70", "70", "70"], 7000, "Baik"],
    [["69.97", "70", "70", "70"], 6999, "Cukup"],
    [["55", "55", "55", "55"], 5500, "Cukup"],
    [["54.99", "55", "55", "55"], 5500, "Cukup"],
    [["54.97", "55", "55", "55"], 5499, "Kurang"],
    [["0", "0", "0", "0"], 0, "Kurang"],
  ] as const)("%j → %d (%s)", (v, scaled, tier) => {
    const s = mppScore(v[0], v[1], v[2], v[3]);
    expect(s.scaled).toBe(scaled);
    expect(s.kategori.kode).toBe(tier);
  });

  it("weights the four variables equally (an assumption of the profile)", () => {
    expect(mppScore("100", "0", "0", "0").scaled).toBe(2500);
    expect(mppScore("0", "0", "0", "100").scaled).toBe(2500);
  });
});

describe("Ramah Kelompok Rentan scoring: facilities as a share, every tier boundary", () => {
  it("values the facility aspect as the share of the 12 facilities present × 100", () => {
    const s = rkrScore(9, "0");
    expect(s.aspects[1]).toEqual({ kode: "sarana", value: fromDecimal("75") });
    expect(s.scaled).toBe(1500); // 0.2 × 75
    const third = rkrScore(4, "0").aspects[1]!.value; // 4/12 × 100 = 100/3, kept exact
    expect([third.n, third.d]).toEqual([100n, 3n]);
  });

  // total = 0.2 × (100k/12) + 0.2 × (3v + w)
  it.each([
    [12, "100", "100", 10000, "Sangat Ramah"],
    [12, "81.25", "81.25", 8500, "Sangat Ramah"], // 20 + 65
    [10, "85.41", "85.42", 8500, "Sangat Ramah"], // 16.666… + 68.33 = 84.99666…
    [10, "85.41", "85.41", 8499, "Ramah"], // 84.99466…
    [12, "81.25", "81.2", 8499, "Ramah"],
    [0, "87.5", "87.5", 7000, "Ramah"],
    [0, "87.5", "87.45", 6999, "Cukup Ramah"],
    [6, "56.25", "56.25", 5500, "Cukup Ramah"], // 10 + 45
    [6, "56.25", "56.2", 5499, "Belum Ramah"],
    [0, "0", "0", 0, "Belum Ramah"],
  ] as const)("%d facilities, aspects %s/%s → %d (%s)", (k, v, w, scaled, tier) => {
    const s = rkrScore(k, v, w);
    expect(s.scaled).toBe(scaled);
    expect(s.kategori.kode).toBe(tier);
  });
});

describe("a broken profile is refused with every problem named", () => {
  it("lists weights, ladder, facilities and sources at once", () => {
    const bad = raw("rkr-2022") as {
      aspek: { bobot: number; provenance: { sumber: string[] } }[];
      kategori: { batas_bawah: number }[];
      sarana: { daftar: { nomor: number; kode: string }[] };
    };
    bad.aspek[0]!.bobot = 0.225;
    bad.aspek[4]!.provenance.sumber = ["S99"];
    bad.kategori[2]!.batas_bawah = 80;
    bad.sarana.daftar[1]!.kode = "parkir_khusus";
    let error: ProfileError | undefined;
    try {
      loadEvaluationProfile(bad, "rkr-rusak.json");
    } catch (e) {
      error = e as ProfileError;
    }
    expect(error).toBeInstanceOf(ProfileError);
    expect(error!.problems).toEqual([
      "aspek: bobot berjumlah 1.025, harus 1",
      'sarana: kode "parkir_khusus" dipakai lebih dari sekali',
      "kategori: batas bawah harus turun tegas dari atas ke bawah, tetapi Ramah (70) ≤ Cukup Ramah (80)",
      'aspek sdm: sumber "S99" tidak ada di daftar sumber',
    ]);
  });

  it("says which field a schema problem is in", () => {
    expect(() => loadEvaluationProfile({ ...raw("mpp-2022"), evaluasi: "pekppp" }, "mpp-x.json")).toThrow(
      /mpp-x\.json: profil metodologi tidak valid:\n {2}- evaluasi: /,
    );
  });
});
