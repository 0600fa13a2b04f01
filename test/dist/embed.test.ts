/**
 * The embeds on the built site (issue 15), no browser needed: every embed
 * page the route table names exists, pinned to its year, without the
 * site's chrome, with title, subtitle, source line, the sample notice inside
 * the frame when the data is sample, a link to the full page and, for an
 * older edition, a "lihat data terbaru" link; not indexed; within its
 * transfer budget (a chart ≤ 80 kB gzip, the map ≤ 300 kB, everything a
 * cold load fetches, geometry included); /embed.js ≤ 2 kB gzip; every
 * instansi page holds its #sematkan- parts; the share panels carry full
 * addresses.
 */
import { describe, expect, it } from "vitest";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { allEmbeds, embedPathOf, parseEmbedPath, type EmbedPage } from "../../src/lib/site/routes.ts";
import { parseDeploy } from "../../src/lib/site/deploy.ts";
import { builtData, DIST, requireDist } from "./harness/dist.ts";
import { fetchedOnLoad, kB } from "./harness/budgets.ts";
import { fileFor, staticTransfer } from "./harness/transfer.ts";
import { scanHtml, decodeEntities } from "./harness/html.ts";
import { gzipFile } from "./harness/gzip.ts";
import { printTable } from "./harness/report.ts";

const dist = requireDist(DIST);
const deploy = parseDeploy(process.env);
const data = builtData(dist, deploy.base);
const embeds = allEmbeds(data.siteMap);
const html = (e: EmbedPage) => readFileSync(fileFor(dist, embedPathOf(e), deploy.base)!, "utf8");
const text = (s: string) => decodeEntities(s.replace(/<[^>]+>/g, "")).replace(/\s+/g, " ").trim();
const statusOf = (year: number) => data.manifest.tahun.find((t) => t.tahun === year)?.status;

/** Chart embeds ≤ 80 kB gzip, the map's ≤ 300 kB: everything a cold load fetches. */
export const EMBED_BUDGETS = { chart: 80_000, map: 300_000 } as const;

describe(`the embeds (${DIST})`, () => {
  it("exist for each national chart, the map and each province view, per year and language", () => {
    expect(embeds.length).toBe(2 * data.years.length * (4 + data.siteMap.provinces.length));
    const missing = embeds.filter((e) => !fileFor(dist, embedPathOf(e), deploy.base)).map(embedPathOf);
    expect(missing).toEqual([]);
    for (const e of embeds) expect(parseEmbedPath(embedPathOf(e), deploy.base)).toEqual(e);
  });

  it("are frames: title, subtitle, source, sample notice inside, full page and latest links; no chrome; not indexed", () => {
    const problems: string[] = [];
    for (const e of embeds) {
      const path = embedPathOf(e);
      const h = html(e);
      const say = (p: string) => problems.push(`${path}: ${p}`);
      if (!/<meta name="robots" content="noindex">/.test(h)) say("not noindex");
      if (/rel="canonical"/.test(h)) say("names a canonical address");
      if (/class="site-header|class="site-footer|class="main-nav/.test(h)) say("site chrome");
      const title = /<h1 class="embed-title"[^>]*>([\s\S]*?)<\/h1>/.exec(h)?.[1];
      if (!title || !text(title)) say("no title");
      if (!/<p class="embed-subtitle"[^>]*>[^<]+/.test(h)) say("no subtitle");
      const source = /<p class="embed-source"[^>]*>([\s\S]*?)<\/p>/.exec(h)?.[1] ?? "";
      if (!/^(Sumber|Source): /.test(text(source))) say(`no source line: ${text(source)}`);
      const sample = statusOf(e.year) === "sample";
      if (sample !== /class="embed-sample"/.test(h)) say(sample ? "sample data without the notice" : "notice on official data");
      if (sample && !/sampel|sample/i.test(text(source))) say("sample source line does not say sample");
      // The link to the full page names the same year.
      const full = /<a href="([^"]+)"[^>]*>[^<]*(Lihat halaman lengkap|See the full page)/.exec(h)?.[1];
      if (!full || !full.includes(`/${e.year}/`)) say(`full-page link ${full ?? "missing"} is not pinned to ${e.year}`);
      const latest = /class="embed-latest"/.test(h);
      if (latest !== e.year < data.latest) say(latest ? "latest link on the latest edition" : "no link to the latest data");
      if (!h.includes(`data-embed-id="`)) say("no chart id for the height message");
    }
    expect(problems.slice(0, 30)).toEqual([]);
  });

  it("fit their budgets: a chart ≤ 80 kB gzip on a cold load, the map ≤ 300 kB (geometry included)", () => {
    const geometry = fetchedOnLoad(dist, deploy.base).map ?? [];
    const rows: { path: string; kind: "chart" | "map"; total: number }[] = [];
    // Every embed of the latest year in both languages, and one of each older year.
    const measured = embeds.filter((e) => e.year === data.latest || e.chart !== "provinsi-view");
    for (const e of measured) {
      const path = embedPathOf(e);
      const kind = e.chart === "peta" ? "map" : "chart";
      const t = staticTransfer(dist, path, scanHtml(html(e)), kind === "map" ? geometry : [], deploy.base);
      expect(t.missing, path).toEqual([]);
      rows.push({ path, kind, total: t.total });
    }
    const worst = (k: "chart" | "map") => rows.filter((r) => r.kind === k).sort((a, b) => b.total - a.total);
    printTable(
      "embed transfer (gzip -6, cold load)",
      ["kind", "pages", "largest", "page", "budget"],
      (["chart", "map"] as const).map((k) => [k, String(worst(k).length), kB(worst(k)[0]!.total), worst(k)[0]!.path, kB(EMBED_BUDGETS[k])]),
    );
    const over = rows.filter((r) => r.total > EMBED_BUDGETS[r.kind]).map((r) => `${r.path}: ${kB(r.total)}`);
    expect(over).toEqual([]);
  });

  it("serves /embed.js, at most 2 kB gzip", () => {
    const file = join(dist, "embed.js");
    expect(existsSync(file)).toBe(true);
    expect(gzipFile(file)).toBeLessThanOrEqual(2000);
    expect(readFileSync(file, "utf8")).toContain("datawrapper-height");
  });

  it("makes every instansi page hold its embeddable parts (#sematkan-hasil, and -aspek and -tren where it has them)", () => {
    const problems: string[] = [];
    const year = data.latest;
    for (const i of data.instansi.slice(0, 80)) {
      const file = join(dist, String(year), "instansi", i.slug, "index.html");
      const h = readFileSync(file, "utf8");
      for (const part of ["hasil", "tren"]) if (!h.includes(`id="sematkan-${part}"`)) problems.push(`${i.slug}: no #sematkan-${part}`);
      if (h.includes('id="aspek"') !== h.includes('id="sematkan-aspek"')) problems.push(`${i.slug}: aspects without #sematkan-aspek`);
      if (/class="permalink"/.test(h)) problems.push(`${i.slug}: the bare-path permalink is still there`);
    }
    expect(problems).toEqual([]);
  });

  it(`gives full addresses in the share panels${deploy.origin ? ` (SITE_URL ${deploy.origin})` : " (site paths: completed in the browser)"}`, () => {
    const pages = [`${data.latest}/index.html`, `${data.latest}/peta/index.html`, `en/${data.latest}/instansi/${data.instansi[0]!.slug}/index.html`];
    for (const rel of pages) {
      const h = readFileSync(join(dist, rel), "utf8");
      const inputs = [...h.matchAll(/<input\b[^>]*\bdata-share-value\b[^>]*>/g)].map((m) => decodeEntities(/\bvalue="([^"]*)"/.exec(m[0])?.[1] ?? ""));
      const areas = [...h.matchAll(/<textarea\b[^>]*\bdata-share-value\b[^>]*>([^<]*)<\/textarea>/g)].map((m) => decodeEntities(m[1]!));
      const fields = [...inputs, ...areas];
      expect(inputs.length, rel).toBeGreaterThanOrEqual(1);
      expect(areas.length, rel).toBeGreaterThanOrEqual(2);
      const prefix = deploy.origin ? `${deploy.origin}${deploy.base}` : deploy.base;
      for (const f of fields) expect(f, `${rel}: ${f}`).toContain(`${prefix}`);
      const address = fields[0]!;
      expect(address.startsWith(prefix), address).toBe(true);
      expect(address).toMatch(new RegExp(`/${data.latest}/`));
    }
  });
});
