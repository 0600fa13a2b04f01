// @ts-check
/**
 * The architecture as lint rules: which layer may import which. Each layer is
 * a folder; a file's imports are resolved to the layer they land in (or to
 * "node", "astro", a package), and an import the layer's rule does not allow
 * is reported with the rule's name and the reason. eslint.config.js applies
 * it to every .ts, .js and .astro file; test/unit/lint/architecture.test.ts
 * shows that each rule fires.
 */
import { builtinModules } from "node:module";
import { dirname, relative, resolve } from "node:path";

const ROOT = resolve(import.meta.dirname, "../..");

/**
 * Folders, most specific first: the first prefix that matches names the layer.
 * @type {ReadonlyArray<readonly [string, string]>}
 */
const LAYERS = [
  ["src/lib/", "core"],
  ["src/charts/", "charts"],
  ["src/pagedata/", "pagedata"],
  ["src/components/", "components"],
  ["src/views/", "views"],
  ["src/pages/", "routes"],
  ["src/client/", "client"],
  ["src/styles/", "styles"],
  ["scripts/", "scripts"],
  ["test/", "test"],
];

/**
 * What each layer may import: other layers by name, plus "packages" (npm
 * packages other than Astro's), "node" (Node's built-in modules) and "astro".
 * A layer not listed here (test) may import anything.
 */
/** @type {Record<string, { name: string; allow: string[]; why: string }>} */
export const RULES = {
  core: {
    name: "core-is-pure",
    allow: ["core", "packages"],
    why: "src/lib is the pure core: it imports nothing from Node, the DOM, Astro or outside src/lib",
  },
  charts: {
    name: "charts-are-pure",
    allow: ["core", "charts", "packages"],
    why: "chart builders are pure so that the build and the browser share them: only src/lib, src/charts and packages",
  },
  pagedata: {
    name: "pagedata-reads-files",
    allow: ["core", "charts", "pagedata", "packages", "node"],
    why: "the build-time data layer reads files and builds page models from src/lib and src/charts, never from pages or components",
  },
  components: {
    name: "components-are-components",
    allow: ["core", "charts", "pagedata", "components", "styles", "packages", "astro"],
    why: "components render; they get files through src/pagedata and never import Node or routes",
  },
  views: {
    name: "views-compose-components",
    allow: ["core", "charts", "pagedata", "components", "views", "styles", "packages", "astro"],
    why: "a view composes components and page data; it never imports Node or routes",
  },
  routes: {
    name: "routes-stay-thin",
    allow: ["core", "charts", "pagedata", "views", "packages", "astro"],
    why: "route files import views, the build-time data layer and pure modules, never the insides of components",
  },
  client: {
    name: "client-runs-in-the-browser",
    allow: ["core", "charts", "client", "packages"],
    why: "browser code imports nothing that reads files or needs Node",
  },
  scripts: {
    name: "scripts-use-the-core",
    allow: ["core", "scripts", "packages", "node"],
    why: "build scripts run the pure core on files; they never import the site's pages, components or browser code",
  },
};

/** Packages that only make sense inside a Node process or Astro. */
const NODE_ONLY_PACKAGES = new Set(["astro", "@astrojs/check", "vitest", "playwright-core", "lighthouse", "mapshaper"]);

const builtins = new Set(builtinModules);

/**
 * The layer of a project-relative path, or undefined outside the known layers.
 * @param {string} path
 * @returns {string | undefined}
 */
export function layerOf(path) {
  for (const [prefix, layer] of LAYERS) if (path.startsWith(prefix)) return layer;
  return undefined;
}

/**
 * Where an import specifier lands, seen from `file` (absolute): a layer name,
 * "node", "astro" or "packages"; `where` says it in words for the message.
 * @param {string} file
 * @param {string} specifier
 * @returns {{ kind: string; where: string }}
 */
export function targetOf(file, specifier) {
  if (specifier.startsWith(".") || specifier.startsWith("/")) {
    const path = relative(ROOT, resolve(dirname(file), specifier))
      .split("\\")
      .join("/");
    return { kind: layerOf(path) ?? "outside", where: path };
  }
  if (specifier.startsWith("node:") || builtins.has(specifier.split("/")[0] ?? ""))
    return { kind: "node", where: specifier };
  if (
    specifier === "astro" ||
    specifier.startsWith("astro:") ||
    specifier.startsWith("astro/") ||
    specifier.startsWith("@astrojs/")
  )
    return { kind: "astro", where: specifier };
  const pkg = specifier.startsWith("@") ? specifier.split("/").slice(0, 2).join("/") : specifier.split("/")[0];
  if (NODE_ONLY_PACKAGES.has(pkg ?? "")) return { kind: "node", where: specifier };
  return { kind: "packages", where: specifier };
}

/**
 * The layer whose rule applies to a file. A <script> inside an .astro file
 * (ESLint sees it as `Component.astro/0_0.ts`) runs in the browser.
 * @param {string} file
 * @returns {string | undefined}
 */
export function fileLayer(file) {
  const path = relative(ROOT, file).split("\\").join("/");
  if (/\.astro\/[^/]+$/.test(path)) return "client";
  return layerOf(path);
}

/** @type {import("eslint").Rule.RuleModule} */
const boundaries = {
  meta: {
    type: "problem",
    docs: { description: "Each layer imports only what its rule allows (README, Layout)." },
    schema: [],
  },
  create(context) {
    const layer = fileLayer(context.filename);
    const rule = layer ? RULES[layer] : undefined;
    if (!rule) return {};
    /** @param {any} node @param {unknown} source */
    const check = (node, source) => {
      if (typeof source !== "string") return;
      const target = targetOf(context.filename.replace(/\.astro\/[^/]+$/, ".astro"), source);
      if (target.kind === "styles" && source.endsWith(".css")) {
        if (rule.allow.includes("styles")) return;
      }
      if (rule.allow.includes(target.kind)) return;
      context.report({
        node,
        message: `architecture/${rule.name}: ${rule.why}; "${source}" is ${target.kind === "outside" ? "outside the layers" : target.kind} (${target.where}).`,
      });
    };
    return {
      ImportDeclaration: (node) => check(node.source, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node.source, node.source.value),
      ExportAllDeclaration: (node) => check(node.source, node.source.value),
      ImportExpression: (node) => node.source.type === "Literal" && check(node.source, node.source.value),
    };
  },
};

/** Browser and Node globals the pure layers must not touch. */
export const DOM_GLOBALS = [
  "window",
  "document",
  "navigator",
  "location",
  "localStorage",
  "sessionStorage",
  "HTMLElement",
  "Element",
  "customElements",
  "history",
  "matchMedia",
  "requestAnimationFrame",
];
export const NODE_GLOBALS = ["process", "Buffer", "require", "__dirname", "__filename", "global"];

export default { rules: { boundaries } };
