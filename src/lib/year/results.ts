import type { F02Lokus } from "../ingest/f02.ts";
import type { F03Lokus } from "../ingest/f03Result.ts";
import type { Published } from "../ingest/hasil.ts";
import { distances, predikatOf, type Ladder } from "../method/predikat.ts";
import type { Profile } from "../method/profile.ts";
import { roundFraction, type Fraction } from "../num/fraction.ts";
import { compare, rational, round, roundScaled, type Rational } from "../num/rational.ts";
import { groupedRanksBy } from "../rank/rank.ts";
import type { Master } from "../regions/master.ts";
import { aspectColumn, type InstansiResult, type LokusResult } from "../schema/output.ts";
import { scoreInstansi } from "../score/instansi.ts";
import { scoreLokus, type LokusScore } from "../score/lokus.ts";
import { recommend } from "../score/recommend.ts";

type Unranked = Omit<
  InstansiResult,
  "peringkat_nasional" | "peringkat_provinsi" | "jumlah_peserta_tingkat" | "jumlah_peserta_provinsi"
>;

export interface YearResults {
  readonly instansi: InstansiResult[];
  readonly lokus: LokusResult[];
}

/**
 * Turns the validated inputs of one year into its published rows: scores
 * every lokus, combines them per instansi, rounds once at the end, then ranks
 * nationally within each tingkat and within each province (kab/kota only).
 */
export function buildResults(input: {
  profile: Profile;
  ladder: Ladder;
  master: Master;
  f02: readonly F02Lokus[];
  f03: ReadonlyMap<string, F03Lokus>;
  published: ReadonlyMap<string, Published>;
}): YearResults {
  const { profile, ladder, master } = input;
  const digits = profile.def.pembulatan.desimal;
  const r2 = (x: Rational) => round(x, digits);
  const f2 = (x: Fraction) => roundFraction(x, digits);
  const columns = profile.def.aspek.map((a) => aspectColumn(a.kode));
  /** The aspect columns of the profile, in its order: aspek_<kode> → score. */
  const aspectFields = <V>(v: readonly V[]) => Object.fromEntries(columns.map((c, k) => [c, v[k]!]));

  const byInstansi = new Map<string, { lokus: F02Lokus; score: LokusScore; respondents: number }[]>();
  for (const l of input.f02) {
    const f03 = input.f03.get(l.key) ?? null;
    const entry = {
      lokus: l,
      score: scoreLokus(profile, l.values, f03?.f03 ?? null),
      respondents: f03?.respondents ?? 0,
    };
    const list = byInstansi.get(l.kode);
    if (list) list.push(entry);
    else byInstansi.set(l.kode, [entry]);
  }

  const lokusRows: LokusResult[] = [];
  const unranked: Unranked[] = [];
  /** The exact instansi IPP, for ranking on unrounded values (profile.peringkat). */
  const exact = new Map<Unranked, Rational>();
  const names = new Map(profile.def.indikator.map((i) => [i.kode, i]));

  for (const [kode, entries] of byInstansi) {
    entries.sort((a, b) => (a.lokus.lokus < b.lokus.lokus ? -1 : a.lokus.lokus > b.lokus.lokus ? 1 : 0));
    for (const { lokus, score, respondents } of entries) {
      const scaled = Number(roundScaled(score.ipp, digits));
      lokusRows.push({
        kode_instansi: kode,
        lokus: lokus.lokus,
        ipp: r2(score.ipp),
        ipp_presisi: round(score.ipp, 4),
        predikat: predikatOf(ladder, scaled).kode,
        ...aspectFields(score.aspects.map(f2)),
        f02: f2(score.f02),
        f03: score.f03 === null ? null : r2(score.f03),
        jumlah_responden: respondents,
        tanpa_f03: score.f03 === null,
      } as LokusResult);
    }
    const total = scoreInstansi(entries.map((e) => e.score));
    const recs = recommend(
      profile,
      entries.map((e) => ({ values: e.lokus.values, hasF03: e.score.f03 !== null })),
    );
    const row = withIdentity(master, kode, {
      scaled: Number(roundScaled(total.ipp, digits)),
      ladder,
      digits,
      extra: {
        ...aspectFields(total.aspects.map(f2)),
        f02: f2(total.f02),
        f03: total.f03 === null ? null : r2(total.f03),
        jumlah_lokus: total.lokus,
        asal_nilai: "dihitung",
        lokus_tanpa_f03: total.lokusWithoutF03,
        rekomendasi: recs.map((r) => {
          const ind = names.get(r.indikator)!;
          return {
            indikator: r.indikator,
            nama: ind.nama,
            aspek: ind.aspek,
            dari: r2(r.dari),
            ke: r.ke,
            kenaikan_ipp: r2(r.kenaikan),
            kenaikan_ipp_presisi: round(r.kenaikan, 4),
          };
        }),
      },
    });
    unranked.push(row);
    exact.set(row, total.ipp);
  }

  for (const [kode, p] of input.published) {
    if (byInstansi.has(kode)) continue; // scored here; the pipeline compares the two
    unranked.push(
      withIdentity(master, kode, {
        scaled: p.scaled,
        ladder,
        digits,
        extra: {
          ...aspectFields(columns.map(() => null)),
          f02: null,
          f03: null,
          jumlah_lokus: null,
          asal_nilai: "dipublikasikan",
          lokus_tanpa_f03: null,
          rekomendasi: [],
        },
      }),
    );
  }

  // Ranks on the published (rounded) value, or on the unrounded one when the profile says so;
  // a result that was only published has no other value than its rounded one.
  const unit = 10 ** digits;
  const precise = profile.def.peringkat?.dasar === "nilai-presisi";
  const valueOf = (r: Unranked) => (precise ? exact.get(r) : undefined) ?? rational(Math.round(r.ipp * unit), unit);
  const better = (a: Unranked, b: Unranked) => compare(valueOf(b), valueOf(a));
  const national = groupedRanksBy(unranked, (r) => r.tingkat, better);
  const provincial = groupedRanksBy(
    unranked,
    (r) => (r.tingkat === "kabupaten" || r.tingkat === "kota" ? r.kode_provinsi : null),
    better,
  );
  const countBy = (key: (r: Unranked) => string | null) => {
    const m = new Map<string, number>();
    for (const r of unranked) {
      const k = key(r);
      if (k !== null) m.set(k, (m.get(k) ?? 0) + 1);
    }
    return m;
  };
  const perTingkat = countBy((r) => r.tingkat);
  const perProv = countBy((r) => (r.tingkat === "kabupaten" || r.tingkat === "kota" ? r.kode_provinsi : null));

  const instansi = unranked
    .map((r): InstansiResult => {
      const provKey = r.tingkat === "kabupaten" || r.tingkat === "kota" ? r.kode_provinsi : null;
      return {
        ...r,
        peringkat_nasional: national.get(r)!,
        peringkat_provinsi: provincial.get(r) ?? null,
        jumlah_peserta_tingkat: perTingkat.get(r.tingkat)!,
        jumlah_peserta_provinsi: provKey ? perProv.get(provKey)! : null,
      };
    })
    .sort((a, b) => cmp(a.kode_instansi, b.kode_instansi));
  lokusRows.sort((a, b) => cmp(a.kode_instansi, b.kode_instansi) || cmp(a.lokus, b.lokus));
  return {
    instansi: instansi.map((r) => orderKeys(r, columns)),
    lokus: lokusRows.map((l) => orderLokusKeys(l, columns)),
  };
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function withIdentity(
  master: Master,
  kode: string,
  o: {
    scaled: number;
    ladder: Ladder;
    digits: number;
    extra: Omit<
      Unranked,
      | "kode_instansi"
      | "nama"
      | "tingkat"
      | "kode_provinsi"
      | "ipp"
      | "predikat"
      | "slug"
      | "jarak_naik"
      | "jarak_turun"
    >;
  },
): Unranked {
  const who = master.byCode.get(kode)!;
  const d = distances(o.ladder, o.scaled);
  const unit = 10 ** o.digits;
  return {
    kode_instansi: kode,
    nama: who.nama,
    tingkat: who.tingkat,
    kode_provinsi: who.kode_provinsi,
    ipp: o.scaled / unit,
    predikat: predikatOf(o.ladder, o.scaled).kode,
    slug: who.slug,
    jarak_naik: d.naik === null ? null : d.naik / unit,
    jarak_turun: d.turun === null ? null : d.turun / unit,
    ...o.extra,
  };
}

/** Fixed key order (the CSV's, then the JSON extras), so output bytes never depend on code paths. */
function orderKeys(r: InstansiResult, aspects: readonly string[]): InstansiResult {
  return {
    kode_instansi: r.kode_instansi,
    nama: r.nama,
    tingkat: r.tingkat,
    kode_provinsi: r.kode_provinsi,
    ipp: r.ipp,
    predikat: r.predikat,
    peringkat_nasional: r.peringkat_nasional,
    peringkat_provinsi: r.peringkat_provinsi,
    ...Object.fromEntries(aspects.map((c) => [c, r[c as `aspek_${string}`] ?? null])),
    f02: r.f02,
    f03: r.f03,
    jumlah_lokus: r.jumlah_lokus,
    slug: r.slug,
    asal_nilai: r.asal_nilai,
    jarak_naik: r.jarak_naik,
    jarak_turun: r.jarak_turun,
    jumlah_peserta_tingkat: r.jumlah_peserta_tingkat,
    jumlah_peserta_provinsi: r.jumlah_peserta_provinsi,
    lokus_tanpa_f03: r.lokus_tanpa_f03,
    rekomendasi: r.rekomendasi,
  };
}

function orderLokusKeys(l: LokusResult, aspects: readonly string[]): LokusResult {
  return {
    kode_instansi: l.kode_instansi,
    lokus: l.lokus,
    ipp: l.ipp,
    ipp_presisi: l.ipp_presisi,
    predikat: l.predikat,
    ...Object.fromEntries(aspects.map((c) => [c, l[c as `aspek_${string}`]!])),
    f02: l.f02,
    f03: l.f03,
    jumlah_responden: l.jumlah_responden,
    tanpa_f03: l.tanpa_f03,
  };
}
