/**
 * The MPP, Ramah Kelompok Rentan and awards pages as built in dist/: the
 * maps draw regions without an evaluated unit hatched (never as a low tier),
 * DKI Jakarta's MPP on the province layer, every row of the data in the
 * tables, awards apart from sample scores, both languages and every edition.
 * Runs after `npm run build`.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { formatDecimal } from "../../src/lib/format/number.ts";
import { Awards } from "../../src/lib/schema/awards.ts";
import { MppYear, RkrYear } from "../../src/lib/schema/evaluation.ts";
import { DIST } from "./harness/dist.ts";

if (!existsSync(join(DIST, "evaluasi", "mpp", "index.html")))
  throw new Error(`${DIST}/evaluasi/mpp/index.html missing: run \`npm run build\` first`);
const json = (path: string): unknown => JSON.parse(readFileSync(join(DIST, path), "utf8"));
const dom = (page: string) => parseHTML(readFileSync(join(DIST, page, "index.html"), "utf8")).document;
const manifest = json("data/manifest.json") as { tahun_terbaru: number; tahun: { tahun: number; berkas: string[] }[] };
const latest = manifest.tahun_terbaru;
const master = (json("data/instansi.json") as { instansi: { kode: string; tingkat: string; slug: string }[] }).instansi;
const kabkota = master.filter((m) => m.tingkat === "kabupaten" || m.tingkat === "kota");
const geo = existsSync(join(DIST, "geo", "status.json")) && (json("geo/status.json") as { available?: boolean }).available;

describe("the other evaluations' pages", () => {
  it("exist in both languages and every edition", () => {
    for (const lang of ["", "en/"])
      for (const edition of ["", ...manifest.tahun.map((t) => `${t.tahun}/`)])
        for (const seg of ["evaluasi/mpp", "evaluasi/ramah-kelompok-rentan", "penghargaan"])
          expect(existsSync(join(DIST, `${lang}${edition}${seg}`, "index.html")), `${lang}${edition}${seg}`).toBe(true);
  });

  it("rank every MPP of the year, and map them: no evaluated MPP hatched, DKI on the province layer", () => {
    const data = MppYear.parse(json(`data/${latest}/mpp.json`));
    const doc = dom("evaluasi/mpp");
    const rows = doc.querySelectorAll(".evaluation-table tbody tr");
    expect(rows.length).toBe(data.mpp.length);
    const first = data.mpp[0]!;
    expect(rows[0]!.textContent).toContain(first.nama_mpp);
    expect(rows[0]!.textContent).toContain(formatDecimal(first.nilai, "id", 2)); // Indonesian decimal comma
    if (!geo) return;
    const kab = doc.querySelector("#peta-mpp")!;
    const evaluated = new Set(data.mpp.map((r) => r.kode_instansi));
    for (const p of kab.querySelectorAll("path[data-kode]")) {
      const kode = p.getAttribute("data-kode")!;
      const hatched = p.getAttribute("fill")!.startsWith("url(#");
      expect(hatched, kode).toBe(!evaluated.has(kode));
      expect(p.getAttribute("class")!.split(" ")[0], kode).toMatch(evaluated.has(kode) ? /^tier-\d$/ : /^tanpa-unit$/);
    }
    const hatchedCount = [...kab.querySelectorAll("path.tanpa-unit")].length;
    expect(hatchedCount).toBeGreaterThan(0);
    expect(hatchedCount).toBeLessThanOrEqual(kabkota.length);
    const dki = doc.querySelector('#peta-mpp-provinsi path[data-kode="31"]')!;
    expect(dki.getAttribute("class")).toMatch(/^tier-\d/);
    expect(doc.querySelectorAll("#peta-mpp-provinsi path.tanpa-unit").length).toBe(37);
  });

  it("list the facilities most often missing, with counts that add up from the units", () => {
    const data = RkrYear.parse(json(`data/${latest}/rkr-unit.json`));
    const doc = dom("evaluasi/ramah-kelompok-rentan");
    const table = doc.querySelector("#sarana-belum-ada")!.nextElementSibling!.nextElementSibling!;
    const counts = [...table.querySelectorAll("tbody tr td.num")].map((td) => Number(td.textContent!.trim().split(" ")[0]!.replace(/\./g, "")));
    expect(counts).toHaveLength(12);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    const missingRamp = data.unit.filter((u) => !u.sarana_ada.includes("ramp")).length;
    expect(counts).toContain(missingRamp);
    expect(doc.querySelectorAll("section .evaluation-table tbody tr").length).toBe(data.unit.length);
  });

  it("show the awards as facts with their decree, and how many are known of how many", () => {
    const awards = Awards.parse(json("data/penghargaan.json"));
    for (const [page, known] of [
      ["penghargaan", "4 dari 21 penerima diketahui"],
      ["en/penghargaan", "4 of 21 recipients known"],
    ] as const) {
      const doc = dom(page);
      for (const l of awards.daftar) expect(doc.getElementById(l.id), l.id).not.toBeNull();
      expect(doc.body.textContent).toContain(known);
      expect(doc.body.textContent).toContain("Kepmen PANRB 661/2024");
    }
    expect(dom("penghargaan").querySelector(".fact-note")!.textContent).toContain("bukan data sampel");
  });

  it("mark the award on the instansi page, apart from the sample scores", () => {
    const doc = dom("instansi/kabupaten-badung");
    expect(doc.querySelector(".award-mark-line")!.textContent).toContain("MPP Prima 2023, MPP Prima 2024");
    expect(doc.querySelector("#evaluasi-lain")).not.toBeNull();
    expect(dom("instansi/kabupaten-aceh-selatan").querySelector(".award-mark-line")).toBeNull();
  });
});
