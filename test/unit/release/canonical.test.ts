import { describe, expect, it } from "vitest";
import { canonicalRows, canonicalText, canonicalValue } from "../../../src/lib/release/canonical.ts";
import { sha256Text } from "../../../src/lib/release/sha256.ts";

const instansi = (over: Record<string, unknown> = {}) => ({
  kode_instansi: "32.73",
  nama: "Kota Bandung",
  ipp: 4.7,
  predikat: "A",
  peringkat_nasional: 2,
  peringkat_provinsi: 1,
  aspek_kebijakan: 4.5,
  aspek_sdm: 4.83,
  f02: 4.61,
  f03: null,
  jumlah_lokus: 3,
  slug: "kota-bandung",
  ...over,
});
const year = (rows: object[], o: { compact?: boolean } = {}) =>
  new Map([
    [
      "pekppp-instansi.json",
      JSON.stringify({ schemaVersion: 1, tahun: 2024, instansi: rows }, null, o.compact ? undefined : 2),
    ],
  ]);

describe("the canonical form of a year's results", () => {
  it("is the same when only the format changes: whitespace, key order, a new column, other fields' words", async () => {
    const base = canonicalRows(year([instansi()], { compact: true }));
    const reordered = Object.fromEntries(Object.entries(instansi({ kolom_baru: "x", nama: "KOTA BANDUNG" })).reverse());
    const reformatted = canonicalRows(year([reordered]));
    expect(reformatted).toEqual(base);
    expect(await sha256Text(canonicalText(reformatted))).toBe(await sha256Text(canonicalText(base)));
    // A number written with trailing zeros or an exponent is the same number.
    const padded = new Map([
      ["pekppp-instansi.json", '{"instansi":[' + JSON.stringify(instansi()).replace('"ipp":4.7', '"ipp":4.70') + "]}"],
    ]);
    expect(canonicalRows(padded)).toEqual(base);
  });

  it("changes with any number: an IPP in the last decimal, a rank, an aspect, a predikat", async () => {
    const hash = async (rows: object[]) => sha256Text(canonicalText(canonicalRows(year(rows))));
    const base = await hash([instansi()]);
    for (const over of [{ ipp: 4.71 }, { peringkat_nasional: 3 }, { aspek_sdm: 4.84 }, { predikat: "A-" }, { f03: 4 }])
      expect(await hash([instansi(over)])).not.toBe(base);
  });

  it("holds the exact decimal the product carries, and refuses what is not a number or a word", () => {
    expect(canonicalValue(4.7, "x")).toBe("4.7");
    expect(canonicalValue(0.1 + 0.2, "x")).toBe("0.30000000000000004"); // never rounded here
    expect(canonicalValue(-0, "x")).toBe("0");
    expect(canonicalValue(null, "x")).toBeNull();
    expect(() => canonicalValue(Number.NaN, "pekppp-instansi.json, 32.73, ipp")).toThrow(/32\.73, ipp/);
    expect(() => canonicalValue({}, "x")).toThrow(TypeError);
  });

  it("takes the MPP and Ramah Kelompok Rentan results of the year, keyed by region and unit", () => {
    const files = year([instansi()]);
    files.set(
      "mpp.json",
      JSON.stringify({
        mpp: [
          {
            kode_instansi: "51.03",
            aspek: { investasi: 80 },
            nilai: 81.5,
            kategori: "Prima",
            peringkat: 1,
            tahun_operasi: 2019,
          },
        ],
      }),
    );
    files.set(
      "rkr-unit.json",
      JSON.stringify({
        unit: [
          {
            kode_instansi: "32.73",
            unit: "RSUD",
            aspek: { sarana: 100 / 3 },
            nilai: 70,
            kategori: "Ramah",
            peringkat: 2,
            sarana_ada: ["ramp", "kursi_roda"],
            jumlah_sarana: 2,
          },
        ],
      }),
    );
    const rows = canonicalRows(files);
    expect(rows.map((r) => [r.evaluasi, r.kunci])).toEqual([
      ["pekppp", "32.73"],
      ["mpp", "51.03"],
      ["rkr", "32.73/RSUD"],
    ]);
    expect(rows[1]!.nilai).toEqual({
      aspek_investasi: "80",
      kategori: "Prima",
      nilai: "81.5",
      peringkat: "1",
      tahun_operasi: "2019",
    });
    expect(rows[2]!.nilai.aspek_sarana).toBe(String(100 / 3));
    expect(rows[2]!.nilai.sarana).toBe("kursi_roda ramp");
  });

  it("needs the year's PEKPPP results", () => {
    expect(() => canonicalRows(new Map())).toThrow(/pekppp-instansi\.json tidak ada/);
  });
});
