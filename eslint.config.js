// @ts-check
/**
 * Lint: typescript-eslint's recommended rules on .ts/.js, eslint-plugin-astro's
 * on .astro, eslint-config-prettier last (Prettier owns the layout), and the
 * architecture rules of scripts/lint/architecture.js: which layer may import
 * which, and no DOM or Node globals in the pure layers.
 */
import eslint from "@eslint/js";
import prettier from "eslint-config-prettier";
import astro from "eslint-plugin-astro";
import globals from "globals";
import tseslint from "typescript-eslint";
import architecture, { DOM_GLOBALS, NODE_GLOBALS } from "./scripts/lint/architecture.js";

const noGlobals = (rule, names, why) => names.map((name) => ({ name, message: `architecture/${rule}: ${why}` }));

export default tseslint.config(
  {
    ignores: [
      "dist/",
      ".astro/",
      "node_modules/",
      "public/",
      "data/",
      "test/output/",
      "test/fixtures/",
      "test/golden/",
      "test/snapshots/",
    ],
  },
  eslint.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  prettier,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    plugins: { architecture },
    rules: {
      "architecture/boundaries": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/no-non-null-assertion": "off",
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      eqeqeq: ["error", "always", { null: "ignore" }],
      "prefer-const": ["error", { ignoreReadBeforeAssign: true }],
    },
  },
  {
    // Tests poke at raw JSON on purpose (mutating a profile to see it refused).
    files: ["test/**"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    files: ["src/lib/**", "src/charts/**"],
    rules: {
      "no-restricted-globals": [
        "error",
        ...noGlobals(
          "pure-layers-have-no-dom",
          DOM_GLOBALS,
          "the pure core and chart builders never touch the browser's DOM",
        ),
        ...noGlobals(
          "pure-layers-have-no-node",
          NODE_GLOBALS,
          "the pure core and chart builders never touch Node's globals",
        ),
      ],
    },
  },
  {
    files: ["src/client/**"],
    rules: {
      "no-restricted-globals": [
        "error",
        ...noGlobals("client-has-no-node", NODE_GLOBALS, "browser code never touches Node's globals"),
      ],
    },
  },
);
