import { describe, expect, it } from "vitest";
import { Provenance } from "../../../src/lib/schema/provenance.ts";
import { YearConfig } from "../../../src/lib/schema/yearConfig.ts";

describe("a year's tahun.json", () => {
  it("may be empty: official data, no decree, the default profile", () => {
    expect(YearConfig.parse({})).toEqual({ status: "official", sumber: null });
  });

  it("keeps what it is given", () => {
    expect(YearConfig.parse({ profil: "pekppp-2022", status: "sample", sumber: "Kepmen PANRB 659/2024" })).toEqual({
      profil: "pekppp-2022",
      status: "sample",
      sumber: "Kepmen PANRB 659/2024",
    });
  });

  it("refuses an unknown status and an unknown key, rather than ignoring a typo", () => {
    expect(YearConfig.safeParse({ status: "resmi" }).success).toBe(false);
    expect(YearConfig.safeParse({ profile: "pekppp-2022" }).success).toBe(false);
  });
});

describe("a parameter's provenance", () => {
  it("needs at least one source and a confidence; it is no assumption unless it says so", () => {
    expect(Provenance.parse({ sumber: ["S1"], keyakinan: "tinggi" })).toEqual({
      sumber: ["S1"],
      keyakinan: "tinggi",
      asumsi: false,
    });
    expect(Provenance.safeParse({ sumber: [], keyakinan: "tinggi" }).success).toBe(false);
    expect(Provenance.safeParse({ sumber: ["S1"], keyakinan: "pasti" }).success).toBe(false);
  });
});
