/**
 * Social cards: every instansi, province, home and map page declares an
 * og:image (absolute, from SITE_URL) that points to an existing 1200 × 630
 * PNG under /kartu/, with its size, type and a text alternative, and a
 * summary_large_image Twitter card. Built without SITE_URL, no page may
 * declare one (a link preview needs an absolute address) and the cards
 * exist all the same.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { allPages, pathOf, type Page } from "../../src/lib/site/routes.ts";
import { parseDeploy } from "../../src/lib/site/deploy.ts";
import { builtData } from "./harness/dist.ts";
import { DIST, listFiles, requireDist } from "./harness/dist.ts";
import { decodeEntities, scanHtml } from "./harness/html.ts";
import { pngSize } from "./harness/files.ts";

const dist = requireDist(DIST);
const deploy = parseDeploy(process.env);
const data = builtData(dist, deploy.base);

const KINDS = new Set<Page["kind"]>(["instansi", "province", "home", "map"]);
const pages = allPages(data.siteMap).filter((p) => KINDS.has(p.kind));
const fileOf = (path: string) => join(dist, path.slice(deploy.base.length), path.endsWith("/") ? "index.html" : "");

function metas(html: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const t of scanHtml(html).tags)
    if (t.name === "meta") {
      const key = t.attrs.get("property") ?? t.attrs.get("name");
      const content = t.attrs.get("content");
      if (key && content !== undefined) out.set(key, decodeEntities(content));
    }
  return out;
}

describe(`social cards (${deploy.origin ? `SITE_URL ${deploy.origin}` : "built without SITE_URL"})`, () => {
  const cards = listFiles(dist).filter((f) => f.startsWith("kartu/"));

  it("are 1200 × 630 PNG files, one per card for both languages", () => {
    expect(cards.length).toBeGreaterThan(0);
    const bad = cards.filter((f) => {
      const size = pngSize(readFileSync(join(dist, f)));
      return !f.endsWith(".png") || size?.width !== 1200 || size.height !== 630;
    });
    expect(bad).toEqual([]);
    // Home, map and every province of every edition.
    for (const y of data.years) {
      expect(cards).toContain(`kartu/${y}/beranda.png`);
      expect(cards).toContain(`kartu/${y}/peta.png`);
      for (const k of data.siteMap.provinces) expect(cards).toContain(`kartu/${y}/provinsi-${k}.png`);
    }
  });

  it(`every instansi, province, home and map page ${deploy.origin ? "declares an og:image that exists" : "declares no og:image"} (${pages.length} pages)`, () => {
    const problems: string[] = [];
    const used = new Set<string>();
    for (const p of pages) {
      const path = pathOf(p);
      const m = metas(readFileSync(fileOf(path), "utf8"));
      const image = m.get("og:image");
      if (!deploy.origin) {
        if (image !== undefined || m.has("twitter:card")) problems.push(`${path}: og:image or twitter:card without SITE_URL`);
        continue;
      }
      const prefix = `${deploy.origin}${deploy.base}`;
      if (!image?.startsWith(`${prefix}kartu/`)) {
        problems.push(`${path}: og:image ${image ?? "missing"}`);
        continue;
      }
      const file = image.slice(prefix.length);
      if (!existsSync(join(dist, file))) problems.push(`${path}: ${file} does not exist`);
      used.add(file);
      if (m.get("og:image:width") !== "1200" || m.get("og:image:height") !== "630") problems.push(`${path}: size not declared`);
      if (m.get("og:image:type") !== "image/png") problems.push(`${path}: type not declared`);
      if (!m.get("og:image:alt")) problems.push(`${path}: no og:image:alt`);
      if (m.get("twitter:card") !== "summary_large_image") problems.push(`${path}: twitter:card ${m.get("twitter:card")}`);
      if (!m.get("og:title") || !m.get("og:description")) problems.push(`${path}: og:title or og:description missing`);
      // The card is the page's own (instansi of the recent editions, province, map), or its edition's.
      const year = p.year;
      const own =
        p.kind === "map" ? "peta" : p.kind === "province" ? `provinsi-${p.key}` : p.kind === "instansi" ? p.key : "beranda";
      if (file !== `kartu/${year}/${own}.png` && file !== `kartu/${year}/beranda.png`)
        problems.push(`${path}: ${file} is not this page's card`);
      if (p.kind === "instansi" && file === `kartu/${year}/beranda.png` && existsSync(join(dist, `kartu/${year}/${own}.png`)))
        problems.push(`${path}: its own card exists but the page shows the edition's`);
    }
    expect(problems.slice(0, 30), problems.slice(0, 30).join("\n")).toEqual([]);
    if (deploy.origin) expect(used.size).toBeGreaterThan(data.years.length * 3);
  });

  it("the instansi page's card says its name and result in the alt text, in the page's language", () => {
    if (!deploy.origin) return;
    const i = data.instansi.find((x) => data.results.get(data.latest)?.has(x.kode))!;
    const r = data.results.get(data.latest)!.get(i.kode)!;
    for (const lang of ["id", "en"] as const) {
      const path = pathOf({ kind: "instansi", lang, edition: data.latest, key: i.slug, base: deploy.base });
      const alt = metas(readFileSync(fileOf(path), "utf8")).get("og:image:alt")!;
      expect(alt).toContain(i.nama);
      expect(alt).toContain(lang === "id" ? r.ipp.toFixed(2).replace(".", ",") : r.ipp.toFixed(2));
    }
  });
});
