import { describe, expect, it } from "vitest";
import {
  ACCESSED_SLOT,
  citation,
  citationDate,
  decreeOf,
  iframeCode,
  responsiveCode,
  sourceLine,
} from "../../../src/lib/view/share.ts";
import { completeAddresses } from "../../../src/client/share.ts";

const sample = {
  year: 2024,
  title: "Sebaran IPP instansi, 2024",
  status: "sample" as const,
  decree: null,
  url: "https://x.example/2024/",
};
const official = { ...sample, status: "official" as const, decree: "Keputusan Menteri PANRB Nomor 1 Tahun 2025" };

describe("citation", () => {
  it("names the dashboard for computed sample figures and says data sampel, in both languages", () => {
    expect(citation(sample, "id", "4 Desember 2026")).toBe(
      "Dasbor Indeks Pelayanan Publik. (2024). Sebaran IPP instansi, 2024 [data sampel]. Dihitung oleh dasbor. https://x.example/2024/. Diakses 4 Desember 2026.",
    );
    const en = citation(sample, "en");
    expect(en).toMatch(/^Public Service Index Dashboard\. \(2024\)\./);
    expect(en).toContain("[sample data, data sampel]");
    expect(en).toContain(`Accessed ${ACCESSED_SLOT.en}.`);
  });

  it("never cites a real decree beside sample numbers", () => {
    const withDecree = { ...sample, decree: "Keputusan Menteri PANRB Nomor 1 Tahun 2025" };
    expect(citation(withDecree, "id")).not.toContain("Keputusan Menteri");
    expect(citation(withDecree, "en")).not.toContain("Keputusan Menteri");
  });

  it("names Kementerian PANRB and the decree for official data", () => {
    const id = citation(official, "id", "1 Januari 2026");
    expect(id).toMatch(/^Kementerian PANRB\. \(2024\)\./);
    expect(id).toContain("Keputusan Menteri PANRB Nomor 1 Tahun 2025.");
    expect(id).not.toContain("sampel");
    expect(citation(official, "en")).toContain("Public Service Index Dashboard.");
  });

  it("writes dates as citations do", () => {
    expect(citationDate({ year: 2026, month: 12, day: 4 }, "id")).toBe("4 Desember 2026");
    expect(citationDate({ year: 2026, month: 1, day: 31 }, "en")).toBe("31 January 2026");
  });
});

describe("source line", () => {
  it("says a sample was computed by the dashboard, and names the decree for official data", () => {
    expect(sourceLine({ year: 2024, status: "sample", decree: null, sumber: null }, "id")).toMatch(
      /data sampel.*bukan hasil resmi/,
    );
    expect(sourceLine({ year: 2024, status: "official", decree: "KepMen 1/2025", sumber: "x" }, "en")).toBe(
      "Source: Kementerian PANRB, KepMen 1/2025; computed by the Public Service Index Dashboard.",
    );
    expect(sourceLine({ year: 2024, status: "official", decree: null, sumber: "Laporan" }, "id")).toContain("Laporan");
  });

  it("finds a year's decree in the published figures", () => {
    const figures = [
      { tahun: 2023, keputusan: "A" },
      { tahun: 2024, keputusan: null },
      { tahun: 2024, keputusan: "B" },
    ];
    expect(decreeOf(figures, 2024)).toBe("B");
    expect(decreeOf(figures, 2022)).toBeNull();
  });
});

describe("embed codes", () => {
  const e = {
    src: "https://x.example/embed/2024/sebaran/",
    script: "https://x.example/embed.js",
    title: 'A "quoted" <b>name</b>',
    height: 500,
    chartId: "sebaran",
  };
  it("escapes what goes into attributes", () => {
    expect(iframeCode(e)).toContain('title="A &quot;quoted&quot; &lt;b&gt;name&lt;/b&gt;"');
    expect(iframeCode(e)).not.toContain("<b>");
  });
  it("gives the plain iframe a fixed height and the responsive one the script and its marker", () => {
    expect(iframeCode(e)).toMatch(/^<iframe src="https:\/\/x\.example\/embed\/2024\/sebaran\/"[^>]* height="500"/);
    expect(iframeCode(e)).not.toContain("script");
    const r = responsiveCode(e);
    expect(r).toContain('data-ipp-embed="sebaran"');
    expect(r).toContain('<script async src="https://x.example/embed.js"></script>');
  });
});

describe("completing site paths in the browser", () => {
  it("makes site paths full and leaves full addresses alone", () => {
    expect(completeAddresses("/2024/peta/", "http://h:1")).toBe("http://h:1/2024/peta/");
    expect(completeAddresses('<iframe src="/embed/2024/peta/"></iframe>', "http://h")).toBe(
      '<iframe src="http://h/embed/2024/peta/"></iframe>',
    );
    expect(completeAddresses("Dasbor. /2024/. Diakses", "http://h")).toBe("Dasbor. http://h/2024/. Diakses");
    expect(completeAddresses("https://x.example/2024/ and //cdn", "http://h")).toBe(
      "https://x.example/2024/ and //cdn",
    );
  });
});
