import { describe, expect, it } from "vitest";
import type { Manifest } from "../../../src/lib/schema/output.ts";
import { instansiColumns } from "../../../src/lib/schema/output.ts";
import { datasetJsonLd } from "../../../src/lib/site/structuredData.ts";
import { dictionary } from "../../../src/lib/view/dictionary.ts";
import { profile } from "../../support/profile.ts";

const year = (tahun: number, status: "sample" | "official", sumber: string | null) => ({
  tahun,
  status,
  profil: "pekppp-2024",
  sumber,
  keputusan: status === "official" ? sumber : null,
  edisi: "draf" as const,
  tanggal_rilis: null,
  ralat: 0,
  jumlah_instansi: 2,
  berkas: [`${tahun}/pekppp-instansi.csv`, `${tahun}/ringkasan.json`, `${tahun}/peta.geojson`],
});
const manifest = (...tahun: Manifest["tahun"]): Manifest => ({ schemaVersion: 1, tahun_terbaru: 2024, tahun });
const base = {
  url: "https://x.example/data/",
  fileUrl: (p: string) => `https://x.example/data/${p}`,
  licenceUrl: "https://x.example/data/#lisensi",
};

describe("the schema.org Dataset of the data pages", () => {
  it("covers every year of the data product, cites the decrees and names the ministry as creator", () => {
    const m = manifest(year(2023, "official", "Keputusan A"), year(2024, "official", "Keputusan B"));
    const ld = datasetJsonLd({
      ...base,
      columns: dictionary("id", profile.def).instansi,
      lang: "id",
      manifest: m,
      year: null,
    });
    expect(ld.name).toBe("Hasil Indeks Pelayanan Publik (PEKPPP) 2023–2024");
    expect(ld.temporalCoverage).toBe("2023/2024");
    expect(ld.citation).toEqual(["Keputusan A", "Keputusan B"]);
    expect(ld.creator).toMatchObject({ "@type": "Organization" });
    expect(ld.description).not.toContain("PERHATIAN");
  });

  it("lists one edition's files with their media types, and the data package", () => {
    const m = manifest(year(2023, "official", null), year(2024, "official", null));
    const ld = datasetJsonLd({
      ...base,
      columns: dictionary("id", profile.def).instansi,
      lang: "id",
      manifest: m,
      year: 2024,
    });
    expect(ld.temporalCoverage).toBe("2024");
    expect(ld).not.toHaveProperty("citation");
    expect(ld.distribution).toEqual([
      expect.objectContaining({ name: "2024/pekppp-instansi.csv", encodingFormat: "text/csv" }),
      expect.objectContaining({ name: "2024/ringkasan.json", encodingFormat: "application/json" }),
      expect.objectContaining({ name: "2024/peta.geojson", encodingFormat: "application/octet-stream" }),
      expect.objectContaining({ contentUrl: "https://x.example/data/datapackage.json" }),
    ]);
  });

  it("warns that sample data is synthetic, names no publisher and cites no decree, in English too", () => {
    const m = manifest(year(2024, "sample", "Keputusan B"));
    const id = datasetJsonLd({
      ...base,
      columns: dictionary("id", profile.def).instansi,
      lang: "id",
      manifest: m,
      year: 2024,
    });
    expect(id.description).toContain("PERHATIAN: data sampel sintetis");
    expect(id).not.toHaveProperty("creator");
    expect(id).not.toHaveProperty("citation");
    const en = datasetJsonLd({
      ...base,
      columns: dictionary("en", profile.def).instansi,
      lang: "en",
      manifest: m,
      year: 2024,
    });
    expect(en.name).toBe("Public Service Index (PEKPPP) results 2024");
    expect(en.description).toContain("WARNING: synthetic sample data");
  });

  it("describes each published column in the page's language", () => {
    const m = manifest(year(2024, "official", null));
    const vars = (lang: "id" | "en") =>
      datasetJsonLd({ ...base, columns: dictionary(lang, profile.def).instansi, lang, manifest: m, year: null })
        .variableMeasured as {
        name: string;
        description: string;
      }[];
    expect(vars("id").map((v) => v.name)).toEqual([...instansiColumns(profile.def.aspek.map((a) => a.kode))]);
    const ipp = (lang: "id" | "en") => vars(lang).find((v) => v.name === "ipp")!.description;
    expect(ipp("id")).not.toBe(ipp("en"));
  });
});
