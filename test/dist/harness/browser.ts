/**
 * A browser suite: Debian's Chromium (chromium.ts) and the
 * built site served on 127.0.0.1 (staticServer.ts), shared
 * by the tests of one file. Without Chromium the suite is skipped with one
 * line saying so; under CI=true a missing browser fails the file instead
 * (browserMissing throws). A missing build fails with "run npm run build
 * first" before anything starts.
 */
import { describe, beforeAll, afterAll } from "vitest";
import type { Browser } from "playwright-core";
import { browserMissing, launchChromium } from "./chromium.ts";
import { serveStatic, type StaticServer } from "./staticServer.ts";
import { DIST, requireDist } from "./dist.ts";

export interface BrowserEnv {
  readonly browser: Browser;
  readonly server: StaticServer;
  readonly origin: string;
  readonly dist: string;
  /** The BASE_PATH the site is served under ("/" by default). */
  readonly base: string;
}

export interface SuiteOptions {
  /** The site to serve; default DIST_DIR (or dist/). */
  readonly dist?: string;
  /** Builds the site to serve first (the hostile fixture), returning its directory. */
  readonly prepare?: () => Promise<string>;
  /** Serve the site under this BASE_PATH (default "/"). */
  readonly base?: string;
}

/**
 * Declares a describe block that gets a running browser and server; `body`
 * receives a getter (the env exists only once beforeAll has run).
 */
export function browserSuite(name: string, body: (env: () => BrowserEnv) => void, options: SuiteOptions = {}): void {
  const missing = browserMissing();
  if (missing) console.warn(`[${name}] ${missing}`);
  else if (!options.prepare) requireDist(options.dist ?? DIST);
  describe.skipIf(missing !== null)(name, () => {
    let env: BrowserEnv | undefined;
    beforeAll(async () => {
      const dist = options.prepare ? await options.prepare() : (options.dist ?? DIST);
      const base = options.base ?? "/";
      const server = await serveStatic(dist, base);
      const browser = await launchChromium();
      env = { browser, server, origin: server.origin, dist, base };
    });
    afterAll(async () => {
      await env?.browser.close();
      await env?.server.close();
    });
    body(() => {
      if (!env) throw new Error("browser suite used before beforeAll ran");
      return env;
    });
  });
}
