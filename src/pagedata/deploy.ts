/**
 * The publishing settings of this build (BASE_PATH, SITE_URL), read from the
 * environment once, as astro.config.mjs reads them for Astro's own `base`.
 * See src/lib/site/deploy.ts for what they mean.
 */
import { once } from "./cache.ts";
import { absoluteUrl, parseDeploy, type Deploy } from "../lib/site/deploy.ts";

export const deploy = once((): Deploy => parseDeploy(process.env));

/** The absolute URL of a site address, or null when SITE_URL is unset. */
export const absolute = (address: string): string | null => absoluteUrl(deploy(), address);
