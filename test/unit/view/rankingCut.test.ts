import { describe, expect, it } from "vitest";
import { byCodePoint, cutWithTies, hundredths } from "../../../src/lib/view/rankingCut.ts";

describe("cutWithTies", () => {
  const same = (a: number, b: number) => a === b;
  it("takes n when the n-th is not tied", () => {
    expect(cutWithTies([9, 8, 7, 6], 2, same)).toEqual({ items: [9, 8], omitted: 0 });
  });
  it("takes everything tied with the n-th, up to the cap", () => {
    expect(cutWithTies([9, 8, 8, 8, 7], 2, same)).toEqual({ items: [9, 8, 8, 8], omitted: 0 });
    expect(cutWithTies([9, 8, 8, 8, 8, 7], 2, same, 2)).toEqual({ items: [9, 8, 8, 8], omitted: 1 });
  });
  it("copes with short lists and n = 0", () => {
    expect(cutWithTies([1], 5, same)).toEqual({ items: [1], omitted: 0 });
    expect(cutWithTies([1, 1], 0, same)).toEqual({ items: [], omitted: 0 });
  });
});

describe("helpers", () => {
  it("compares names by code point, not locale", () => {
    expect(["b", "B", "a"].sort(byCodePoint)).toEqual(["B", "a", "b"]);
  });
  it("turns two-decimal values into whole hundredths", () => {
    expect(hundredths(4.63) - hundredths(4.55)).toBe(8);
    expect(hundredths(0.29) + hundredths(0.01)).toBe(30);
  });
});
