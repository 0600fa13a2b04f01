// @ts-check
import { defineConfig } from "astro/config";

export default defineConfig({
  output: "static",
  trailingSlash: "always",
  build: { format: "directory" },
  // No telemetry, no outside requests during the build.
  devToolbar: { enabled: false },
});
