/**
 * Checks over every file of the built site, no browser needed: the CSP of
 * each page, internal links and assets, links to other hosts, and the
 * transfer budget per page kind. Every HTML file is read and scanned once,
 * in beforeAll (in worker threads), keeping only what the checks need of it.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { parsePath, type PageKind } from "../../src/lib/site/routes.ts";
import { BUDGETS, fetchedOnLoad, kB, summarise } from "./harness/budgets.ts";
import { digestAll, kindOf, type Digest } from "./harness/digest.ts";
import { DIST, listFiles, requireDist } from "./harness/dist.ts";
import { checkLinks } from "./harness/links.ts";
import { printTable } from "./harness/report.ts";
import { dataPackageProblems } from "./harness/dataPackage.ts";
import { addressReport } from "./harness/seo.ts";
import { parseDeploy } from "../../src/lib/site/deploy.ts";
import { join } from "node:path";

const dist = requireDist(DIST);
const list = (items: readonly string[], max = 25) => items.slice(0, max).join("\n") + (items.length > max ? `\n… and ${items.length - max} more` : "");
const pages = new Map<string, Digest>();
let links: ReturnType<typeof checkLinks> | undefined;
// The settings the site was built with: npm test builds and checks with the same SITE_URL (package.json).
const deploy = parseDeploy(process.env);
const linkCheck = () => (links ??= checkLinks(dist, pages, deploy.base, deploy.origin));
let addresses: ReturnType<typeof addressReport> | undefined;
const addressCheck = () => (addresses ??= addressReport({ dist, ...deploy }, pages));

beforeAll(async () => {
  const started = performance.now();
  const html = listFiles(dist).filter((f) => f.endsWith(".html"));
  for (const d of await digestAll(dist, html, fetchedOnLoad(dist, deploy.base), deploy.base)) pages.set(d.path, d);
  console.log(`static checks: ${pages.size} pages read and scanned in ${((performance.now() - started) / 1000).toFixed(1)} s (${dist})`);
});

describe(`the built site (${DIST})`, () => {
  it("has every page kind in both languages", () => {
    const seen = new Set([...pages.keys()].map((p) => `${kindOf(p)}/${parsePath(p)?.lang ?? "?"}`));
    for (const kind of ["home", "ranking", "instansi", "province", "map", "method", "data", "mpp", "rkr", "awards", "published", "changes"] as const)
      for (const lang of ["id", "en"]) expect(seen, `${kind} in ${lang}`).toContain(`${kind}/${lang}`);
    expect([...pages.keys()].filter((p) => p.endsWith("404.html")).sort()).toEqual(["/404.html", "/en/404.html"]);
  });

  it(`names the year-pinned page as canonical on every page, with hreflang to both languages (${deploy.origin ? `absolute, SITE_URL ${deploy.origin}` : "site addresses: built without SITE_URL"})`, () => {
    const { canonical, canonicals } = addressCheck();
    expect(canonical, list(canonical)).toEqual([]);
    expect(canonicals).toBeGreaterThan(0);
  });

  it(deploy.origin ? "lists every canonical page once in sitemap.xml and nothing else; robots.txt names it" : "writes no sitemap.xml or robots.txt without SITE_URL", () => {
    const { sitemap } = addressCheck();
    expect(sitemap, list(sitemap)).toEqual([]);
  });

  it("describes the data as a schema.org Dataset (JSON-LD) on every /data/ page and every edition's home page", () => {
    const { jsonLd, withJsonLd } = addressCheck();
    expect(jsonLd, list(jsonLd)).toEqual([]);
    const expected = [...pages.keys()].filter((p) => ["data", "home"].includes(kindOf(p))).sort();
    expect(withJsonLd.sort()).toEqual(expected);
  });

  it("has a datapackage.json valid against the Frictionless Data Package spec, listing every file under /data/", () => {
    const problems = dataPackageProblems(join(dist, "data"));
    expect(problems, list(problems)).toEqual([]);
  });

  it("gives every page a meta Content Security Policy with no 'unsafe-inline' for scripts, covering its inline code", () => {
    const problems: string[] = [];
    for (const [path, d] of pages) for (const p of d.csp) problems.push(`${path}: ${p}`);
    expect(problems, list(problems)).toEqual([]);
  });

  it("has no broken internal link or missing asset, #fragments included", () => {
    const started = performance.now();
    const { problems, checked } = linkCheck();
    console.log(`link check: ${checked} references on ${pages.size} pages in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    const lines = problems.map((p) => `${p.page}: <${p.tag}> ${p.ref}: ${p.why}`);
    expect(lines, list(lines)).toEqual([]);
  });

  it("loads nothing from another host, and links out only to sources: from the methodology, evaluation, award and published-figures pages", () => {
    const { foreign } = linkCheck();
    const sourcesShown = new Set<string>(["method", "mpp", "rkr", "awards", "published"] satisfies PageKind[]);
    const bad = foreign.filter((f) => !f.navigation || !sourcesShown.has(kindOf(f.page))).map((f) => `${f.page}: <${f.tag}> ${f.ref}${f.navigation ? "" : " (loaded by the page)"}`);
    expect(bad, list(bad)).toEqual([]);
  });

  it("keeps every page within its kind's transfer budget (HTML + CSS + JS + data + geometry, gzip)", () => {
    const totals = new Map<PageKind, { path: string; total: number }[]>();
    const missing: string[] = [];
    for (const [path, { kind, transfer: t }] of pages) {
      if (kind === "other") continue;
      for (const m of t.missing) missing.push(`${path}: ${m}`);
      const arr = totals.get(kind) ?? [];
      arr.push({ path, total: t.total });
      totals.set(kind, arr);
    }
    const figures = summarise(totals);
    printTable(
      "transfer per page kind (gzip -6, cold cache, every page of dist/)",
      ["kind", "pages", "min", "median", "max", "budget", "largest page"],
      [...figures].map(([kind, f]) => [kind, String(f.pages), kB(f.min), kB(f.median), kB(f.max), BUDGETS[kind] ? kB(BUDGETS[kind]) : "–", f.worst]),
    );
    expect(missing, `resources the pages load but dist/ lacks:\n${list(missing)}`).toEqual([]);
    const over = [...totals].flatMap(([kind, arr]) => arr.filter((p) => BUDGETS[kind] !== undefined && p.total > BUDGETS[kind]).map((p) => `${p.path}: ${kB(p.total)} > ${kB(BUDGETS[kind]!)} (${kind})`));
    expect(over, list(over)).toEqual([]);
  });
});
