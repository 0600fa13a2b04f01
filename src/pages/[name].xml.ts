/**
 * /sitemap.xml (src/lib/site/sitemap.ts), only when SITE_URL is set: a
 * sitemap must list absolute URLs. The route is dynamic so that without
 * SITE_URL it has no path at all (the build says so once).
 */
import type { APIRoute } from "astro";
import { canonicalPaths, sitemapXml } from "../lib/site/sitemap.ts";
import { absolute, deploy } from "../pagedata/deploy.ts";
import { siteData } from "../pagedata/data.ts";

export function getStaticPaths() {
  return deploy().origin ? [{ params: { name: "sitemap" } }] : [];
}

export const GET: APIRoute = () => {
  const site = siteData();
  const paths = canonicalPaths({
    years: [...site.years.keys()],
    slugs: site.instansi.map((i) => i.slug),
    provinces: site.instansi.filter((i) => i.tingkat === "provinsi").map((i) => i.kode),
    base: deploy().base,
  });
  return new Response(sitemapXml(paths.map((p) => absolute(p)!)), {
    headers: { "content-type": "application/xml; charset=utf-8" },
  });
};
