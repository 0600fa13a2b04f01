import type { Profile } from "../../src/lib/method/profile.ts";
import { compare, mean, rational, roundScaled } from "../../src/lib/num/rational.ts";
import { groupedRanksBy } from "../../src/lib/rank/rank.ts";
import type { Fixed, GroupMean } from "./anchors.ts";
import { lokusOf } from "./config.ts";
import { instansiIpp, lokusIpp, scaledOf, type InstansiDraft } from "./draft.ts";

/**
 * The generator's own check, through the scoring core: every fixed figure of
 * the year comes out exactly (value, lokus values, ranks) and every group
 * mean rounds to its published value. Returns the problems found.
 */
export function verifyYear(
  tahun: number,
  profile: Profile,
  drafts: readonly InstansiDraft[],
  fixed: readonly Fixed[],
  means: readonly GroupMean[],
): string[] {
  const problems: string[] = [];
  const unit = 10 ** profile.def.pembulatan.desimal;
  const { responden_min: rmin, responden_max: rmax } = profile.def.f03;
  const rows = drafts.map((d) => {
    const ipp = instansiIpp(profile, d);
    return { d, ipp, scaled: scaledOf(profile, ipp) };
  });
  const byCode = new Map(rows.map((r) => [r.d.kode, r]));

  for (const { d } of rows) {
    const names = d.lokus.map((l) => l.nama).join("|");
    if (names !== lokusOf(d.tingkat, tahun).join("|")) problems.push(`${d.kode}: lokus ${names}`);
    for (const l of d.lokus)
      if (l.respondents < rmin || l.respondents > rmax)
        problems.push(`${d.kode} ${l.nama}: ${l.respondents} responden`);
  }

  // Ranked as the pipeline ranks: on unrounded values when the profile says so.
  const precise = profile.def.peringkat?.dasar === "nilai-presisi";
  const better = (a: (typeof rows)[number], b: (typeof rows)[number]) =>
    precise ? compare(b.ipp, a.ipp) : b.scaled - a.scaled;
  const national = groupedRanksBy(rows, (r) => r.d.tingkat, better);
  const provincial = groupedRanksBy(
    rows,
    (r) => (r.d.tingkat === "kabupaten" || r.d.tingkat === "kota" ? r.d.kode_provinsi : null),
    better,
  );
  for (const f of fixed) {
    const r = byCode.get(f.kode);
    if (!r) {
      problems.push(`${f.kode} (${f.nama}) tidak ada`);
      continue;
    }
    const want = Math.round(f.ipp * unit);
    if (r.scaled !== want) problems.push(`${f.nama} ${f.tahun}: IPP ${r.scaled / unit}, harus ${f.ipp}`);
    for (const [nama, v] of Object.entries(f.lokus ?? {})) {
      const l = r.d.lokus.find((x) => x.nama === nama);
      const got = l ? scaledOf(profile, lokusIpp(profile, l)) : null;
      if (got !== Math.round(v * unit))
        problems.push(`${f.nama} ${f.tahun} lokus ${nama}: ${got === null ? "tidak ada" : got / unit}, harus ${v}`);
    }
    const rank = national.get(r)!;
    if (f.peringkat !== undefined && (rank < f.peringkat || rank > (f.peringkat_maks ?? f.peringkat)))
      problems.push(
        `${f.nama} ${f.tahun}: peringkat ${rank}, harus ${f.peringkat}${f.peringkat_maks && f.peringkat_maks !== f.peringkat ? `–${f.peringkat_maks}` : ""}`,
      );
    if (f.peringkat_provinsi !== undefined && provincial.get(r) !== f.peringkat_provinsi)
      problems.push(`${f.nama} ${f.tahun}: peringkat provinsi ${provincial.get(r)}, harus ${f.peringkat_provinsi}`);
  }

  for (const m of means) {
    const members = rows.filter((r) => r.d.tingkat === m.tingkat);
    const want = BigInt(Math.round(m.rata_rata * unit));
    const digits = profile.def.pembulatan.desimal;
    const published = roundScaled(mean(members.map((r) => rational(r.scaled, unit))), digits);
    const unrounded = roundScaled(mean(members.map((r) => r.ipp)), digits);
    if (published !== want || unrounded !== want)
      problems.push(
        `rata-rata ${m.tingkat} ${m.tahun}: ${Number(published) / unit} (dari nilai terbit), ${Number(unrounded) / unit} (tanpa pembulatan), harus ${m.rata_rata}`,
      );
  }
  return problems;
}
