import { describe, expect, it } from "vitest";
import { distances, ladder, predikatOf } from "../../../src/lib/method/predikat.ts";
import { ladder2 } from "../../support/profile.ts";

const at = (ipp: number) => predikatOf(ladder2, Math.round(ipp * 100));

describe("predikat ladder (methodology.md §1.6)", () => {
  // Both sides of every boundary, on the rounded two-decimal value.
  it.each([
    [5.0, "A"],
    [4.51, "A"],
    [4.5, "A-"],
    [4.01, "A-"],
    [4.0, "B"],
    [3.51, "B"],
    [3.5, "B-"],
    [3.01, "B-"],
    [3.0, "C"],
    [2.51, "C"],
    [2.5, "C-"],
    [2.01, "C-"],
    [2.0, "D"],
    [1.51, "D"],
    [1.5, "E"],
    [1.01, "E"],
    [1.0, "F"],
    [0, "F"],
  ])("%s → %s", (ipp, kode) => {
    expect(at(ipp).kode).toBe(kode);
  });

  it("labels the steps as the regulation does", () => {
    expect(at(4.63).label).toBe("Pelayanan Prima");
    expect(at(0.5).label).toBe("Gagal");
    expect(ladder2.steps.map((s) => s.kode)).toEqual(["A", "A-", "B", "B-", "C", "C-", "D", "E", "F"]);
  });

  it("gives the distance to the next predikat up and down", () => {
    expect(distances(ladder2, 447)).toEqual({ naik: 4, turun: 47 }); // 4.47: +0.04 to A, −0.47 to B
    expect(distances(ladder2, 451)).toEqual({ naik: null, turun: 1 });
    expect(distances(ladder2, 0)).toEqual({ naik: 101, turun: null });
    expect(distances(ladder2, 100)).toEqual({ naik: 1, turun: null });
  });

  it("puts a value under a ladder that does not reach the bottom on its last step", () => {
    const partial = ladder(ladder2.steps.slice(0, 3), 2); // A, A-, B: the last starts at 3.51
    expect(predikatOf(partial, 300).kode).toBe("B");
    expect(distances(partial, 300)).toEqual({ naik: 101, turun: null });
  });
});
