/**
 * Debian's Chromium driven by playwright-core; a browser is never
 * downloaded. Without /usr/bin/chromium the browser tests are skipped with a
 * message, except under CI=true, where a missing browser is a failure.
 */
import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

export const CHROMIUM = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";

export const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"];

/** Why browser tests cannot run here, or null when they can. Throws under CI=true. */
export function browserMissing(): string | null {
  if (existsSync(CHROMIUM)) return null;
  const message = `${CHROMIUM} not found: browser tests skipped (apt-get install -y chromium)`;
  if (process.env["CI"] === "true") throw new Error(`${message}; CI=true requires the browser`);
  return message;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}
