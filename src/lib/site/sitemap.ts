/**
 * sitemap.xml and robots.txt (https://www.sitemaps.org/protocol.html). Both
 * need absolute URLs, so they are written only when SITE_URL is set. The
 * sitemap lists every canonical page once: each year-pinned page in both
 * languages; the latest-edition twins at the root name those as canonical
 * and are left out.
 */
import { allPages, pathOf, type SiteMap } from "./routes.ts";

/** The canonical pages' addresses (under the base), in route-table order. */
export function canonicalPaths(site: SiteMap): string[] {
  return allPages(site)
    .filter((p) => p.edition !== "terbaru")
    .map(pathOf);
}

const escapeXml = (s: string) =>
  s.replace(/[<>&'"]/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", "'": "&apos;", '"': "&quot;" })[c]!);

/** A sitemap of absolute URLs (at most 50,000, the protocol's limit for one file). */
export function sitemapXml(urls: readonly string[]): string {
  if (urls.length > 50_000) throw new Error(`sitemap.xml: ${urls.length} URL, batas satu berkas 50.000`);
  const body = urls.map((u) => `<url><loc>${escapeXml(u)}</loc></url>`).join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</urlset>\n`;
}

/** robots.txt: everything may be crawled; the sitemap's absolute URL. */
export function robotsTxt(sitemapUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`;
}
