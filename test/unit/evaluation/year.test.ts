import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Effects } from "../../../src/lib/effects.ts";
import { loadEvaluationProfile } from "../../../src/lib/evaluation/profile.ts";
import { buildEvaluationYear } from "../../../src/lib/evaluation/year.ts";
import { buildMaster } from "../../../src/lib/regions/master.ts";
import { memoryEffects } from "../../support/memoryEffects.ts";

const method = (id: string) =>
  loadEvaluationProfile(JSON.parse(readFileSync(`data/methodology/${id}.json`, "utf8")), id);
const mpp = method("mpp-2022");
const rkr = method("rkr-2022");
const master = buildMaster({
  provinces: [{ code: "32", name: "Jawa Barat" }],
  regencies: [
    { code: "32.73", province_code: "32", name: "Kota Bandung" },
    { code: "32.04", province_code: "32", name: "Kabupaten Bandung" },
  ],
  kl: [],
});

const MPP_HEADER = "kode_instansi,nama_mpp,tahun_operasi,investasi,penyelenggaraan,kepuasan,perbaikan";
const RKR_HEADER =
  "kode_instansi,unit,jenis_unit,kebijakan,informasi,akomodasi,sdm," +
  rkr.def.sarana!.daftar.map((f) => f.kode).join(",");
const build = (effects: Effects, tahun = 2024, methods = [mpp, rkr]) =>
  buildEvaluationYear({ dir: "in/2024", tahun, status: "sample", methods, master, effects });

describe("one year of the MPP and Ramah Kelompok Rentan evaluations", () => {
  it("builds nothing and reports nothing when neither input is there", async () => {
    const y = await build(memoryEffects({}));
    expect(y.tallies).toEqual([]);
    expect(y.outputs.size).toBe(0);
  });

  it("ranks equal totals together, ordered by instansi code", async () => {
    const y = await build(
      memoryEffects({
        "in/2024/mpp/mpp.csv": [
          MPP_HEADER,
          "32.73,MPP Kota Bandung,2019,80,80,80,80",
          "32.04,MPP Kabupaten Bandung,2020,80,80,80,80",
          "32,MPP Jawa Barat,2021,90,90,90,90",
        ].join("\n"),
      }),
    );
    expect(y.tallies.map((t) => [t.file, t.used, t.errors])).toEqual([["in/2024/mpp/mpp.csv", 3, 0]]);
    const data = JSON.parse(y.outputs.get("mpp.json")!) as { mpp: { nama_mpp: string; peringkat: number }[] };
    expect(data.mpp.map((r) => [r.nama_mpp, r.peringkat])).toEqual([
      ["MPP Jawa Barat", 1],
      ["MPP Kabupaten Bandung", 2],
      ["MPP Kota Bandung", 2],
    ]);
    const csv = y.outputs.get("mpp.csv")!.split(/\r?\n/);
    expect(csv[0]).toBe(
      "kode_instansi,nama_instansi,tingkat,kode_provinsi,nama_mpp,tahun_operasi,aspek_investasi,aspek_penyelenggaraan,aspek_kepuasan,aspek_perbaikan,nilai,kategori,peringkat",
    );
    expect(csv[1]).toContain(",90.00,90.00,90.00,90.00,90.00,Prima,1");
    expect(y.methods).toEqual([mpp]);
  });

  it("orders a tie within one instansi by unit name", async () => {
    const facilities = rkr.def.sarana!.daftar.map(() => "ya").join(",");
    const y = await build(
      memoryEffects({
        "in/2024/rkr/unit.csv": [
          RKR_HEADER,
          `32.73,Puskesmas B,Puskesmas,80,80,80,80,${facilities}`,
          `32.73,Puskesmas A,Puskesmas,80,80,80,80,${facilities}`,
        ].join("\n"),
      }),
    );
    const data = JSON.parse(y.outputs.get("rkr-unit.json")!) as { unit: { unit: string; peringkat: number }[] };
    expect(data.unit.map((u) => [u.unit, u.peringkat])).toEqual([
      ["Puskesmas A", 1],
      ["Puskesmas B", 1],
    ]);
  });

  it("writes each facility of a Ramah Kelompok Rentan unit as its own column", async () => {
    const facilities = rkr.def.sarana!.daftar.map((_, i) => (i < 3 ? "ya" : "tidak"));
    const y = await build(
      memoryEffects({
        "in/2024/rkr/unit.csv": `${RKR_HEADER}\n32.73,RSUD Kota Bandung,RSUD,80,80,80,80,${facilities.join(",")}`,
      }),
    );
    const data = JSON.parse(y.outputs.get("rkr-unit.json")!) as {
      unit: { sarana_ada: string[]; jumlah_sarana: number }[];
    };
    expect(data.unit[0]!.jumlah_sarana).toBe(3);
    expect(data.unit[0]!.sarana_ada).toEqual(rkr.def.sarana!.daftar.slice(0, 3).map((f) => f.kode));
    const [head, row] = y.outputs.get("rkr-unit.csv")!.split(/\r?\n/);
    const cells = Object.fromEntries(head!.split(",").map((c, i) => [c, row!.split(",")[i]]));
    expect(cells[`sarana_${rkr.def.sarana!.daftar[0]!.kode}`]).toBe("ya");
    expect(cells[`sarana_${rkr.def.sarana!.daftar[5]!.kode}`]).toBe("tidak");
    expect(cells.jumlah_sarana).toBe("3");
  });

  it("refuses a folder or an unreadable path where the input file should be", async () => {
    const folder = await build(memoryEffects({ "in/2024/mpp/mpp.csv/x.csv": "" }));
    expect(folder.tallies[0]!.issues[0]).toMatchObject({
      code: "berkas-tidak-terbaca",
      message: "berkas ditolak: adalah folder, bukan berkas",
    });
    const effects = memoryEffects({});
    const locked: Effects = {
      ...effects,
      stat: async (p) => (p.endsWith("unit.csv") ? { kind: "unreadable", reason: "izin ditolak" } : { kind: "absent" }),
    };
    const y = await build(locked);
    expect(y.tallies.map((t) => [t.file, t.issues[0]!.message])).toEqual([
      ["in/2024/rkr/unit.csv", "berkas ditolak: izin ditolak"],
    ]);
    expect(y.outputs.size).toBe(0);
  });

  it("rejects every row of a year no profile covers, naming the profiles there are", async () => {
    const files = { "in/2024/mpp/mpp.csv": `${MPP_HEADER}\n32.73,MPP Kota Bandung,2019,80,80,80,80` };
    const early = await build(memoryEffects(files), 2021);
    const t = early.tallies[0]!;
    expect(t.issues[0]!.message).toBe(
      "tidak ada profil mpp untuk tahun 2021 (tersedia: mpp-2022 (mulai 2022)); tambahkan data/methodology/mpp-<tahun>.json",
    );
    expect([t.used, t.rejected.get("tahun-tidak-valid")]).toEqual([0, 1]);
    expect(early.outputs.size).toBe(0);
    const none = await build(memoryEffects(files), 2024, [rkr]);
    expect(none.tallies[0]!.issues[0]!.message).toContain("(tersedia: tidak ada)");
  });

  it("uses nothing of a file that is not UTF-8", async () => {
    const y = await build(
      memoryEffects({
        "in/2024/mpp/mpp.csv": `${MPP_HEADER}\n32.73,MPP Kota Bandung,2019,80,80,80,80\n32.04,MPP \uFFFD,2019,1,1,1,1`,
      }),
    );
    expect(y.tallies[0]!.issues[0]).toMatchObject({ code: "berkas-tidak-terbaca", row: 3 });
    expect(y.tallies[0]!.issues[0]!.message).toMatch(/^berkas ditolak: bukan teks UTF-8/);
    expect(y.outputs.size).toBe(0);
    expect(y.methods).toEqual([]);
  });
});
