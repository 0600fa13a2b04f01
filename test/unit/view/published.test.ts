import { beforeAll, describe, expect, it } from "vitest";
import { readFile } from "node:fs/promises";
import { regionText } from "../../../src/lib/map/label.ts";
import { readPublished } from "../../../src/lib/published/read.ts";
import type { PublishedFigure } from "../../../src/lib/schema/published.ts";
import { FileTally } from "../../../src/lib/validate/issues.ts";
import { instansiPublished, publishedLine, publishedShort, publishedValue } from "../../../src/lib/view/published.ts";
import { loadMaster, loadProfiles, PROJECT_DATA } from "../../../scripts/lib/sources.ts";

let figures: PublishedFigure[];
const of = (tahun: number, kode: string) => figures.filter((f) => f.tahun === tahun && f.kode_instansi === kode);

beforeAll(async () => {
  const [master, profiles] = await Promise.all([loadMaster(PROJECT_DATA), loadProfiles(PROJECT_DATA)]);
  figures = await readPublished(await readFile(`${PROJECT_DATA}/terbitan/angka-terbitan.csv`, "utf8"), {
    master,
    profileFor: () => profiles.get("pekppp-2022")!,
    tally: new FileTally("angka-terbitan.csv"),
  });
});

describe("published figures on the pages", () => {
  it("writes the instansi line: value, predikat, rank, decree and source host", () => {
    const bps = instansiPublished(of(2025, "KL.054"), 2025, "id")!;
    expect(bps.heading).toBe("Angka resmi yang dipublikasikan (2025)");
    expect(bps.lines.map((l) => [l.figure, l.decree, l.source.text, l.statusText])).toEqual([
      ["4,92, A, peringkat 1", "Kepmen PANRB 3/2026", "nusareport.com", "konsisten dengan metode"],
    ]);
    expect(bps.conflictNote).toBeNull();
  });

  it("shows every value of conflicting sources and says they conflict", () => {
    const malang = instansiPublished(of(2024, "35.73"), 2024, "en")!;
    expect(malang.lines.map((l) => l.figure)).toEqual([
      "4.54, rank 22",
      "4.57 (lokus: Dispendukcapil 4.73; RSUD 4.69; Dinas Sosial P3AP2KB 4.55)",
      "4.57",
    ]);
    expect(malang.lines.map((l) => l.status)).toEqual(["konsisten", "tidak-konsisten", "tidak-dapat-diperiksa"]);
    expect(malang.conflictNote).toMatch(/^These sources conflict/);
    expect(publishedShort(of(2024, "35.73"), "id")).toBe("Angka resmi: 4,54 / 4,57 (sumber bertentangan)");
  });

  it("keeps a value as precisely as it was written, and a rank when there is no value", () => {
    expect(of(2024, "35").map((f) => publishedValue(f, "id"))).toEqual(["4,63", "4,633"]);
    expect(publishedShort(of(2024, "33.01"), "en")).toBe("Official figure: rank 1");
    expect(publishedShort(of(2025, "32.73"), "id")).toBeNull();
    expect(instansiPublished([], 2025, "id")).toBeNull();
    expect(publishedLine(of(2024, "34.04")[0]!, "id").details).toHaveLength(3);
  });

  it("adds the published figure to a map region's tooltip text, beside the dashboard's", () => {
    const terbitan = publishedShort(of(2025, "35.78"), "id");
    expect(
      regionText({ name: "Kota Surabaya", predikat: "A", ipp: 4.84, terbitan }, "id", "Pelayanan Prima", "–"),
    ).toBe("Kota Surabaya: A · Pelayanan Prima · IPP 4,84 · Angka resmi: 4,84");
    expect(
      regionText(
        { name: "Kota Malang", predikat: null, ipp: null, terbitan: "Angka resmi: 4,54" },
        "id",
        undefined,
        "Tidak dievaluasi",
      ),
    ).toBe("Kota Malang: Tidak dievaluasi · Angka resmi: 4,54");
  });
});
