import { describe, expect, it } from "vitest";
import { boundaryCredit } from "../../../src/lib/map/text.ts";

describe("boundaryCredit", () => {
  it("says the credit in English on English pages and keeps the source's name", () => {
    const credit = "Batas wilayah: cahyadsn/wilayah_boundaries (MIT)";
    expect(boundaryCredit(credit, "en")).toBe("Boundaries: cahyadsn/wilayah_boundaries (MIT)");
    expect(boundaryCredit(credit, "id")).toBe(credit);
  });
});
