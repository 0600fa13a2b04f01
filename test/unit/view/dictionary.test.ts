import { describe, expect, it } from "vitest";
import { instansiColumns, lokusColumns } from "../../../src/lib/schema/output.ts";
import {
  INSTANSI_DICTIONARY,
  LOKUS_DICTIONARY,
  aspectDictionary,
  columnType,
  dictionary,
} from "../../../src/lib/view/dictionary.ts";
import { profile } from "../../support/profile.ts";

const codes = profile.def.aspek.map((a) => a.kode);

describe("the data dictionary of the published CSVs", () => {
  it.each(["id", "en"] as const)("describes every column, in file order, in %s", (lang) => {
    const d = dictionary(lang, profile.def);
    expect(d.instansi.map((r) => r.column)).toEqual([...instansiColumns(codes)]);
    expect(d.lokus.map((r) => r.column)).toEqual([...lokusColumns(codes)]);
    for (const r of [...d.instansi, ...d.lokus]) expect(r.description, r.column).not.toBe("");
  });

  it("describes no column the files do not have", () => {
    const instansi: readonly string[] = instansiColumns(codes);
    const lokus: readonly string[] = lokusColumns(codes);
    expect(Object.keys(INSTANSI_DICTIONARY).filter((c) => !instansi.includes(c))).toEqual([]);
    expect(Object.keys(LOKUS_DICTIONARY).filter((c) => !lokus.includes(c))).toEqual([]);
  });

  it("gives each aspect the weight of its profile, in both languages", () => {
    const aspects = aspectDictionary(profile.def);
    for (const a of profile.def.aspek)
      for (const lang of ["id", "en"] as const)
        expect(aspects[`aspek_${a.kode}`]![lang], `${a.kode} ${lang}`).toContain(`${Math.round(a.bobot * 100)}`);
  });

  it("types every column, aspect columns of any profile as scores, and refuses an unknown one", () => {
    for (const c of [...instansiColumns(codes), ...lokusColumns(codes)]) expect(columnType(c).type, c).toBeTruthy();
    expect(columnType("aspek_zz")).toEqual({ type: "number", constraints: { minimum: 0, maximum: 5 } });
    expect(() => columnType("kolom_asing")).toThrow("kolom kolom_asing tidak punya tipe di kamus data");
  });

  it("speaks the page's language", () => {
    const row = (lang: "id" | "en") =>
      dictionary(lang, profile.def).lokus.find((r) => r.column === "jumlah_responden")!;
    expect(row("id").description).toBe("Jumlah responden F-03 yang lengkap");
    expect(row("en").description).toBe("Number of complete F-03 respondents");
  });
});
