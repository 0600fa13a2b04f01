import { z } from "zod";
import { Instansi, KlRow, ProvinceRow, RegencyRow, type Tingkat } from "../schema/master.ts";
import { parseFriendly } from "../validate/friendly.ts";
import { uniqueSlugs } from "./slug.ts";

export interface Master {
  readonly list: readonly Instansi[];
  readonly byCode: ReadonlyMap<string, Instansi>;
}

/** Kab/kota code digits 3–4: 01–69 kabupaten, 71–99 kota (Kemendagri). */
export function tingkatOfRegency(code: string): Tingkat {
  return Number(code.slice(3, 5)) >= 71 ? "kota" : "kabupaten";
}

const shorten = (name: string) =>
  name
    .replace(/^Kabupaten Administrasi /, "Kab. Adm. ")
    .replace(/^Kota Administrasi /, "Kota Adm. ")
    .replace(/^Kabupaten /, "Kab. ")
    .replace(/^Provinsi Daerah Khusus Ibukota /, "DKI ")
    .replace(/^Provinsi Daerah Istimewa /, "DI ")
    .replace(/^Provinsi /, "Prov. ");

/**
 * Builds the list of every instansi from the region master (idn-area-data:
 * 38 provinces, 514 kab/kota) and the K/L list, with a URL slug unique
 * across all of them. Input rows are checked; a bad row throws naming it.
 */
export function buildMaster(input: { provinces: unknown[]; regencies: unknown[]; kl: unknown[] }): Master {
  const provinces = z.array(ProvinceRow).parse(input.provinces);
  const regencies = z.array(RegencyRow).parse(input.regencies);
  const kl = input.kl.map((row, i) => {
    const r = parseFriendly(KlRow, row);
    if (!r.ok) throw new Error(`kl.csv, baris ${i + 2}: ${r.problems.join("; ")}`);
    return r.value;
  });
  const provName = new Map(provinces.map((p) => [p.code, p.name]));

  type Draft = Omit<Instansi, "slug">;
  const drafts: Draft[] = [
    ...provinces.map((p): Draft => {
      const nama = `Provinsi ${p.name}`;
      return { kode: p.code, nama, nama_pendek: shorten(nama), tingkat: "provinsi", kode_provinsi: p.code };
    }),
    ...regencies.map((r): Draft => {
      if (!provName.has(r.province_code))
        throw new Error(`regencies: ${r.code} menunjuk provinsi ${r.province_code} yang tidak ada`);
      return {
        kode: r.code,
        nama: r.name,
        nama_pendek: shorten(r.name),
        tingkat: tingkatOfRegency(r.code),
        kode_provinsi: r.province_code,
      };
    }),
    ...kl.map((k): Draft => ({
      kode: k.kode,
      nama: k.nama,
      nama_pendek: k.singkatan,
      tingkat: "kl",
      kode_provinsi: null,
    })),
  ].sort((a, b) => (a.kode < b.kode ? -1 : a.kode > b.kode ? 1 : 0));

  const seen = new Set<string>();
  for (const d of drafts) {
    if (seen.has(d.kode)) throw new Error(`data master: kode ${d.kode} muncul lebih dari sekali`);
    seen.add(d.kode);
  }
  const slugs = uniqueSlugs(
    drafts,
    (d) => d.nama,
    (d) => (d.kode_provinsi ? (provName.get(d.kode_provinsi) ?? d.kode) : "kl"),
    (d) => d.kode,
  );
  const list = drafts.map((d) => Instansi.parse({ ...d, slug: slugs.get(d)! }));
  return { list, byCode: new Map(list.map((i) => [i.kode, i])) };
}
