import { describe, expect, it, vi } from "vitest";
import {
  formatChange,
  formatDecimal,
  formatInteger,
  formatIpp,
  formatIppOrDash,
  formatPercent,
  formatRank,
  formatRankOf,
  formatYear,
  MINUS,
  roundHalfUp,
  tiedRanks,
} from "../../../src/lib/format/number.ts";

describe("roundHalfUp", () => {
  it.each([
    [1.005, 2, 1.01],
    [4.625, 2, 4.63],
    [2.675, 2, 2.68],
    [4.6349999, 2, 4.63],
    [-0.125, 2, -0.13],
    [-0.004, 2, 0],
    [1e-7, 2, 0],
    [0.5, 0, 1],
    [1234.5, 0, 1235],
  ])("%d at %d decimals → %d", (x, d, want) => {
    expect(roundHalfUp(x, d)).toBe(want);
  });

  it("never returns negative zero", () => {
    expect(Object.is(roundHalfUp(-0.001, 2), -0)).toBe(false);
  });

  it("rejects non-finite input", () => {
    expect(() => roundHalfUp(Number.NaN, 2)).toThrow(RangeError);
  });
});

describe("formatIpp", () => {
  it.each([
    [4.63, "4,63", "4.63"],
    [5, "5,00", "5.00"],
    [0, "0,00", "0.00"],
    [3.1, "3,10", "3.10"],
    [4.005, "4,01", "4.01"],
  ])("%d → %s / %s", (x, id, en) => {
    expect(formatIpp(x, "id")).toBe(id);
    expect(formatIpp(x, "en")).toBe(en);
  });
});

describe("formatChange", () => {
  it("always shows the sign, with a real minus", () => {
    expect(formatChange(0.08, "id")).toBe("+0,08");
    expect(formatChange(-0.12, "id")).toBe(`${MINUS}0,12`);
    expect(formatChange(-0.12, "en")).toBe("\u22120.12");
    expect(formatChange(1.5, "en", 1)).toBe("+1.5");
  });

  it("prints a change that rounds to zero without a sign", () => {
    expect(formatChange(0, "id")).toBe("0,00");
    expect(formatChange(-0.001, "id")).toBe("0,00");
    expect(formatChange(0.004, "en")).toBe("0.00");
  });

  it("does not use the hyphen-minus", () => {
    expect(formatChange(-1, "en")).not.toContain("-");
  });
});

describe("formatInteger and formatDecimal", () => {
  it.each([
    [0, "0", "0"],
    [999, "999", "999"],
    [1234, "1.234", "1,234"],
    [514, "514", "514"],
    [1234567, "1.234.567", "1,234,567"],
    [-1234, `${MINUS}1.234`, `${MINUS}1,234`],
  ])("%d → %s / %s", (n, id, en) => {
    expect(formatInteger(n, "id")).toBe(id);
    expect(formatInteger(n, "en")).toBe(en);
  });

  it("groups the integer part of decimals", () => {
    expect(formatDecimal(1234.5, "id", 1)).toBe("1.234,5");
    expect(formatDecimal(1234.5, "en", 2)).toBe("1,234.50");
    expect(formatDecimal(-0.004, "id", 2)).toBe("0,00");
  });
});

describe("formatPercent", () => {
  it.each([
    [0.235, 1, "23,5%", "23.5%"],
    [0.5, 0, "50%", "50%"],
    [1, 0, "100%", "100%"],
    [0.0049, 1, "0,5%", "0.5%"],
    [12.5, 0, "1.250%", "1,250%"],
  ])("%d at %d decimals → %s / %s", (x, d, id, en) => {
    expect(formatPercent(x, "id", d)).toBe(id);
    expect(formatPercent(x, "en", d)).toBe(en);
  });
});

describe("ranks", () => {
  it("marks shared ranks with =", () => {
    expect(formatRank(12, true, "id")).toBe("=12");
    expect(formatRank(12, false, "id")).toBe("12");
    expect(formatRank(1234, true, "en")).toBe("=1,234");
    expect(formatRankOf(12, 514, true, "id")).toBe("=12 dari 514");
    expect(formatRankOf(3, 1514, false, "en")).toBe("3 of 1,514");
  });

  it("finds the shared ranks of a competition ranking", () => {
    expect([...tiedRanks([1, 2, 2, 4, 5, 5, 5, 8])].sort((a, b) => a - b)).toEqual([2, 5]);
    expect(tiedRanks([1, 2, 3]).size).toBe(0);
  });
});

describe("formatYear", () => {
  it("never groups a year", () => {
    expect(formatYear(2024)).toBe("2024");
  });
});

describe("independence from the machine's locale", () => {
  // Our formatter must agree with a full-ICU Intl where one exists (so the
  // conventions are right), and must not change when the default locale does.
  const hasFullIcu = new Intl.NumberFormat("id-ID").format(1234.5) === "1.234,5";

  it.runIf(hasFullIcu)("agrees with Intl id-ID and en-US, minus sign aside", () => {
    const values = [0, 0.5, 1.005, 3.14159, 4.63, 999.995, 1234.5, 98765.4321, -2.5, -1234.567];
    for (const lang of ["id", "en"] as const) {
      const intl = new Intl.NumberFormat(lang === "id" ? "id-ID" : "en-US", {
        minimumFractionDigits: 2,
        maximumFractionDigits: 2,
        roundingMode: "halfExpand",
      });
      for (const v of values) {
        // Intl rounds the binary value (1.005 → 1.00); we round the decimal one.
        if (v === 1.005 || v === 999.995) continue;
        expect(formatDecimal(v, lang, 2).replace(MINUS, "-")).toBe(intl.format(v));
      }
    }
  });

  it("ignores the process's default locale and Intl altogether", () => {
    const toLocale = Number.prototype.toLocaleString;
    // Sabotage every locale-dependent path: our code must not use any of them.
    vi.stubGlobal("Intl", undefined);
    Number.prototype.toLocaleString = () => "sabotaged";
    try {
      expect(formatDecimal(1234.56, "id", 2)).toBe("1.234,56");
      expect(formatPercent(0.235, "en", 1)).toBe("23.5%");
    } finally {
      vi.unstubAllGlobals();
      Number.prototype.toLocaleString = toLocale;
    }
  });
});

describe("formatIppOrDash", () => {
  it("prints a missing score as a dash and a present one as an IPP", () => {
    expect([formatIppOrDash(null, "id"), formatIppOrDash(4.5, "id"), formatIppOrDash(4.5, "en")]).toEqual([
      "–",
      "4,50",
      "4.50",
    ]);
  });
});
