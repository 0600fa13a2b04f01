import { describe, expect, it } from "vitest";
import { toCsv, toJson } from "../../../src/lib/output/csv.ts";

describe("toCsv", () => {
  it("writes a header and one line per row, LF-ended, empty cells for missing values", () => {
    expect(toCsv(["kode", "ipp", "f03"], [{ kode: "32.73", ipp: 4.5, f03: null }, { kode: "KL.024" }])).toBe(
      "kode,ipp,f03\n32.73,4.5,\nKL.024,,\n",
    );
  });

  it("prints fixed decimals where asked, with a point, and booleans as ya/tidak", () => {
    expect(
      toCsv(
        ["ipp", "tanpa_f03"],
        [
          { ipp: 4.4, tanpa_f03: true },
          { ipp: 3, tanpa_f03: false },
        ],
        { ipp: 2 },
      ),
    ).toBe("ipp,tanpa_f03\n4.40,ya\n3.00,tidak\n");
  });

  it("quotes only the fields that need it, doubling quotes", () => {
    expect(toCsv(["nama"], [{ nama: "Kota Bandung" }, { nama: 'RSUD "Al-Ihsan", Baleendah' }, { nama: "a;b" }])).toBe(
      'nama\nKota Bandung\n"RSUD ""Al-Ihsan"", Baleendah"\n"a;b"\n',
    );
  });

  it("defuses text a spreadsheet would run as a formula", () => {
    const out = toCsv(["nama"], [{ nama: "=HYPERLINK(1)" }, { nama: "+62" }, { nama: "-x" }, { nama: "@sum" }]);
    expect(out).toBe("nama\n'=HYPERLINK(1)\n'+62\n'-x\n'@sum\n");
    expect(toCsv(["delta"], [{ delta: -0.5 }])).toBe("delta\n-0.5\n"); // numbers stay numbers
  });

  it("refuses a number that is not finite rather than writing NaN", () => {
    expect(() => toCsv(["ipp"], [{ ipp: Number.NaN }])).toThrow("csv: non-finite number NaN");
    expect(() => toCsv(["ipp"], [{ ipp: Infinity }], { ipp: 2 })).toThrow(RangeError);
  });
});

describe("toJson", () => {
  it("is indented for people and compact for big files, with a final newline", () => {
    expect(toJson({ a: 1, b: [2] })).toBe('{\n  "a": 1,\n  "b": [\n    2\n  ]\n}\n');
    expect(toJson({ a: 1, b: [2] }, { compact: true })).toBe('{"a":1,"b":[2]}\n');
  });
});
