import { describe, expect, it } from "vitest";
import { methodView } from "../../../src/lib/view/method.ts";
import { profile } from "../../support/profile.ts";

const id = methodView(profile.def, "id");
const en = methodView(profile.def, "en");
const percent = (text: string) => Number(text.replace("%", "").replace(",", "."));

describe("the method page's view of a profile", () => {
  it("lists every aspect and indicator with its weight, named in the page's language", () => {
    expect(id.aspects.map((a) => [a.kode, a.weight])).toEqual([
      ["kebijakan", "24%"],
      ["sdm", "25%"],
      ["sarpras", "18%"],
      ["sipp", "11%"],
      ["pengaduan", "10%"],
      ["inovasi", "12%"],
    ]);
    expect(id.aspects.flatMap((a) => a.indicators)).toHaveLength(30);
    expect([id.aspects[0]!.name, en.aspects[0]!.name]).toEqual(["Kebijakan Pelayanan", "Service policy"]);
    expect(en.aspects[0]!.indicators[0]!.name).toBe("Service standard exists as required");
  });

  it("gives each indicator's share of F02 as aspect weight × indicator weight, adding up to 100 %", () => {
    expect(id.aspects[0]!.indicators[0]!.share).toBe("4,08%"); // 24 % × 17 %
    expect(en.aspects[0]!.indicators[0]!.share).toBe("4.08%");
    const total = id.aspects.flatMap((a) => a.indicators).reduce((t, i) => t + percent(i.share), 0);
    expect(total).toBeCloseTo(100, 1);
  });

  it("shows a ladder that covers the scale without gap or overlap", () => {
    expect(id.ladder[0]).toEqual({ kode: "A", label: "Pelayanan Prima", from: "4,51", to: "5,00" });
    expect(en.ladder.at(-1)).toEqual({ kode: "F", label: expect.any(String), from: "0.00", to: "1.00" });
    for (let i = 1; i < en.ladder.length; i++)
      expect(Number(en.ladder[i]!.to), en.ladder[i]!.kode).toBeCloseTo(Number(en.ladder[i - 1]!.from) - 0.01, 10);
  });

  it("says where every parameter comes from and how sure it is, in the page's language", () => {
    expect(id.blend).toMatchObject({ f02: "75%", f03: "25%" });
    expect(id.blend.provenance).toMatchObject({ confidence: "keyakinan rendah", assumption: true });
    expect(en.blend.provenance.confidence).toBe("low confidence");
    expect(en.rounding.provenance.confidence).toBe("medium confidence");
    expect(en.aspectsProvenance.confidence).toBe("high confidence");
    expect(id.aspectsProvenance.sources[0]).toEqual({
      key: "S1",
      title: expect.stringContaining("PEKPPP"),
      url: expect.stringMatching(/^https:\/\//),
    });
    expect(id.sources.map((s) => s.key)).toEqual(Object.keys(profile.def.sumber));
  });

  it("gives F-03 items and source titles in English on English pages, the Indonesian text marked as such without one", () => {
    expect(id.f03.items[0]).toEqual({
      kode: "1.a.K1",
      text: { text: "Persyaratan layanan mudah dipenuhi", lang: "id" },
    });
    expect(en.f03.items[0]).toEqual({
      kode: "1.a.K1",
      text: { text: "Service requirements are easy to meet", lang: "en" },
    });
    expect(en.f03.items.every((b) => b.text.lang === "en")).toBe(true);
    expect(en.sources.every((s) => s.title.lang === "en")).toBe(true);
    expect(id.sources[0]!.title.text).toBe(profile.def.sumber["S1"]!.judul);
    const bare = structuredClone(profile.def);
    delete bare.f03.butir[0]!.teks_en;
    delete bare.sumber["S1"]!.judul_en;
    const fallback = methodView(bare, "en");
    expect(fallback.f03.items[0]!.text).toEqual({ text: "Persyaratan layanan mudah dipenuhi", lang: "id" });
    expect(fallback.sources[0]!.title.lang).toBe("id");
  });

  it("shows a source missing from the list by its key rather than dropping it", () => {
    const def = structuredClone(profile.def);
    def.aspek_provenance.sumber = ["S1", "S99"];
    expect(methodView(def, "id").aspectsProvenance.sources[1]).toEqual({ key: "S99", title: "S99", url: undefined });
  });
});
