import { describe, expect, it } from "vitest";
import { aspectProfile, compareAspects } from "../../../src/charts/index.ts";
import { byCode, marks, options, parseSvg, profile, tickLabels, year2024 } from "./support.ts";

const peers = year2024.instansi;
const opts = (lang: "id" | "en") => ({ ...options(lang), aspects: profile.aspek });
const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;

describe("compareAspects", () => {
  it("averages the tingkat and, for a kabupaten/kota, its province's kabupaten/kota", () => {
    const rows = compareAspects(byCode("34.04"), peers, profile.aspek);
    const kab = peers.filter((p) => p.tingkat === "kabupaten" && p.aspek_kebijakan !== null);
    const diy = peers.filter((p) => (p.tingkat === "kabupaten" || p.tingkat === "kota") && p.kode_provinsi === "34");
    expect(rows[0]!.own).toBe(4.2);
    expect(rows[0]!.tingkat).toBeCloseTo(mean(kab.map((p) => p.aspek_kebijakan!)), 10);
    expect(rows[0]!.provinsi).toBeCloseTo(mean(diy.map((p) => p.aspek_kebijakan!)), 10);
  });

  it("leaves peers without aspect scores out of the averages", () => {
    const rows = compareAspects(byCode("33.72"), peers, profile.aspek);
    const kota = peers.filter((p) => p.tingkat === "kota" && p.aspek_sdm !== null);
    expect(kota.length).toBe(8); // Kota Semarang has no aspects
    expect(rows[1]!.tingkat).toBeCloseTo(mean(kota.map((p) => p.aspek_sdm!)), 10);
  });

  it("has no provincial comparison for a provinsi or a K/L", () => {
    expect(compareAspects(byCode("35"), peers, profile.aspek).every((r) => r.provinsi === null)).toBe(true);
    expect(compareAspects(byCode("KL.010"), peers, profile.aspek).every((r) => r.provinsi === null)).toBe(true);
  });
});

describe("aspectProfile", () => {
  const id = aspectProfile({ instansi: byCode("34.04"), peers }, opts("id"));
  const en = aspectProfile({ instansi: byCode("34.04"), peers }, opts("en"));
  const doc = parseSvg(id.svg);

  it("draws the instansi, the tingkat mean and the province mean for each aspect", () => {
    const m = marks(doc);
    expect(m).toHaveLength(18);
    for (const series of ["own", "tingkat", "provinsi"])
      expect(m.filter((x) => x.closest("[data-seri]")?.getAttribute("data-seri") === series)).toHaveLength(6);
    const own = m
      .filter((x) => x.closest("[data-seri]")?.getAttribute("data-seri") === "own")
      .map((x) => x.getAttribute("data-nilai"));
    expect(own).toEqual(["4.20", "4.90", "4.70", "4.40", "4.80", "4.60"]);
  });

  it("tells the series apart by shape, not colour alone", () => {
    const shapes = (s: string) =>
      new Set(
        marks(doc)
          .filter((x) => x.closest("[data-seri]")?.getAttribute("data-seri") === s)
          .map((x) => x.localName),
      );
    expect(shapes("own")).toEqual(new Set(["circle"]));
    expect(shapes("provinsi")).toEqual(new Set(["path"]));
    const ring = marks(doc).find((x) => x.closest("[data-seri]")?.getAttribute("data-seri") === "tingkat")!;
    expect(ring.closest("g")!.getAttribute("fill") ?? ring.getAttribute("fill")).toBe("#ffffff");
  });

  it("names the peer groups with their sizes in the legend", () => {
    // Laid out for 300 px, a long label wraps over <tspan> lines.
    const legend = Array.from(doc.querySelectorAll(".legend text")).map((t) =>
      t.children.length ? Array.from(t.children, (l) => l.textContent).join(" ") : t.textContent,
    );
    expect(legend).toEqual([
      "Kabupaten Sleman",
      "Rata-rata kabupaten (12)",
      "Rata-rata kabupaten/kota di Daerah Istimewa Yogyakarta (3)",
    ]);
  });

  it("describes highs, lows and how many aspects beat the tingkat mean", () => {
    expect(id.description).toContain(
      "Tertinggi pada Profesionalisme SDM (4,90), terendah pada Kebijakan Pelayanan (4,20).",
    );
    expect(id.description).toContain("Di atas rata-rata kabupaten pada 6 dari 6 aspek.");
    expect(en.description).toContain("Highest on Staff professionalism (4.90), lowest on Service policy (4.20).");
  });

  it("uses the language's decimal mark on the axis and in the table", () => {
    expect(tickLabels(doc)).toContain("2,0");
    expect(tickLabels(parseSvg(en.svg))).toContain("2.0");
    expect(id.table.rows[0]).toEqual(["Kebijakan Pelayanan", "24%", "4,20", "3,16", "4,07", "+1,04"]);
  });

  it("says so when only the IPP was published", () => {
    const c = aspectProfile({ instansi: byCode("33.74"), peers }, opts("id"));
    expect(
      marks(parseSvg(c.svg)).filter((m) => m.closest("[data-seri]")?.getAttribute("data-seri") === "own"),
    ).toHaveLength(0);
    expect(c.description).toContain("Nilai aspek instansi ini tidak tersedia");
    expect(c.table.rows.every((r) => r[2] === "–")).toBe(true);
  });

  it("drops the provincial series for a provinsi", () => {
    const c = aspectProfile({ instansi: byCode("35"), peers }, opts("en"));
    expect(marks(parseSvg(c.svg)).some((m) => m.closest("[data-seri]")?.getAttribute("data-seri") === "provinsi")).toBe(
      false,
    );
    expect(c.table.columns.map((k) => k.key)).not.toContain("rata_provinsi");
  });
});
