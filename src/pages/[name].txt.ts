/**
 * /robots.txt, only when SITE_URL is set: its one useful line names the
 * sitemap, which must be an absolute URL. Crawlers read robots.txt only at
 * a host's root: under a sub-path, the host's own /robots.txt must carry
 * the Sitemap line (README, "Publishing").
 */
import type { APIRoute } from "astro";
import { robotsTxt } from "../lib/site/sitemap.ts";
import { sitemapUrl } from "../lib/site/routes.ts";
import { absolute, deploy } from "../pagedata/deploy.ts";

export function getStaticPaths() {
  return deploy().origin ? [{ params: { name: "robots" } }] : [];
}

export const GET: APIRoute = () =>
  new Response(robotsTxt(absolute(sitemapUrl(deploy()))!), {
    headers: { "content-type": "text/plain; charset=utf-8" },
  });
