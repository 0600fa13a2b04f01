import { describe, expect, it } from "vitest";
import { competitionRanks, groupedRanks, groupedRanksBy } from "../../../src/lib/rank/rank.ts";

describe("competitionRanks", () => {
  it("shares ranks on ties and skips after them (1, 2, 2, 4)", () => {
    const items = [{ v: 4.1 }, { v: 4.6 }, { v: 4.5 }, { v: 4.5 }];
    const r = competitionRanks(items, (x) => x.v);
    expect(items.map((i) => r.get(i))).toEqual([4, 1, 2, 2]);
  });
  it("gives everyone rank 1 when all are equal", () => {
    const items = [{ v: 3 }, { v: 3 }, { v: 3 }];
    const r = competitionRanks(items, (x) => x.v);
    expect([...r.values()]).toEqual([1, 1, 1]);
  });
  it("ranks within groups and skips items without a group", () => {
    const items = [
      { g: "a", v: 1 },
      { g: "b", v: 5 },
      { g: "a", v: 2 },
      { g: null, v: 9 },
    ];
    const r = groupedRanks(
      items,
      (x) => x.g,
      (x) => x.v,
    );
    expect(items.map((i) => r.get(i) ?? null)).toEqual([2, 1, 1, null]);
  });
});

describe("groupedRanksBy", () => {
  it("ranks with a comparator: equal only when it says so, within groups", () => {
    const items = [
      { g: "a", v: 4.6849 },
      { g: "a", v: 4.6851 },
      { g: "a", v: 4.6851 },
      { g: "b", v: 1 },
    ];
    const r = groupedRanksBy(
      items,
      (x) => x.g,
      (x, y) => y.v - x.v,
    );
    expect(items.map((i) => r.get(i))).toEqual([3, 1, 1, 1]);
  });
});
