/**
 * The editions on the built site (DIST_DIR): every page of an unfrozen year
 * says it is a draft, in its language; every page of a frozen year names the
 * edition with its release date, status and decree; a page of an older
 * edition says so and links to the same page in the latest; the errata list
 * and ralat.json are published. The frozen years are the sample's 2022–2024
 * (data/rilis/), 2025 is a draft.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { formatDate } from "../../src/lib/format/date.ts";
import { builtData, DIST, listFiles, requireDist } from "./harness/dist.ts";

const list = (items: readonly string[], max = 20) =>
  items.slice(0, max).join("\n") + (items.length > max ? `\n… and ${items.length - max} more` : "");

/** The text of the first element marked `data-role="<role>"` (tags dropped, spaces collapsed), or null. */
function roleText(html: string, role: string): string | null {
  const m = new RegExp(`<(\\w+)[^>]*\\bdata-role="${role}"[^>]*>([\\s\\S]*?)</\\1>`).exec(html);
  return m ? m[2]!.replace(/<[^>]+>/g, "").replace(/\s+/g, " ").trim() : null;
}

/** The year a page belongs to: the one in its address, else the latest (the unprefixed edition). */
function yearOf(path: string, latest: number): number {
  const m = /^(?:en\/)?(?:embed\/)?(\d{4})\//.exec(path);
  return m ? Number(m[1]) : latest;
}

describe("editions: release state on every page", () => {
  let pages: string[] = [];
  let data: ReturnType<typeof builtData>;
  beforeAll(() => {
    requireDist();
    data = builtData();
    pages = listFiles(DIST).filter((f) => f.endsWith("index.html") && !f.startsWith("grafik/") && !f.startsWith("data/"));
    pages.push("data/index.html", "en/data/index.html");
  });

  it("marks every page of a draft year as a draft, next to the sample notice, in its language; no frozen year's page", () => {
    const byYear = new Map(data.manifest.tahun.map((y) => [y.tahun, y]));
    const wrong: string[] = [];
    for (const p of pages) {
      const html = readFileSync(join(DIST, p), "utf8");
      const y = byYear.get(yearOf(p, data.latest))!;
      const en = p.startsWith("en/");
      // An embed has no site chrome: its year is in its address and its source line, its notices inside the frame.
      const embed = /^(en\/)?embed\//.test(p);
      const draft = roleText(html, "draf");
      // The page's notice (PageNotice) says it in a few words; an embed's frame in its longer sentence.
      const says = embed
        ? en
          ? `the ${y.tahun} edition has not been released`
          : `edisi ${y.tahun} belum diterbitkan`
        : en
          ? `The ${y.tahun} edition is a draft: its numbers may change.`
          : `Edisi ${y.tahun} masih draf: angkanya dapat berubah.`;
      if (y.edisi === "draf" && !draft?.includes(says)) wrong.push(`${p}: no draft notice ("${says}"): ${draft}`);
      if (y.edisi === "terbit" && draft !== null) wrong.push(`${p}: draft notice on a frozen edition`);
      const line = en ? `Edition PEKPPP ${y.tahun}: ` : `Edisi PEKPPP ${y.tahun}: `;
      if (!embed && !roleText(html, "edisi")?.startsWith(line)) wrong.push(`${p}: no edition line "${line}"`);
      const sample = embed ? /class="embed-sample"/.test(html) : roleText(html, "sampel");
      const head = en ? "Sample data (synthetic), not official results." : "Data sampel (sintetis), bukan hasil resmi.";
      if (y.status === "sample" && !(embed ? sample : sample === `⚠ ${head}`)) wrong.push(`${p}: no sample notice: ${sample}`);
      if (y.status !== "sample" && sample) wrong.push(`${p}: a sample notice on official data`);
    }
    expect(wrong, list(wrong)).toEqual([]);
    expect(data.manifest.tahun.map((y) => [y.tahun, y.edisi])).toEqual([
      [2022, "terbit"],
      [2023, "terbit"],
      [2024, "terbit"],
      [2025, "draf"],
    ]);
  });

  it("names the release date on a frozen edition's pages, and links an older edition's page to the same page in the latest", () => {
    const page = readFileSync(join(DIST, "2022/instansi/kota-bandung/index.html"), "utf8");
    const y = data.manifest.tahun.find((t) => t.tahun === 2022)!;
    expect(y.tanggal_rilis).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(page).toMatch(/Edisi PEKPPP 2022: diterbitkan \d{1,2} \w+ \d{4}; data sampel \(sintetis\), tanpa keputusan\./);
    expect(roleText(page, "lama")).toBe(`Ini edisi lama. Halaman ini di edisi ${data.latest}`);
    expect(page).toContain(`<a href="/${data.latest}/instansi/kota-bandung/">Halaman ini di edisi ${data.latest}</a>`);
    // The release date in the phone's few words too, not only in the line shown from tablet width.
    expect(roleText(page, "terbit")).toBe(`Edisi 2022, diterbitkan ${formatDate(y.tanggal_rilis!, "id")}.`);
    const en = readFileSync(join(DIST, "en/2023/peringkat/index.html"), "utf8");
    expect(en).toContain(`<a href="/en/${data.latest}/peringkat/">This page in the ${data.latest} edition</a>`);
    expect(readFileSync(join(DIST, `${data.latest}/peringkat/index.html`), "utf8")).not.toContain('data-role="lama"');
  });

  it("never says 'no earlier year' on a page whose trend shows later years", () => {
    const page = readFileSync(join(DIST, "2022/instansi/kota-bandung/index.html"), "utf8");
    expect(page).not.toContain("Belum ada tahun sebelumnya");
    expect(page).toContain("PEKPPP 2022 adalah tahun pertama dalam data dasbor");
    expect(page).toMatch(/Sesudah 2022: IPP [\d,]+ \([A-F][+-]?\) pada 2023/);
    expect(readFileSync(join(DIST, "en/2022/instansi/kota-bandung/index.html"), "utf8")).toMatch(
      /After 2022: IPP [\d.]+ \([A-F][+-]?\) in 2023/,
    );
  });

  it("pins each edition's trend (and so its embed, #sematkan-tren) to the edition's years", () => {
    // An embed of the 2022 trend in an article must not grow a 2023 point when 2023 is published.
    for (const year of data.years.filter((y) => y < data.latest))
      for (const rel of [`${year}/instansi/kota-bandung/index.html`, `en/${year}/instansi/kota-bandung/index.html`]) {
        const page = readFileSync(join(DIST, rel), "utf8");
        const svg = /<svg[^>]*ipp-chart--trend[\s\S]*?<\/svg>/.exec(page)?.[0];
        expect(svg, rel).toBeDefined();
        const marked = [...svg!.matchAll(/data-tahun="(\d{4})"/g)].map((m) => Number(m[1]));
        expect(marked.length, rel).toBeGreaterThan(0);
        expect(Math.max(...marked), rel).toBe(year);
        expect(page, rel).toMatch(year === data.years[0] ? new RegExp(`IPP[^<]*${year}<`) : new RegExp(`–${year}<`));
      }
  });

  it("publishes the errata as ralat.json, listed in datapackage.json and on /data/, and the edition in manifest.json", () => {
    expect(existsSync(join(DIST, "data/ralat.json"))).toBe(true);
    const pkg = JSON.parse(readFileSync(join(DIST, "data/datapackage.json"), "utf8"));
    expect(pkg.resources.map((r: { path: string }) => r.path)).toContain("ralat.json");
    const data = readFileSync(join(DIST, "data/index.html"), "utf8");
    expect(data).toContain('id="ralat"');
    expect(data).toMatch(/PEKPPP 2025: draf/);
    const manifest = JSON.parse(readFileSync(join(DIST, "data/manifest.json"), "utf8"));
    for (const y of manifest.tahun) expect(y.sumber, `${y.tahun}`).not.toBeNull();
  });
});
