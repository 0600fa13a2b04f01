import { describe, expect, it } from "vitest";
import { SLUG_MAX, slugify, uniqueSlugs } from "../../../src/lib/regions/slug.ts";
import { loadMaster } from "../../../scripts/lib/sources.ts";

describe("slugs", () => {
  it("are readable ASCII", () => {
    expect(slugify("Kota Bandung")).toBe("kota-bandung");
    expect(slugify("Provinsi Daerah Istimewa Yogyakarta")).toBe("provinsi-daerah-istimewa-yogyakarta");
    expect(slugify("Kementerian Agraria dan Tata Ruang/Badan Pertanahan Nasional")).toBe(
      "kementerian-agraria-dan-tata-ruang-badan-pertanahan-nasional",
    );
    expect(slugify("Kabupaten Kepulauan Siau Tagulandang Biaro")).toBe("kabupaten-kepulauan-siau-tagulandang-biaro");
    expect(slugify("Dinas Pendidikan & Kebudayaan")).toBe("dinas-pendidikan-dan-kebudayaan");
    expect(slugify('<script>alert("x")</script>')).toBe("script-alert-x-script");
  });

  it("stay short enough for a directory name, cut at a word", () => {
    const long = slugify(`Badan ${"Sangat Panjang ".repeat(40)}Sekali`);
    expect(long.length).toBeLessThanOrEqual(SLUG_MAX);
    expect(long).toMatch(/^badan-sangat-panjang(-sangat-panjang)*$/);
    expect(slugify("x".repeat(300))).toHaveLength(SLUG_MAX);
  });

  it("stay unique when long names share their first 80 characters", () => {
    const stem = "Kementerian ".repeat(10);
    const items = [
      { kode: "KL.901", nama: `${stem}A` },
      { kode: "KL.902", nama: `${stem}B` },
    ];
    const slugs = uniqueSlugs(
      items,
      (i) => i.nama,
      () => "kl",
      (i) => i.kode,
    );
    const [a, b] = items.map((i) => slugs.get(i)!);
    expect(a).not.toBe(b);
    expect(b).toMatch(/-kl-902$/);
    expect(Math.max(a!.length, b!.length)).toBeLessThanOrEqual(SLUG_MAX);
  });

  it("are unique across the whole master and unchanged by the length cap", async () => {
    const master = await loadMaster("data");
    const slugs = master.list.map((i) => i.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(Math.max(...slugs.map((s) => s.length))).toBeLessThan(SLUG_MAX);
    expect(master.byCode.get("32.73")!.slug).toBe("kota-bandung");
    expect(master.byCode.get("32")!.slug).toBe("provinsi-jawa-barat");
  });
});
