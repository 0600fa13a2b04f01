import { describe, expect, it } from "vitest";
import { formatDate } from "../../../src/lib/format/date.ts";
import { editionNotice } from "../../../src/lib/view/edition.ts";

const year = (tahun: number, over: Record<string, unknown> = {}) => ({
  tahun,
  status: "sample" as const,
  profil: "pekppp-2022",
  sumber: "data sampel sintetis (npm run sample), bukan keputusan resmi",
  keputusan: null,
  edisi: "terbit" as const,
  tanggal_rilis: "2026-12-04",
  ralat: 0,
  jumlah_instansi: 600,
  berkas: [],
  ...over,
});

describe("the edition notice of every page", () => {
  it("names a released sample edition, its date and that it has no decree; an older one links to the latest", () => {
    const v = editionNotice({ lang: "id", year: year(2022), latest: 2025, errata: [] });
    expect(v.line).toBe("Edisi PEKPPP 2022: diterbitkan 4 Desember 2026; data sampel (sintetis), tanpa keputusan.");
    // The phone's few words: the sample notice beside it says what sample data is.
    expect(v.short).toBe("Edisi 2022, diterbitkan 4 Desember 2026.");
    expect(v.draft).toBeNull();
    expect(v.older).toEqual({
      text: "Ini edisi lama.",
      link: "Halaman ini di edisi 2025",
      year: 2025,
    });
    expect(v.errata).toBeNull();
  });

  it("marks a draft in both languages, and names an official decree", () => {
    const draft = year(2025, { edisi: "draf", tanggal_rilis: null });
    expect(editionNotice({ lang: "id", year: draft, latest: 2025, errata: [] }).draft).toMatch(
      /^Draf: edisi 2025 belum diterbitkan\. Angkanya belum dibekukan/,
    );
    const en = editionNotice({ lang: "en", year: draft, latest: 2025, errata: [] });
    expect(en.draft).toMatch(/^Draft: the 2025 edition has not been released/);
    expect(en.line).toBe("Edition PEKPPP 2025: draft, not released; sample data (synthetic), no decree.");
    expect(en.short).toBe("The 2025 edition is a draft: its numbers may change.");
    expect(editionNotice({ lang: "id", year: draft, latest: 2025, errata: [] }).short).toBe(
      "Edisi 2025 masih draf: angkanya dapat berubah.",
    );
    expect(en.older).toBeNull();
    const official = year(2025, { status: "official", keputusan: "Kepmen PANRB 3/2026", tanggal_rilis: "2026-01-20" });
    const released = editionNotice({ lang: "en", year: official, latest: 2025, errata: [] });
    expect(released.line).toBe("Edition PEKPPP 2025: released 20 January 2026; official, Kepmen PANRB 3/2026.");
    // An official edition's few words keep its status and decree.
    expect(released.short).toBe("Edition 2025, released 20 January 2026; official, Kepmen PANRB 3/2026.");
  });

  it("shows the errata of its own year: how many, values changed, the last date and reason", () => {
    const errata = [
      {
        tahun: 2024,
        tanggal: "2026-02-03",
        alasan: "salah ketik",
        perubahan: [{ kode: "34", kolom: "ipp", sebelum: "4.06", sesudah: "4.11" }],
      },
      { tahun: 2023, tanggal: "2026-02-04", alasan: "lain", perubahan: [] },
    ];
    const v = editionNotice({ lang: "id", year: year(2024, { ralat: 1 }), latest: 2024, errata });
    expect(v.errata).toEqual({
      text: "Ralat: edisi ini diralat 1 kali (1 nilai diubah), terakhir 3 Februari 2026:",
      reason: "salah ketik",
      link: "Daftar ralat",
    });
    expect(editionNotice({ lang: "en", year: year(2024), latest: 2024, errata }).errata!.text).toBe(
      "Erratum: this edition was corrected once (1 value changed), last on 3 February 2026:",
    );
    expect(editionNotice({ lang: "id", year: year(2022), latest: 2024, errata }).errata).toBeNull();
  });

  it("formats dates without locale data, and refuses what is not a date", () => {
    expect(formatDate("2026-12-04", "id")).toBe("4 Desember 2026");
    expect(formatDate("2026-01-15", "en")).toBe("15 January 2026");
    expect(() => formatDate("2026-13-01", "en")).toThrow(RangeError);
    expect(() => formatDate("4/12/2026", "id")).toThrow(RangeError);
  });
});
