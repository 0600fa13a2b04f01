import { describe, expect, it } from "vitest";
import { normaliseCell, shown } from "../../../src/lib/csv/cellText.ts";
import { cleanText, readName } from "../../../src/lib/validate/cells.ts";

describe("names compared as a reader sees them", () => {
  it("folds composed and decomposed letters, no-break and other spaces, and runs of spaces, silently", () => {
    const forms = [
      "RSUD Jos\u00e9",
      "RSUD Jose\u0301",
      "RSUD\u00a0Jos\u00e9",
      "RSUD \u202f Jos\u00e9",
      " RSUD   José ",
    ];
    expect(new Set(forms.map((f) => (readName(f) as { text: string }).text))).toEqual(new Set(["RSUD José"]));
    expect(cleanText("Dinas\tSosial")).toBe("Dinas Sosial");
  });

  it("refuses zero-width, format and control characters, naming the character and where it is", () => {
    expect(normaliseCell("RS\u200bUD")).toEqual({
      problem: "sel memuat U+200B (spasi lebar nol) pada karakter ke-3; hapus karakter itu (ketik ulang selnya)",
    });
    for (const c of [
      "\u0000",
      "\u0007",
      "\u007f",
      "\u0085",
      "\u00ad",
      "\u200d",
      "\u202e",
      "\u2028",
      "\u2060",
      "\ufeff",
      "\ue000",
    ])
      expect(normaliseCell(`a${c}b`), `U+${c.codePointAt(0)!.toString(16)}`).toHaveProperty("problem");
    expect(normaliseCell("Kabupatén\u00a0Bandung")).toEqual({ text: "Kabupatén Bandung" });
  });

  it("quotes at most 100 characters, with invisible characters shown", () => {
    expect(shown("a\u200bb")).toBe("a<U+200B>b");
    expect(shown("x".repeat(5000))).toBe(`${"x".repeat(100)}… (5.000 karakter)`);
  });
});
