/**
 * The changes page and CSV on fixture years with known moves
 * (test/fixtures/perubahan, its README lists them): 2023 and 2024 with the
 * 2024 erratum, through the data build and a site build into a temp
 * directory. 2023 is then the first edition; 2024 against 2023 has one
 * rise, one fall, three unchanged, one new, one missing and one erratum.
 */
import { cpSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSiteFrom, dataBuild, tempDir } from "./harness/build.ts";
import { decodeEntities } from "./harness/html.ts";

const FIXTURE = "test/fixtures/perubahan";
const work = tempDir("perubahan");
afterAll(() => rmSync(work, { recursive: true, force: true }));
let dist = "";

beforeAll(async () => {
  const input = join(work, "input");
  mkdirSync(input);
  for (const part of ["2023", "2024", "rilis", "ralat"]) cpSync(join(FIXTURE, part), join(input, part), { recursive: true });
  await dataBuild(input, join(work, "data"));
  dist = join(work, "dist");
  const { seconds } = await buildSiteFrom(join(work, "data"), dist);
  console.log(`changes fixture site: ${seconds.toFixed(1)} s`);
}, 600_000);

/** A page's text, tags dropped, spaces collapsed. */
const text = (path: string) =>
  decodeEntities(
    readFileSync(join(dist, path, "index.html"), "utf8")
      .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/g, " ")
      .replace(/<[^>]+>/g, " "),
  )
    .replace(/\s+/g, " ")
    .trim();
const html = (path: string) => readFileSync(join(dist, path, "index.html"), "utf8");
/** The text of the section under a heading id, up to the next section (what screen readers alone hear left out). */
const section = (page: string, id: string) => {
  const h = html(page);
  const from = h.indexOf(`id="${id}"`);
  expect(from, `#${id} on ${page}`).toBeGreaterThan(-1);
  const to = h.indexOf("</section>", from);
  const shown = h.slice(from, to).replace(/<span class="visually-hidden">[^<]*<\/span>/g, "");
  return decodeEntities(shown.replace(/<[^>]+>/g, " ")).replace(/\s+/g, " ");
};

describe("the changes page on fixture years with known moves", () => {
  it("the first edition says it has nothing before it, in both languages", () => {
    expect(text("2023/perubahan")).toContain("2023 adalah edisi pertama di dasbor ini: belum ada edisi sebelumnya");
    expect(text("en/2023/perubahan")).toContain("2023 is the first edition on this dashboard");
    expect(html("2023/perubahan")).not.toContain('id="naik-turun"');
  });

  it("counts per tingkat: 1 up (kota), 1 down (kabupaten), 3 unchanged", () => {
    const counts = section("2024/perubahan", "naik-turun");
    expect(counts).toMatch(/Provinsi 0 0 2/);
    expect(counts).toMatch(/Kabupaten 0 1 0/);
    expect(counts).toMatch(/Kota 1 0 1/);
    expect(counts).toMatch(/Semua 1 1 3/);
    expect(section("en/2024/perubahan", "naik-turun")).toMatch(/All 1 1 3/);
  });

  it("lists who rose and fell, with predikat and IPP before and after", () => {
    expect(section("2024/perubahan", "naik")).toMatch(/Kota Yogyakarta Kota B- 3,25 → B 3,60 \+0,35 \+1/);
    expect(section("2024/perubahan", "turun")).toMatch(/Kabupaten Sleman Kabupaten A 4,55 → A- 4,30 −0,25 −1/);
    expect(section("en/2024/perubahan", "turun")).toMatch(/Kabupaten Sleman Regency A 4.55 → A- 4.30 −0.25 −1/);
  });

  it("the largest IPP moves, new and missing instansi, codes and the erratum", () => {
    const biggest = section("2024/perubahan", "terbesar");
    expect(biggest).toContain("Kota Yogyakarta");
    expect(biggest).toContain("Kabupaten Sleman");
    expect(section("2024/perubahan", "baru")).toMatch(/Kabupaten Bantul Kabupaten B- 3,50/);
    expect(section("2024/perubahan", "tidak-ada")).toMatch(/Kabupaten Gunungkidul Kabupaten C 3,00/);
    expect(section("2024/perubahan", "kode")).toContain("Tidak ada. Dasbor memakai satu kode Kemendagri");
    expect(section("2024/perubahan", "ralat")).toMatch(
      /2025-02-03 Kota Bandung ipp 3,65 3,70 Salah ketik IPP pada berkas masukan \(fixture\)\./,
    );
    expect(section("2023/perubahan", "ralat")).toContain("Belum ada ralat untuk edisi 2023.");
  });

  it("the latest edition at the root is the same page, and the CSV is published and linked", () => {
    expect(text("perubahan")).toBe(text("2024/perubahan"));
    const csv = readFileSync(join(dist, "data/2024/perubahan.csv"), "utf8").trimEnd().split("\n");
    expect(csv.map((l) => l.split(",")[2])).toEqual([
      "jenis",
      "predikat-naik",
      "predikat-turun",
      "predikat-tetap",
      "predikat-tetap",
      "predikat-tetap",
      "baru",
      "tidak-ada",
      "ralat",
    ]);
    expect(html("2024/perubahan")).toContain('href="/data/2024/perubahan.csv"');
    const pkg = JSON.parse(readFileSync(join(dist, "data/datapackage.json"), "utf8")) as { resources: { path: string }[] };
    expect(pkg.resources.map((r) => r.path)).toEqual(expect.arrayContaining(["2024/perubahan.csv", "2024/perubahan.json"]));
  });

  it("the home page says how many rose and fell, linking to the changes page; the ranking marks each row's move", () => {
    expect(text("2024")).toContain("Dibanding 2023, 1 instansi naik predikat dan 1 instansi turun predikat. Lihat semua perubahan");
    expect(html("2024")).toContain('href="/2024/perubahan/"');
    expect(text("en/2024")).toContain("Compared with 2023, 1 institution rose a predikat and 1 fell one.");
    expect(text("2023")).toContain("Edisi pertama: belum ada edisi sebelumnya untuk dibandingkan.");
    const ranking = html("2024/peringkat");
    const moveOf = (slug: string) =>
      ranking
        .split("<tr")
        .find((row) => row.includes(`href="/2024/instansi/${slug}/"`))
        ?.match(/data-g="(\w*)"/)?.[1];
    expect(ranking).toContain('<select id="pr-gerak" name="gerak">');
    expect(ranking.match(/data-g="naik"/g)).toHaveLength(1);
    expect(ranking.match(/data-g="turun"/g)).toHaveLength(1);
    expect(ranking.match(/data-g="tetap"/g)).toHaveLength(3);
    expect(moveOf("kota-yogyakarta")).toBe("naik");
  });
});
