/**
 * Opens a page of the served site with everything that can go wrong on the
 * way recorded: console errors, uncaught exceptions, failed or 4xx/5xx
 * requests, any request to another host (blocked before it leaves, so the
 * test never touches the network), Content Security Policy violations, and
 * dialogs (alert/confirm/prompt, dismissed). `problems()` lists them all as
 * sentences; a clean page has none.
 */
import type { BrowserContextOptions, Page } from "playwright-core";
import type { BrowserEnv } from "./browser.ts";

export interface Watch {
  readonly consoleErrors: string[];
  readonly pageErrors: string[];
  readonly failed: string[];
  readonly foreign: string[];
  readonly dialogs: string[];
  /** Site paths of every request that completed, in order (for transfer budgets). */
  readonly loaded: string[];
}

export interface Visit {
  readonly page: Page;
  readonly watch: Watch;
  /** Violations the page reported through `securitypolicyviolation` events. */
  cspViolations(): Promise<string[]>;
  /** Everything above, one sentence each; empty for a clean page. */
  problems(): Promise<string[]>;
  close(): Promise<void>;
}

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

/** Opens a fresh context and page (no shared cache or storage between visits) and records what happens. */
export async function openWatched(env: BrowserEnv, options: BrowserContextOptions = {}): Promise<Visit> {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: "block", ...options });
  const page = await context.newPage();
  const watch: Watch = { consoleErrors: [], pageErrors: [], failed: [], foreign: [], dialogs: [], loaded: [] };
  const own = (url: string) => url.startsWith(`${env.origin}/`) || url === env.origin;
  await page.route(
    (url) => (url.protocol === "http:" || url.protocol === "https:" || url.protocol === "ws:" || url.protocol === "wss:") && !own(url.href),
    async (route) => {
      watch.foreign.push(route.request().url());
      await route.abort("blockedbyclient");
    },
  );
  // Runs before any page script and is not subject to the page's policy.
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (e) => window.__cspViolations?.push(`${e.violatedDirective} blocked ${e.blockedURI || "inline"} at ${e.sourceFile}:${e.lineNumber} ${e.sample}`));
  });
  page.on("console", (m) => {
    if (m.type() === "error") watch.consoleErrors.push(`${m.text()} (${m.location().url}:${m.location().lineNumber})`);
  });
  page.on("pageerror", (e) => watch.pageErrors.push(e.stack ?? e.message));
  page.on("dialog", (d) => {
    watch.dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  page.on("requestfailed", (r) => {
    const error = r.failure()?.errorText ?? "failed";
    // ERR_ABORTED: the page navigated away (or a link started a download) while
    // this was in flight; a missing file shows up as its HTTP status instead.
    if (own(r.url()) && error !== "net::ERR_ABORTED") watch.failed.push(`${r.method()} ${r.url()}: ${error}`);
  });
  page.on("response", (r) => {
    if (r.status() >= 400) watch.failed.push(`${r.request().method()} ${r.url()}: HTTP ${r.status()}`);
  });
  page.on("requestfinished", (r) => {
    if (own(r.url())) watch.loaded.push(new URL(r.url()).pathname);
  });
  const cspViolations = async () => (page.isClosed() ? [] : await page.evaluate(() => window.__cspViolations ?? []).catch(() => []));
  return {
    page,
    watch,
    cspViolations,
    async problems() {
      return [
        ...watch.consoleErrors.map((e) => `console error: ${e}`),
        ...watch.pageErrors.map((e) => `uncaught: ${e}`),
        ...watch.failed.map((e) => `failed request: ${e}`),
        ...watch.foreign.map((e) => `request to another host: ${e}`),
        ...watch.dialogs.map((e) => `dialog: ${e}`),
        ...(await cspViolations()).map((e) => `CSP violation: ${e}`),
      ];
    },
    close: () => context.close(),
  };
}

/**
 * Opens `path` and waits until the network has been quiet for 500 ms
 * (scripts' fetches included), then scrolls to the end and back, so lazy
 * images load too (and a broken one is seen), as for a reader who reads on.
 */
export async function visit(env: BrowserEnv, path: string, options: BrowserContextOptions = {}): Promise<Visit> {
  const v = await openWatched(env, options);
  await v.page.goto(`${env.origin}${path}`, { waitUntil: "load" });
  await v.page.waitForLoadState("networkidle");
  // Without scripting, lazy images load at once (HTML spec), and in-page timers would never fire.
  if (options.javaScriptEnabled === false) return v;
  await v.page.evaluate(async () => {
    const step = innerHeight * 2;
    for (let y = 0, n = 0; y < document.documentElement.scrollHeight && n < 100; y += step, n++) {
      scrollTo(0, y);
      await new Promise((r) => setTimeout(r, 20));
    }
  });
  // Every image done (loaded or failed); the failures are in the watch.
  await v.page.waitForFunction(() => [...document.images].every((i) => i.complete), undefined, { timeout: 10_000 });
  await v.page.evaluate(() => scrollTo(0, 0));
  return v;
}
