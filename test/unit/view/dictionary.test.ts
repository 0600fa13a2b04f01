import { describe, expect, it } from "vitest";
import { INSTANSI_COLUMNS, LOKUS_COLUMNS } from "../../../src/lib/schema/output.ts";
import { columnType, INSTANSI_DICTIONARY, LOKUS_DICTIONARY, dictionary } from "../../../src/lib/view/dictionary.ts";
import { profile } from "../../support/profile.ts";

describe("the data dictionary of the published CSVs", () => {
  it.each(["id", "en"] as const)("describes every column, in file order, in %s", (lang) => {
    const d = dictionary(lang);
    expect(d.instansi.map((r) => r.column)).toEqual([...INSTANSI_COLUMNS]);
    expect(d.lokus.map((r) => r.column)).toEqual([...LOKUS_COLUMNS]);
    for (const r of [...d.instansi, ...d.lokus]) expect(r.description, r.column).not.toBe("");
  });

  it("describes no column the files do not have", () => {
    expect(
      Object.keys(INSTANSI_DICTIONARY).filter((c) => !(INSTANSI_COLUMNS as readonly string[]).includes(c)),
    ).toEqual([]);
    expect(Object.keys(LOKUS_DICTIONARY).filter((c) => !(LOKUS_COLUMNS as readonly string[]).includes(c))).toEqual([]);
  });

  it("gives each aspect the weight of the shipped profile, in both languages", () => {
    for (const a of profile.def.aspek)
      for (const lang of ["id", "en"] as const)
        expect(INSTANSI_DICTIONARY[`aspek_${a.kode}`]![lang], `${a.kode} ${lang}`).toContain(
          `${Math.round(a.bobot * 100)}%)`,
        );
  });

  it("types every published column, and refuses a column it has no type for", () => {
    for (const c of [...INSTANSI_COLUMNS, ...LOKUS_COLUMNS])
      expect(columnType(c).type, c).toMatch(/^(string|number|integer|boolean)$/);
    expect(columnType("peringkat_nasional").constraints).toEqual({ minimum: 1, required: true });
    expect(() => columnType("kolom_baru")).toThrow("kolom kolom_baru tidak punya tipe di kamus data");
  });

  it("speaks the page's language", () => {
    const row = (lang: "id" | "en") => dictionary(lang).lokus.find((r) => r.column === "jumlah_responden")!;
    expect(row("id").description).toBe("Jumlah responden F-03 yang lengkap");
    expect(row("en").description).toBe("Number of complete F-03 respondents");
  });
});
