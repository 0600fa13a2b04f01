import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadEvaluationProfile } from "../../../src/lib/evaluation/profile.ts";
import { tierMapSvg } from "../../../src/lib/map/tierSvg.ts";
import {
  missingFacilities,
  provenanceOf,
  tierClass,
  tierColour,
  tierCounts,
  tierLabel,
} from "../../../src/lib/view/evaluation.ts";

const profile = (id: string) =>
  loadEvaluationProfile(JSON.parse(readFileSync(`data/methodology/${id}.json`, "utf8")), id).def;
const rkr = profile("rkr-2022");
const mpp = profile("mpp-2022");

describe("evaluation view models", () => {
  it("counts the units without each facility, most often missing first", () => {
    const units = [
      { sarana_ada: ["ramp", "kursi_prioritas"] },
      { sarana_ada: ["ramp"] },
      { sarana_ada: [] as string[] },
    ];
    const m = missingFacilities(rkr, units);
    expect(m).toHaveLength(12);
    expect(m.at(-1)).toMatchObject({ kode: "ramp", missing: 1 });
    expect(m.at(-2)).toMatchObject({ kode: "kursi_prioritas", missing: 2 });
    expect(m[0]).toMatchObject({ kode: "parkir_khusus", missing: 3, share: 1 }); // ties keep the profile's order
  });

  it("gives each tier its place on the ladder, every tier counted", () => {
    expect(tierClass(mpp, "Prima")).toBe("tier-0");
    expect(tierClass(mpp, "Kurang")).toBe("tier-3");
    expect(tierColour(mpp, "Prima").fill).not.toBe(tierColour(mpp, "Baik").fill);
    expect(tierCounts(mpp, [{ kategori: "Baik" }, { kategori: "Baik" }])).toEqual([
      { kode: "Prima", count: 0 },
      { kode: "Baik", count: 2 },
      { kode: "Cukup", count: 0 },
      { kode: "Kurang", count: 0 },
    ]);
  });

  it("names a tier in the page's language, and an unknown tier by its code at the top of the ladder", () => {
    expect(tierLabel(mpp, "Baik", "id")).toBe("Baik");
    expect(tierLabel(mpp, "Baik", "en")).toBe("Good");
    expect(tierLabel(mpp, "Istimewa", "en")).toBe("Istimewa");
    expect(tierClass(mpp, "Istimewa")).toBe("tier-0");
    expect(tierColour(mpp, "Istimewa")).toEqual(tierColour(mpp, "Prima"));
  });

  it("counts no share of units missing a facility when there are no units, nor facilities for MPP", () => {
    expect(missingFacilities(rkr, []).every((f) => f.missing === 0 && f.share === 0)).toBe(true);
    expect(missingFacilities(mpp, [{ sarana_ada: [] }])).toEqual([]);
  });

  it("shows a parameter's sources by title, an unlisted one by its key, and the confidence in words", () => {
    const p = { sumber: ["S20", "S404"], keyakinan: "rendah" as const, asumsi: true, catatan: "asumsi bobot" };
    expect(provenanceOf(mpp, p, "en")).toEqual({
      sources: [
        { key: "S20", title: mpp.sumber.S20!.judul, url: mpp.sumber.S20!.url },
        { key: "S404", title: "S404", url: undefined },
      ],
      confidence: "low confidence",
      assumption: true,
      note: "asumsi bobot",
    });
    expect(provenanceOf(mpp, { ...p, keyakinan: "tinggi" }, "id").confidence).toBe("keyakinan tinggi");
  });

  it("draws a region without an evaluated unit hatched and escapes every name", () => {
    const map = {
      width: 10,
      height: 10,
      mesh: null,
      regions: [
        { code: "11.01", d: "M0 0h5v5z", marker: false },
        { code: "11.02", d: "M5 5h5v5z", marker: true },
      ],
    };
    const svg = tierMapSvg({
      id: "uji",
      map: map as never,
      label: 'Peta "uji"',
      region: (code) =>
        code === "11.01"
          ? { fill: "#253494", cls: "tier-0", title: "<script>alert(1)</script>", href: "/instansi/a/?x=1&y=2" }
          : { fill: null, cls: "tanpa-unit", title: "Tanpa MPP", href: null },
    });
    expect(svg).toContain('fill="#253494" class="tier-0"');
    expect(svg).toContain('fill="url(#uji-hatch)" class="tanpa-unit marker"');
    expect(svg).toContain("&lt;script&gt;");
    expect(svg).not.toContain("<script>");
    expect(svg).toContain('href="/instansi/a/?x=1&amp;y=2"');
    expect(svg).toContain('aria-label="Peta &quot;uji&quot;"');
  });
});
