/**
 * What a built site tells search engines and data portals, checked against
 * what it really has: the canonical link and hreflang alternates of each
 * page, sitemap.xml, robots.txt and the schema.org Dataset JSON-LD. With
 * SITE_URL (`origin`) every such address must be absolute, under the site's
 * address, and name a file that exists; without it nothing may pretend to be
 * absolute, and sitemap.xml and robots.txt must not exist.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseEmbedPath, parsePath } from "../../../src/lib/site/routes.ts";
import type { ScannedPage } from "./html.ts";
import { fileFor } from "./transfer.ts";

export interface Seo {
  readonly canonical: readonly string[];
  readonly alternates: readonly { readonly lang: string; readonly href: string }[];
  readonly robots: string | undefined;
  readonly ogUrl: string | undefined;
  /** Bodies of the page's `<script type="application/ld+json">`. */
  readonly jsonLd: readonly string[];
}

export function seoOf(scanned: ScannedPage): Seo {
  const links = scanned.tags.filter((t) => t.name === "link");
  const rel = (t: (typeof links)[number]) => (t.attrs.get("rel") ?? "").toLowerCase().split(/\s+/);
  return {
    canonical: links.filter((t) => rel(t).includes("canonical")).map((t) => t.attrs.get("href") ?? ""),
    alternates: links.filter((t) => rel(t).includes("alternate") && t.attrs.has("hreflang")).map((t) => ({ lang: t.attrs.get("hreflang")!, href: t.attrs.get("href") ?? "" })),
    robots: scanned.tags.find((t) => t.name === "meta" && t.attrs.get("name") === "robots")?.attrs.get("content"),
    ogUrl: scanned.tags.find((t) => t.name === "meta" && t.attrs.get("property") === "og:url")?.attrs.get("content"),
    jsonLd: scanned.raw.filter((r) => r.name === "script" && (r.attrs.get("type") ?? "").trim().toLowerCase() === "application/ld+json").map((r) => r.body),
  };
}

export interface Site {
  readonly dist: string;
  readonly base: string;
  /** "https://example.go.id" with SITE_URL, else null. */
  readonly origin: string | null;
}

const ABSOLUTE = /^[a-z][a-z0-9+.-]*:|^\/\//i;

/**
 * The site path an address names, or a problem: absolute and under the
 * site's address with SITE_URL; a site path under the base without it.
 */
export function resolveAddress(site: Site, address: string): { path: string } | { problem: string } {
  if (site.origin === null) {
    if (ABSOLUTE.test(address)) return { problem: `${address} is absolute, but the site was built without SITE_URL` };
    if (!address.startsWith(site.base)) return { problem: `${address} is not under the base ${site.base}` };
    return { path: address.split("#")[0]! };
  }
  const prefix = `${site.origin}${site.base}`;
  if (!address.startsWith(prefix)) return { problem: `${address} is not an absolute URL under ${prefix}` };
  return { path: address.slice(site.origin.length).split("#")[0]! };
}

/** Problems with a page's canonical link and hreflang alternates; `path` is the page's site path. */
export function canonicalProblems(site: Site, path: string, seo: Seo, notFound: boolean): { problems: string[]; canonical: string | undefined } {
  const problems: string[] = [];
  if (notFound) {
    if (seo.canonical.length) problems.push("a 404 page or embed names a canonical address");
    if (seo.robots !== "noindex") problems.push('a 404 page or embed without <meta name="robots" content="noindex">');
    return { problems, canonical: undefined };
  }
  if (seo.canonical.length !== 1) return { problems: [`${seo.canonical.length} canonical links (one expected)`], canonical: undefined };
  const canonical = seo.canonical[0]!;
  const own = parsePath(path, site.base);
  const check = (what: string, address: string, lang?: string) => {
    const r = resolveAddress(site, address);
    if ("problem" in r) return problems.push(`${what}: ${r.problem}`);
    if (!fileFor(site.dist, r.path, site.base)) return problems.push(`${what} ${address}: no such page`);
    const target = parsePath(r.path, site.base);
    if (!target || target.edition === "terbaru") return problems.push(`${what} ${address}: not a year-pinned page`);
    if (own && (target.kind !== own.kind || target.key !== own.key || target.lang !== (lang ?? own.lang))) problems.push(`${what} ${address}: names another page than ${path}`);
    if (own && own.edition !== "terbaru" && target.edition !== own.edition) problems.push(`${what} ${address}: another year than ${path}`);
    return 0;
  };
  check("canonical", canonical);
  const langs = seo.alternates.map((a) => a.lang).sort();
  if (langs.join() !== "en,id") problems.push(`hreflang alternates for ${langs.join(", ") || "no language"} (id and en expected, once each)`);
  for (const a of seo.alternates) check(`hreflang=${a.lang}`, a.href, a.lang);
  if (own && !seo.alternates.some((a) => a.lang === own.lang && a.href === canonical)) problems.push("the alternate in the page's own language is not its canonical address");
  if (site.origin === null && seo.ogUrl !== undefined) problems.push(`og:url ${seo.ogUrl} without SITE_URL`);
  if (site.origin !== null && seo.ogUrl !== canonical) problems.push(`og:url ${seo.ogUrl ?? "(none)"} is not the canonical ${canonical}`);
  return { problems, canonical };
}

/** The <loc> entries of a sitemap, checked for the protocol's envelope. */
export function sitemapLocs(xml: string): { locs: string[]; problems: string[] } {
  const problems: string[] = [];
  if (!xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')) problems.push("no XML declaration with UTF-8");
  if (!/<urlset xmlns="http:\/\/www\.sitemaps\.org\/schemas\/sitemap\/0\.9">/.test(xml)) problems.push("no <urlset> in the sitemaps.org namespace");
  const urls = xml.match(/<url>[\s\S]*?<\/url>/g) ?? [];
  const locs = urls.map((u) => /<loc>([^<]*)<\/loc>/.exec(u)?.[1]?.replace(/&amp;/g, "&") ?? "");
  if (locs.some((l) => l === "")) problems.push("a <url> without <loc>");
  return { locs, problems };
}

/** Problems with sitemap.xml and robots.txt against the canonical addresses the pages name. */
export function sitemapProblems(site: Site, canonicals: ReadonlySet<string>): string[] {
  const sitemapFile = join(site.dist, "sitemap.xml");
  const robotsFile = join(site.dist, "robots.txt");
  if (site.origin === null)
    return [...(existsSync(sitemapFile) ? ["sitemap.xml exists without SITE_URL (its URLs must be absolute)"] : []), ...(existsSync(robotsFile) ? ["robots.txt exists without SITE_URL"] : [])];
  if (!existsSync(sitemapFile)) return ["no sitemap.xml although SITE_URL is set"];
  const { locs, problems } = sitemapLocs(readFileSync(sitemapFile, "utf8"));
  const seen = new Set<string>();
  for (const l of locs) {
    if (seen.has(l)) problems.push(`listed twice: ${l}`);
    seen.add(l);
    if (!canonicals.has(l)) problems.push(`not a canonical page: ${l}`);
  }
  const missing = [...canonicals].filter((c) => !seen.has(c));
  if (missing.length) problems.push(`${missing.length} canonical pages missing, e.g. ${missing.slice(0, 3).join(", ")}`);
  const robots = existsSync(robotsFile) ? readFileSync(robotsFile, "utf8") : "";
  if (!robots.split("\n").includes(`Sitemap: ${site.origin}${site.base}sitemap.xml`)) problems.push(`robots.txt does not name ${site.origin}${site.base}sitemap.xml`);
  return problems;
}

/** Problems with a page's schema.org Dataset JSON-LD (a block that does not parse is the CSP check's to report). */
export function jsonLdProblems(site: Site, canonical: string | undefined, bodies: readonly string[]): string[] {
  const problems: string[] = [];
  for (const body of bodies) {
    let d: Record<string, unknown>;
    try {
      d = JSON.parse(body) as Record<string, unknown>;
    } catch {
      continue;
    }
    if (d["@context"] !== "https://schema.org" || d["@type"] !== "Dataset") {
      problems.push(`JSON-LD is not a schema.org Dataset: ${body.slice(0, 60)}`);
      continue;
    }
    for (const k of ["name", "description", "license", "url"]) if (typeof d[k] !== "string" || !(d[k] as string)) problems.push(`Dataset without ${k}`);
    if (typeof d["description"] === "string" && d["description"].length < 50) problems.push("Dataset description under 50 characters");
    if (d["url"] !== canonical) problems.push(`Dataset url ${String(d["url"])} is not the page's canonical ${canonical}`);
    const addresses = [String(d["license"]), ...((d["distribution"] as { contentUrl?: unknown }[] | undefined) ?? []).map((x) => String(x.contentUrl))];
    if (!Array.isArray(d["distribution"]) || d["distribution"].length === 0) problems.push("Dataset without distribution");
    for (const a of addresses) {
      const r = resolveAddress(site, a);
      if ("problem" in r) problems.push(`Dataset: ${r.problem}`);
      else if (!fileFor(site.dist, r.path, site.base)) problems.push(`Dataset: ${a} names no file`);
    }
  }
  return problems;
}

export interface AddressReport {
  readonly canonical: string[];
  readonly sitemap: string[];
  readonly jsonLd: string[];
  /** Site paths of the pages that carry Dataset JSON-LD. */
  readonly withJsonLd: string[];
  /** Distinct canonical addresses the pages name. */
  readonly canonicals: number;
}

/** Runs every check above over the digested pages of a site (site path → what seoOf found). */
export function addressReport(site: Site, pages: ReadonlyMap<string, { readonly seo: Seo }>): AddressReport {
  const canonical: string[] = [];
  const jsonLd: string[] = [];
  const withJsonLd: string[] = [];
  const canonicals = new Set<string>();
  for (const [path, { seo }] of pages) {
    // 404 pages and embeds (issue 15: frames for other sites, the full page is the one to find) are not indexed.
    const r = canonicalProblems(site, path, seo, path.endsWith("/404.html") || parseEmbedPath(path, site.base) !== undefined);
    for (const p of r.problems) canonical.push(`${path}: ${p}`);
    if (r.canonical) canonicals.add(r.canonical);
    if (seo.jsonLd.length) withJsonLd.push(path);
    for (const p of jsonLdProblems(site, r.canonical, seo.jsonLd)) jsonLd.push(`${path}: ${p}`);
  }
  return { canonical, sitemap: sitemapProblems(site, canonicals), jsonLd, withJsonLd, canonicals: canonicals.size };
}
