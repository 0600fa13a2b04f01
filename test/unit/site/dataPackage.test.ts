import { describe, expect, it } from "vitest";
import type { Manifest } from "../../../src/lib/schema/output.ts";
import { instansiColumns } from "../../../src/lib/schema/output.ts";
import { dataPackage } from "../../../src/lib/site/dataPackage.ts";
import { profile } from "../../support/profile.ts";

const year = (tahun: number, status: "sample" | "official", sumber: string | null, profil = "pekppp-2024") => ({
  tahun,
  status,
  profil,
  sumber,
  keputusan: status === "official" ? sumber : null,
  edisi: "draf" as const,
  tanggal_rilis: null,
  ralat: 0,
  jumlah_instansi: 2,
  berkas: [
    `${tahun}/pekppp-instansi.csv`,
    `${tahun}/pekppp-lokus.csv`,
    `${tahun}/ringkasan.json`,
    `${tahun}/lain.json`,
  ],
});
const manifest = (...tahun: Manifest["tahun"]): Manifest => ({
  schemaVersion: 1,
  tahun_terbaru: tahun.at(-1)?.tahun ?? null,
  tahun,
});
const bytes = (path: string) => path.length;
/** The package of a product holding the manifest's files, the master, the manifest and each profile used. */
const pkg = (m: Manifest, homepage: string | null) =>
  dataPackage({
    manifest: m,
    bytes,
    homepage,
    profileOf: () => profile.def,
    files: [
      ...m.tahun.flatMap((y) => y.berkas),
      "instansi.json",
      "manifest.json",
      ...new Set(m.tahun.map((y) => `metodologi/${y.profil}.json`)),
    ],
    header: () => [],
  });

describe("the Frictionless data package of the data product", () => {
  it("describes each CSV as a tabular resource with its columns, types and key", () => {
    const p = pkg(manifest(year(2024, "official", "Keputusan X")), null);
    const csv = p.resources.find((r) => r.path === "2024/pekppp-instansi.csv")!;
    expect(csv).toMatchObject({ format: "csv", mediatype: "text/csv", profile: "tabular-data-resource", bytes: 24 });
    expect(csv.schema!.fields.map((f) => f.name)).toEqual([...instansiColumns(profile.def.aspek.map((a) => a.kode))]);
    expect(csv.schema!.primaryKey).toEqual(["kode_instansi"]);
    expect(csv.schema!.fields.find((f) => f.name === "ipp")).toMatchObject({ type: "number" });
    const lokus = p.resources.find((r) => r.path === "2024/pekppp-lokus.csv")!;
    expect(lokus.schema!.primaryKey).toEqual(["kode_instansi", "lokus"]);
    expect(lokus.title).toBe("Hasil per lokus (unit layanan) 2024");
  });

  it("titles a known JSON file by its content and an unknown one by its name", () => {
    const p = pkg(manifest(year(2024, "official", null)), null);
    expect(p.resources.find((r) => r.path === "2024/ringkasan.json")!.title).toMatch(/^Ringkasan per tingkat.* 2024$/);
    expect(p.resources.find((r) => r.path === "2024/lain.json")).toMatchObject({
      title: "lain.json 2024",
      format: "json",
      mediatype: "application/json",
    });
  });

  it("names each official year's decree, or the ministry without one, and the region source", () => {
    const p = pkg(manifest(year(2023, "official", null), year(2024, "official", "Keputusan X")), null);
    expect(p.sources.map((s) => s.title)).toEqual([
      "PEKPPP 2023, Kementerian PANRB",
      "PEKPPP 2024, Keputusan X",
      "idn-area-data (kode dan nama wilayah Kemendagri)",
    ]);
    expect(p.title).toBe("Indeks Pelayanan Publik (PEKPPP) 2023–2024");
    expect(p.description).not.toContain("sampel");
  });

  it("says sample data is synthetic, in the package and in each year's source", () => {
    const p = pkg(manifest(year(2024, "sample", "Keputusan X")), null);
    expect(p.description).toContain("PERHATIAN: data ini sampel sintetis");
    expect(p.sources[0]!.title).toBe("Data sampel sintetis 2024: bukan hasil evaluasi resmi");
  });

  it("gives a homepage and an absolute licence address only with SITE_URL", () => {
    const m = manifest(year(2024, "official", null));
    const without = pkg(m, null);
    expect(without).not.toHaveProperty("homepage");
    expect(without.licenses[0]!.path).toBe("index.html");
    const withUrl = pkg(m, "https://x.example/data/");
    expect(withUrl.homepage).toBe("https://x.example/data/");
    expect(withUrl.licenses[0]!.path).toBe("https://x.example/data/#lisensi");
  });

  it("lists each methodology once and leaves out empty source lists", () => {
    const p = pkg(manifest(year(2023, "official", null), year(2024, "official", null)), null);
    expect(p.resources.filter((r) => r.path.startsWith("metodologi/")).map((r) => r.path)).toEqual([
      "metodologi/pekppp-2024.json",
    ]);
    const m = p.resources.find((r) => r.path === "manifest.json")!;
    expect(m).not.toHaveProperty("sources");
    expect(p.resources.find((r) => r.path === "instansi.json")!.sources).toHaveLength(1);
  });

  it("writes resource names in the spec's alphabet", () => {
    const y = { ...year(2024, "official", null), berkas: ["2024/Berkas Baru.json"] };
    const p = pkg(manifest(y), null);
    expect(p.resources[0]!.name).toBe("2024/berkas-baru.json");
    for (const r of p.resources) expect(r.name).toMatch(/^[a-z0-9._/-]+$/);
  });

  it("has no year span without years", () => {
    const p = pkg(manifest(), null);
    expect(p.title).toBe("Indeks Pelayanan Publik (PEKPPP)");
    expect(p.resources.map((r) => r.path)).toEqual(["instansi.json", "manifest.json"]);
  });
});
