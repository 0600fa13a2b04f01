import { defineConfig } from "vitest/config";

/**
 * Two projects: `unit` runs on the sources alone (scoring, data build,
 * charts); `dist` checks the built dist/ (budgets, links, browser tests) and
 * so runs after `npm run build`. `npm test` runs both, in that order.
 */
export default defineConfig({
  test: {
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
