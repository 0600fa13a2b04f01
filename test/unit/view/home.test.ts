import { describe, expect, it } from "vitest";
import { tingkatCards, topAndBottom, type RankedRow } from "../../../src/lib/view/home.ts";
import type { PredikatStep } from "../../../src/lib/schema/methodology.ts";
import type { Summary } from "../../../src/lib/schema/output.ts";

const ladder: PredikatStep[] = [
  { kode: "A", batas_bawah: 4.51, label: "Pelayanan Prima", label_en: "Excellent service" },
  { kode: "B", batas_bawah: 3.51, label: "Baik", label_en: "Good" },
  { kode: "C", batas_bawah: 2.51, label: "Cukup", label_en: "Fair" },
  { kode: "D", batas_bawah: 0, label: "Buruk", label_en: "Poor" },
];

type TingkatSummary = Summary["per_tingkat"][number];
const tingkat = (
  t: TingkatSummary["tingkat"],
  master: number,
  evaluated: number,
  mean: number | null,
  predikat: Record<string, number>,
): TingkatSummary => ({
  tingkat: t,
  jumlah_master: master,
  jumlah_dievaluasi: evaluated,
  tidak_dievaluasi: master - evaluated,
  rata_rata: mean,
  median: mean,
  predikat,
});

describe("tingkatCards", () => {
  const summary = {
    per_tingkat: [
      tingkat("kl", 48, 48, 4.39, { A: 19, B: 29, C: 0, D: 0 }),
      tingkat("kabupaten", 1416, 1234, 3.875, { A: 34, B: 1000, C: 200, D: 0 }),
      tingkat("provinsi", 38, 0, null, {}),
    ],
  };

  it("makes one card per tingkat with a master list, in the usual order", () => {
    expect(tingkatCards(summary, ladder, "id").map((c) => c.tingkat)).toEqual(["provinsi", "kabupaten", "kl"]);
  });

  it("formats counts and means the Indonesian way", () => {
    const kab = tingkatCards(summary, ladder, "id")[1]!;
    expect(kab.name).toBe("Kabupaten");
    expect(kab.evaluated).toBe("1.234 dari 1.416 dievaluasi");
    expect(kab.mean).toBe("3,88");
    expect(kab.counts.map((c) => [c.kode, c.text])).toEqual([
      ["A", "34"],
      ["B", "1.000"],
      ["C", "200"],
    ]);
  });

  it("writes English with English separators and labels", () => {
    const kab = tingkatCards(summary, ladder, "en")[1]!;
    expect(kab.evaluated).toBe("1,234 of 1,416 evaluated");
    expect(kab.mean).toBe("3.88");
    expect(kab.counts[0]).toMatchObject({ label: "Excellent service" });
  });

  it("has no mean and no counts when nobody was evaluated", () => {
    const prov = tingkatCards(summary, ladder, "id")[0]!;
    expect(prov.mean).toBeNull();
    expect(prov.counts).toEqual([]);
  });
});

describe("topAndBottom", () => {
  const row = (kode: string, ipp: number, rank: number, t: RankedRow["tingkat"] = "kota"): RankedRow => ({
    kode_instansi: kode,
    nama: `Kota ${kode}`,
    slug: `kota-${kode}`,
    tingkat: t,
    ipp,
    predikat: ipp >= 4.51 ? "A" : "B",
    peringkat_nasional: rank,
  });
  // Twelve kota: ranks 1, 2, 3, =4, =4, 6 … 11 with a tie at the bottom (=11, =11).
  const kota = [
    row("a", 4.8, 1),
    row("b", 4.7, 2),
    row("c", 4.6, 3),
    row("d", 4.5, 4),
    row("e", 4.5, 4),
    row("f", 4.4, 6),
    row("g", 4.3, 7),
    row("h", 4.2, 8),
    row("i", 4.1, 9),
    row("j", 4.0, 10),
    row("k", 3.9, 11),
    row("l", 3.9, 11),
  ];

  it("keeps everyone sharing the n-th rank and marks shared ranks with =", () => {
    const [k] = topAndBottom(kota, 3, "id");
    expect(k!.top.map((e) => e.rank)).toEqual(["1", "2", "3"]);
    const [k4] = topAndBottom(kota, 4, "id");
    expect(k4!.top.map((e) => `${e.rank} ${e.kode}`)).toEqual(["1 a", "2 b", "3 c", "=4 d", "=4 e"]);
  });

  it("lists the bottom in rank order, ending with last place, ties kept", () => {
    const [k] = topAndBottom(kota, 1, "id");
    expect(k!.bottom.map((e) => `${e.rank} ${e.kode}`)).toEqual(["=11 k", "=11 l"]);
    const [k3] = topAndBottom(kota, 3, "en");
    expect(k3!.bottom.map((e) => e.kode)).toEqual(["j", "k", "l"]);
    expect(k3!.bottom[0]).toMatchObject({ ipp: "4.00", predikat: "B", slug: "kota-j" });
  });

  it("never shows an instansi in both lists of a small tingkat", () => {
    const [p] = topAndBottom(
      [row("p1", 4.6, 1, "provinsi"), row("p2", 4.0, 2, "provinsi"), row("p3", 3.0, 3, "provinsi")],
      2,
      "id",
    );
    expect(p!.top.map((e) => e.kode)).toEqual(["p1", "p2"]);
    expect(p!.bottom.map((e) => e.kode)).toEqual(["p3"]);
  });

  it("uses the display name it is given and leaves out empty tingkat", () => {
    const lists = topAndBottom(kota, 2, "id", (r) => r.kode_instansi.toUpperCase());
    expect(lists.map((l) => l.tingkat)).toEqual(["kota"]);
    expect(lists[0]!.top[0]!.nama).toBe("A");
  });

  it("says how many tied instansi a capped list left out", () => {
    const flat = Array.from({ length: 30 }, (_, i) => row(`t${String(i).padStart(2, "0")}`, 4, 1));
    const [k] = topAndBottom(flat, 5, "id");
    expect(k!.top).toHaveLength(10);
    expect(k!.topOmitted).toBe("dan 20 lagi dengan nilai yang sama");
    expect(k!.bottom).toHaveLength(10);
  });
});
