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

const dist = requireDist(DIST);
const list = (items: readonly string[], max = 25) => items.slice(0, max).join("\n") + (items.length > max ? `\n… and ${items.length - max} more` : "");
const pages = new Map<string, Digest>();
let links: ReturnType<typeof checkLinks> | undefined;
const linkCheck = () => (links ??= checkLinks(dist, pages));

beforeAll(async () => {
  const started = performance.now();
  const html = listFiles(dist).filter((f) => f.endsWith(".html"));
  for (const d of await digestAll(dist, html, fetchedOnLoad(dist))) pages.set(d.path, d);
  console.log(`static checks: ${pages.size} pages read and scanned in ${((performance.now() - started) / 1000).toFixed(1)} s (${dist})`);
});

describe(`the built site (${DIST})`, () => {
  it("has every page kind in both languages", () => {
    const seen = new Set([...pages.keys()].map((p) => `${kindOf(p)}/${parsePath(p)?.lang ?? "?"}`));
    for (const kind of ["beranda", "peringkat", "instansi", "provinsi", "peta", "metodologi", "data", "terbitan"] as const)
      for (const lang of ["id", "en"]) expect(seen, `${kind} in ${lang}`).toContain(`${kind}/${lang}`);
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

  it("loads nothing from another host, and links out only from the methodology and published-figures pages (their sources)", () => {
    const { foreign } = linkCheck();
    const bad = foreign.filter((f) => !f.navigation || (kindOf(f.page) !== "metodologi" && kindOf(f.page) !== "terbitan")).map((f) => `${f.page}: <${f.tag}> ${f.ref}${f.navigation ? "" : " (loaded by the page)"}`);
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
