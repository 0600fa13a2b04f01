import type { Ladder } from "../method/predikat.ts";
import { predikatOf } from "../method/predikat.ts";
import { mean, rational, round } from "../num/rational.ts";
import type { Master } from "../regions/master.ts";
import { Tingkat } from "../schema/master.ts";
import { SCHEMA_VERSION, type DataStatus, type InstansiResult, type Summary } from "../schema/output.ts";

const isKabKota = (t: string) => t === "kabupaten" || t === "kota";

/**
 * The headline numbers of one year: counts per predikat and means per tingkat
 * and per province. Means are of the published (rounded) instansi IPPs,
 * computed exactly and rounded half-up; they are ours, not official figures.
 */
export function summarise(o: {
  tahun: number;
  status: DataStatus;
  profil: string;
  digits: number;
  ladder: Ladder;
  master: Master;
  instansi: readonly InstansiResult[];
}): Summary {
  const unit = 10 ** o.digits;
  const scaled = (r: InstansiResult) => Math.round(r.ipp * unit);
  const avg = (rows: readonly InstansiResult[]) =>
    rows.length ? round(mean(rows.map((r) => rational(scaled(r), unit))), o.digits) : null;
  const median = (rows: readonly InstansiResult[]) => {
    if (!rows.length) return null;
    const v = rows.map(scaled).sort((a, b) => a - b);
    const mid = Math.floor(v.length / 2);
    return v.length % 2 ? v[mid]! / unit : round(rational(v[mid - 1]! + v[mid]!, 2 * unit), o.digits);
  };
  const counts = (rows: readonly InstansiResult[]) => {
    const c = Object.fromEntries(o.ladder.steps.map((s) => [s.kode, 0]));
    for (const r of rows) c[r.predikat] = (c[r.predikat] ?? 0) + 1;
    return c;
  };

  const per_tingkat = Tingkat.options.map((t) => {
    const rows = o.instansi.filter((r) => r.tingkat === t);
    const inMaster = o.master.list.filter((m) => m.tingkat === t).length;
    return {
      tingkat: t,
      jumlah_master: inMaster,
      jumlah_dievaluasi: rows.length,
      tidak_dievaluasi: inMaster - rows.length,
      rata_rata: avg(rows),
      median: median(rows),
      predikat: counts(rows),
    };
  });

  const per_provinsi = o.master.list
    .filter((m) => m.tingkat === "provinsi")
    .map((p) => {
      const own = o.instansi.find((r) => r.kode_instansi === p.kode);
      const kabkota = o.instansi.filter((r) => isKabKota(r.tingkat) && r.kode_provinsi === p.kode);
      return {
        kode_provinsi: p.kode,
        nama: p.nama,
        ipp_provinsi: own?.ipp ?? null,
        predikat_provinsi: own ? predikatOf(o.ladder, scaled(own)).kode : null,
        jumlah_kabkota: o.master.list.filter((m) => isKabKota(m.tingkat) && m.kode_provinsi === p.kode).length,
        jumlah_kabkota_dievaluasi: kabkota.length,
        rata_rata_kabkota: avg(kabkota),
        predikat_kabkota: counts(kabkota),
      };
    });

  const pemda = o.instansi.filter((r) => r.tingkat !== "kl");
  return {
    schemaVersion: SCHEMA_VERSION,
    tahun: o.tahun,
    status: o.status,
    profil: o.profil,
    resmi: false,
    metode_rata_rata:
      "rata-rata aritmetika IPP instansi yang sudah dibulatkan, dihitung eksak lalu dibulatkan setengah ke atas",
    per_tingkat,
    per_provinsi,
    pemda: { jumlah_dievaluasi: pemda.length, rata_rata: avg(pemda) },
  };
}
