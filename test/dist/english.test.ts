/**
 * English pages are English: no English page of dist/ may carry interface
 * text from the Indonesian dictionaries (the site's, the map's and each page
 * kind's words, where the English entry differs). Names of instansi, lokus
 * and decrees are proper names and are not in the dictionaries, so they
 * stay; text marked lang="id" is left out (a quotation marked as such).
 * Text that comes from data (the boundary notes of the geo build, the F-03
 * items and source titles of the methodology profiles) must be English too,
 * marked lang="id" or not: each profile and the geo status carry an English
 * field for it.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { strings } from "../../src/lib/site/i18n.ts";
import { mapText } from "../../src/lib/map/text.ts";
import { homeText } from "../../src/lib/view/homeText.ts";
import { instansiText } from "../../src/lib/view/instansiText.ts";
import { provinceText } from "../../src/lib/view/provinceText.ts";
import { rankingText } from "../../src/lib/view/rankingText.ts";
import { changesText } from "../../src/lib/view/changesText.ts";
import type { Lang } from "../../src/lib/format/lang.ts";
import { DIST, listFiles, requireDist } from "./harness/dist.ts";

/**
 * The names of the ministry's programmes are proper names, kept in
 * Indonesian on English pages as decree names are (the Indonesian navigation
 * uses them as labels, so the dictionaries hold them).
 */
const PROGRAMME_NAMES = new Set(["Mal Pelayanan Publik", "Ramah Kelompok Rentan"]);

/** Indonesian strings (≥ 2 words, differing from the English entry), with functions called on sample arguments. */
export function indonesianPhrases(): string[] {
  const dicts: ((lang: Lang) => unknown)[] = [
    strings,
    mapText,
    homeText,
    instansiText,
    provinceText,
    rankingText,
    changesText,
  ];
  const out = new Set<string>();
  const walk = (id: unknown, en: unknown) => {
    if (typeof id === "function" && typeof en === "function") {
      // Called with placeholder arguments; the fixed words around them are what is checked.
      const args = Array.from({ length: id.length }, () => "\u0000");
      try {
        walk(id(...args), en(...args));
      } catch {
        /* a function that needs real arguments is skipped */
      }
      return;
    }
    if (typeof id === "string" && typeof en === "string") {
      if (id === en) return;
      for (const part of id.split("\u0000")) {
        const p = part.replace(/\s+/g, " ").trim().replace(/^[,.:;()–—-]+|[,.:;()–—-]+$/g, "").trim();
        if (p.split(" ").length >= 2 && p.length >= 10 && !en.includes(p)) out.add(p);
      }
      return;
    }
    if (id && en && typeof id === "object" && typeof en === "object")
      for (const k of Object.keys(id)) walk((id as Record<string, unknown>)[k], (en as Record<string, unknown>)[k]);
  };
  for (const d of dicts) walk(d("id"), d("en"));
  return [...out].filter((p) => !PROGRAMME_NAMES.has(p));
}

/**
 * Indonesian sentences the data puts on pages: the geo build's boundary
 * notes, the F-03 items and the source titles of every methodology profile
 * of the built site (those with an English twin equal to them, proper names
 * only, are left out).
 */
export function dataPhrases(dist: string): string[] {
  const out = new Set<string>();
  const add = (id: unknown, en: unknown) => {
    if (typeof id === "string" && id.length >= 10 && id !== en) out.add(id);
  };
  const status = join(dist, "geo", "status.json");
  if (existsSync(status)) {
    const s = JSON.parse(readFileSync(status, "utf8")) as { notes?: string[]; notes_en?: string[] };
    (s.notes ?? []).forEach((n, i) => add(n, s.notes_en?.[i]));
  }
  const dir = join(dist, "data", "metodologi");
  for (const f of existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith(".json")) : []) {
    const p = JSON.parse(readFileSync(join(dir, f), "utf8")) as {
      f03?: { butir: { teks: string; teks_en?: string }[] };
      sumber?: Record<string, { judul: string; judul_en?: string }>;
    };
    for (const b of p.f03?.butir ?? []) add(b.teks, b.teks_en);
    for (const s of Object.values(p.sumber ?? {})) add(s.judul, s.judul_en);
  }
  return [...out];
}

/**
 * The visible and accessible text of a page: tags dropped, attributes that
 * are read out kept, lang="id" parts out (unless `keepMarked`).
 */
export function pageText(html: string, keepMarked = false): string {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, " ")
    .replace(/<(?!html\b)(\w+)[^>]*\blang="id"[^>]*>[\s\S]*?<\/\1>/gi, (part) => (keepMarked ? part : " "))
    .replace(/<[^>]+>/g, (tag) =>
      [...tag.matchAll(/\b(?:aria-label|alt|title|placeholder)="([^"]*)"/gi)].map((m) => ` ${m[1]} `).join("") || " ",
    )
    .replace(/&amp;/g, "&")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, " ");
}

describe("English pages are English", () => {
  const phrases = indonesianPhrases();

  it("finds Indonesian phrases to look for (the check is not vacuous)", () => {
    expect(phrases.length).toBeGreaterThan(50);
    expect(phrases).toContain("Data sampel, bukan hasil resmi");
    const text = pageText('<p>x</p><ul lang="id"><li>Catatan batas</li></ul><p title="Data sampel, bukan hasil resmi">y</p>');
    expect(text).not.toContain("Catatan batas");
    expect(text).toContain("Data sampel, bukan hasil resmi");
  });

  it("no English page carries Indonesian interface text", () => {
    const dist = requireDist(DIST);
    const pages = listFiles(dist).filter((f) => /^en\/.*index\.html$/.test(f));
    expect(pages.length).toBeGreaterThan(10);
    // The same check on the Indonesian home page finds plenty: it would catch a leak.
    const home = pageText(readFileSync(join(dist, "index.html"), "utf8"));
    expect(phrases.filter((p) => home.includes(p)).length).toBeGreaterThan(5);
    const found = new Map<string, string[]>();
    for (const f of pages) {
      const text = pageText(readFileSync(join(dist, f), "utf8"));
      const hits = phrases.filter((p) => text.includes(p));
      if (hits.length) found.set(f, hits);
    }
    const report = [...found].slice(0, 20).map(([f, hits]) => `${f}: ${hits.slice(0, 5).join(" | ")}`);
    expect(report, `${found.size} English pages with Indonesian interface text`).toEqual([]);
  });

  it("no English page carries Indonesian text from the data (boundary notes, F-03 items, source titles), marked or not", () => {
    const dist = requireDist(DIST);
    const fromData = dataPhrases(dist);
    // Not vacuous: the notes, the 14 F-03 items and the sources are there, and the Indonesian pages show them.
    expect(fromData.length).toBeGreaterThan(20);
    const method = pageText(readFileSync(join(dist, "metodologi", "index.html"), "utf8"), true);
    expect(fromData.filter((p) => method.includes(p)).length).toBeGreaterThan(15);
    const map = pageText(readFileSync(join(dist, "peta", "index.html"), "utf8"), true);
    if (existsSync(join(dist, "geo", "status.json"))) expect(fromData.some((p) => map.includes(p))).toBe(true);
    const found: string[] = [];
    for (const f of listFiles(dist).filter((f) => /^en\/.*index\.html$/.test(f))) {
      const text = pageText(readFileSync(join(dist, f), "utf8"), true);
      const hits = fromData.filter((p) => text.includes(p));
      if (hits.length) found.push(`${f}: ${hits.slice(0, 3).join(" | ")}`);
    }
    expect(found.slice(0, 20), `${found.length} English pages with Indonesian text from the data`).toEqual([]);
  });
});
