import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

/** Percent of lines and of branches of src/lib the unit tests must run. */
const FLOOR = 90;

/**
 * Two projects: `unit` runs on the sources alone (scoring, data build,
 * charts); `dist` checks the built dist/ (budgets, links, browser tests) and
 * so runs after `npm run build`. `npm test` runs both, in that order.
 *
 * Coverage (V8) is measured when `--coverage` is given, as `npm run
 * test:unit` does: the pure core `src/lib` only, every file of it (those no
 * test loads count as 0 %). It prints the totals and the files under the
 * floor, and fails the run when lines or branches of the whole drop under
 * it. A run of a few files (`npm exec -- vitest run --project unit <files>`)
 * measures nothing unless asked.
 */
export default defineConfig({
  test: {
    coverage: {
      provider: "v8",
      include: ["src/lib/**/*.ts"],
      reportsDirectory: "test/output/coverage",
      reporter: [
        "text-summary",
        [fileURLToPath(new URL("./test/support/coverageUnderFloor.ts", import.meta.url)), { floor: FLOOR }],
      ],
      thresholds: { lines: FLOOR, branches: FLOOR },
    },
    projects: [
      {
        test: {
          name: "unit",
          include: ["test/unit/**/*.test.ts"],
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: "dist",
          include: ["test/dist/**/*.test.ts"],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
