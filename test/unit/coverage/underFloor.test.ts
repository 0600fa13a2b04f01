import { describe, expect, it } from "vitest";
import UnderFloorReport, { lineRanges } from "../../support/coverageUnderFloor.ts";

const metric = (covered: number, total: number) => ({ covered, total, pct: total ? (100 * covered) / total : 100 });

/** A stand-in for Istanbul's report context: files with their line and branch counts. */
function context(files: { path: string; lines: [number, number]; branches: [number, number]; notRun?: number[] }[]) {
  const printed: string[] = [];
  return {
    printed,
    getTree: () => ({
      visit: (visitor: { onDetail(node: unknown): void }) => {
        for (const f of files)
          visitor.onDetail({
            getFileCoverage: () => ({
              path: f.path,
              toSummary: () => ({ lines: metric(...f.lines), branches: metric(...f.branches) }),
              getUncoveredLines: () => (f.notRun ?? []).map(String),
            }),
          });
      },
    }),
    writer: { writeFile: () => ({ println: (line: string) => printed.push(line), close: () => undefined }) },
  };
}

describe("the coverage report of files under the floor", () => {
  it("lists only the files under the floor in lines or branches, by path, with the lines not run", () => {
    const c = context([
      { path: "/p/src/lib/b.ts", lines: [10, 10], branches: [8, 10], notRun: [] },
      { path: "/p/src/lib/a.ts", lines: [8, 10], branches: [0, 0], notRun: [7, 3, 4, 5] },
      { path: "/p/src/lib/ok.ts", lines: [9, 10], branches: [9, 10] },
    ]);
    new UnderFloorReport({ floor: 90, projectRoot: "/p" }).execute(c as never);
    expect(c.printed.slice(1)).toEqual([
      "Files under the 90 % floor of lines or branches (the floor applies to the total):",
      "  lines   branches  file",
      " 80.0 %  100.0 %  src/lib/a.ts  (lines not run: 3-5, 7)",
      "100.0 %   80.0 %  src/lib/b.ts",
    ]);
  });

  it("says so when every file is at or above the floor", () => {
    const c = context([{ path: "/p/x.ts", lines: [9, 10], branches: [1, 1] }]);
    new UnderFloorReport({ floor: 90, projectRoot: "/p" }).execute(c as never);
    expect(c.printed.slice(1)).toEqual(["Every file at or above the 90 % floor of lines and branches."]);
  });

  it("writes line numbers as ranges", () => {
    expect(lineRanges([])).toBe("");
    expect(lineRanges([9, 1, 2, 3, 5])).toBe("1-3, 5, 9");
    expect(lineRanges([9, 1, 2, 3, 5], 2)).toBe("1-3, 5, …");
  });
});
