import { describe, expect, it } from "vitest";
import { numberOrCode } from "../../../src/lib/validate/lookup.ts";

describe("numberOrCode", () => {
  const find = numberOrCode([
    { nomor: 1, kode: "1.a.Ak" },
    { nomor: 8, kode: "8.a.Ak" },
    { nomor: 30, kode: "30.f.B" },
  ]);
  it("finds by number and by code without case", () => {
    expect([find("1"), find("8"), find("30"), find("8.a.Ak"), find("8.A.AK"), find("30.f.b")]).toEqual([
      0, 1, 2, 1, 1, 2,
    ]);
  });
  it("refuses what is neither", () => {
    expect([find("08"), find("2"), find("31"), find(""), find("8.a"), find("x"), find("99999")]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});
