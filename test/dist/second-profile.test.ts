/**
 * The second, fictitious profile (test/fixtures/profil-lain: four aspects,
 * other weights, a five-step ladder) through the data build and a small site
 * build into temp directories: the pages read aspects, weights, counts and
 * the ladder from the year's profile, in both languages. No browser needed.
 */
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSiteFrom, dataBuild, tempDir } from "./harness/build.ts";

const FIXTURE = "test/fixtures/profil-lain";
const work = tempDir("profil-lain");
const site = join(work, "site");
afterAll(() => rmSync(work, { recursive: true, force: true }));

beforeAll(async () => {
  await dataBuild(FIXTURE, join(work, "data"));
  await buildSiteFrom(join(work, "data"), site);
});

/** The visible text of a page, tags and scripts removed, spaces folded. */
function text(path: string): string {
  return readFileSync(join(site, path, "index.html"), "utf8")
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/g, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");
}

describe("a site built from a year with another profile", () => {
  it("describes the method of that profile: 4 aspects, 22 indicators, their weights, the 5-step ladder", () => {
    const id = text("metodologi");
    expect(id).toContain("dihitung: 4 aspek, 22 indikator");
    for (const name of ["Kebijakan Pelayanan", "Profesionalisme SDM", "Sarana Prasarana", "Inovasi Pelayanan Publik"])
      expect(id).toContain(name);
    expect(id).not.toContain("Sistem Informasi Pelayanan Publik");
    for (const label of ["Sangat Baik", "Baik", "Cukup", "Kurang", "Buruk"]) expect(id).toContain(label);
    expect(id).not.toContain("Pelayanan Prima");
    expect(text("en/metodologi")).toContain("computed: 4 aspects, 22 indicators");
  });

  it("shows an instansi's four aspects and its grade on that ladder", () => {
    const page = text("instansi/kota-bandung");
    expect(page).toContain("Nilai 4 aspek dibanding");
    // The badge reads "B", then its meaning on this ladder for screen readers, then the label.
    expect(page).toMatch(/IPP 3,15 B\b[^·]{0,80}\bBaik\b/);
    expect(text("en/instansi/kota-bandung")).toContain("The 4 aspect scores against");
  });

  it("derives the data dictionary's aspect columns and weights from the profile", () => {
    const data = text("data");
    expect(data.match(/aspek_\w+/g)).toEqual([
      ...["aspek_kebijakan", "aspek_sdm", "aspek_sarpras", "aspek_inovasi"],
      ...["aspek_kebijakan", "aspek_sdm", "aspek_sarpras", "aspek_inovasi"],
    ]);
    expect(data).toContain("Nilai aspek Sarana Prasarana (bobot 25%), 0–5");
    expect(text("en/data")).toContain("Facilities aspect score (weight 25%), 0–5");
  });
});
