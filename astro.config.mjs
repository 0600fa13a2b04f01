// @ts-check
import { defineConfig } from "astro/config";

export default defineConfig({
  output: "static",
  // ASTRO_OUT_DIR lets a second build go elsewhere (the determinism check compares two builds).
  outDir: process.env.ASTRO_OUT_DIR ?? "./dist",
  trailingSlash: "always",
  build: { format: "directory" },
  devToolbar: { enabled: false },
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
