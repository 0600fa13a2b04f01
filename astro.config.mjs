// @ts-check
import { renameSync, rmdirSync, rmSync } from "node:fs";
import { defineConfig } from "astro/config";
import { NO_SITE_URL_NOTICE, parseDeploy } from "./src/lib/site/deploy.ts";

// BASE_PATH and SITE_URL (README, "Publishing"): Astro's `base` prefixes its
// own assets (/_astro/…); the pages build every other address from the same
// settings (src/pagedata/deploy.ts). A bad value stops the build here.
const deploy = parseDeploy(process.env);

export default defineConfig({
  output: "static",
  base: deploy.base,
  ...(deploy.origin ? { site: `${deploy.origin}${deploy.base}` } : {}),
  // ASTRO_OUT_DIR lets a second build go elsewhere (the determinism check compares two builds).
  outDir: process.env.ASTRO_OUT_DIR ?? "./dist",
  trailingSlash: "always",
  build: { format: "directory" },
  devToolbar: { enabled: false },
  integrations: [
    {
      name: "ipp-deploy",
      hooks: {
        // Said once per build, not per page.
        "astro:build:start": ({ logger }) => {
          if (!deploy.origin) logger.warn(NO_SITE_URL_NOTICE);
          if (deploy.base !== "/") logger.info(`BASE_PATH: situs dibangun untuk ${deploy.base}`);
        },
        // Astro writes src/pages/en/404.astro as en/404/index.html; hosts that
        // look for the nearest 404.html (Cloudflare Pages) want en/404.html.
        "astro:build:done": ({ dir }) => {
          renameSync(new URL("en/404/index.html", dir), new URL("en/404.html", dir));
          rmdirSync(new URL("en/404/", dir));
          // The data build's marker (scripts/lib/outputDir.ts) says who may replace
          // public/data; it is not a download.
          rmSync(new URL("data/.dasbor-ipp-keluaran", dir), { force: true });
        },
      },
    },
  ],
  security: {
    // A Content Security Policy as a <meta> tag, so it holds on any static host:
    // scripts and styles only from this site or by the hash Astro computes.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
});
