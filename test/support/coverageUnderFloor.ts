import { relative } from "node:path";

/**
 * A coverage report (an Istanbul report, loaded by Vitest from
 * vitest.config.ts) that lists only the files under the floor: their lines
 * and branches covered, and the lines no test runs. The whole tree's figures
 * are in the text-summary report printed with it; the floor itself is
 * enforced by the thresholds in vitest.config.ts, not here.
 */

/** The parts of Istanbul's report context this report reads. */
interface Metric {
  readonly pct: number;
  readonly covered: number;
  readonly total: number;
}
interface FileNode {
  getFileCoverage(): {
    readonly path: string;
    toSummary(): { readonly lines: Metric; readonly branches: Metric };
    getUncoveredLines(): (string | number)[];
  };
}
interface Context {
  getTree(summarizer: "flat"): { visit(visitor: { onDetail(node: FileNode): void }): void };
  readonly writer: { writeFile(file: null): { println(line: string): void; close(): void } };
}

export interface UnderFloorOptions {
  /** Percent of lines and of branches a file needs to stay off the list. */
  readonly floor: number;
  readonly projectRoot?: string;
}

/** "3-5, 9" for lines [3, 4, 5, 9]; after `max` ranges, "…". */
export function lineRanges(lines: readonly number[], max = Infinity): string {
  const sorted = [...lines].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const start = sorted[i]!;
    while (sorted[i + 1] === sorted[i]! + 1) i++;
    parts.push(start === sorted[i] ? `${start}` : `${start}-${sorted[i]}`);
  }
  return parts.length > max ? `${parts.slice(0, max).join(", ")}, …` : parts.join(", ");
}

const percent = (m: Metric) => `${(m.total === 0 ? 100 : m.pct).toFixed(1).padStart(5)} %`;

export default class UnderFloorReport {
  readonly #floor: number;
  readonly #root: string;

  constructor(options: UnderFloorOptions) {
    this.#floor = options.floor;
    this.#root = options.projectRoot ?? process.cwd();
  }

  execute(context: Context): void {
    const rows: { file: string; line: string }[] = [];
    context.getTree("flat").visit({
      onDetail: (node) => {
        const file = node.getFileCoverage();
        const { lines, branches } = file.toSummary();
        const under = (m: Metric) => m.total > 0 && m.pct < this.#floor;
        if (!under(lines) && !under(branches)) return;
        const uncovered = lineRanges(file.getUncoveredLines().map(Number), 8);
        const name = relative(this.#root, file.path);
        const line = `${percent(lines)}  ${percent(branches)}  ${name}${uncovered ? `  (lines not run: ${uncovered})` : ""}`;
        rows.push({ file: name, line });
      },
    });
    const out = context.writer.writeFile(null);
    out.println("");
    if (rows.length === 0) {
      out.println(`Every file at or above the ${this.#floor} % floor of lines and branches.`);
    } else {
      out.println(`Files under the ${this.#floor} % floor of lines or branches (the floor applies to the total):`);
      out.println("  lines   branches  file");
      for (const row of rows.sort((a, b) => (a.file < b.file ? -1 : 1))) out.println(row.line);
    }
    out.close();
  }
}
