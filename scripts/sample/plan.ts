import type { Master } from "../../src/lib/regions/master.ts";
import type { Tingkat } from "../../src/lib/schema/master.ts";
import type { Fixed, GroupMean } from "./anchors.ts";
import type { Target } from "./calibrate.ts";
import type { Rng } from "./prng.ts";

/** What one instansi must satisfy in a year: an exact value, or a ceiling. */
export type Goal =
  { readonly kind: "target"; readonly target: Target } | { readonly kind: "cap"; readonly max: number };

/**
 * How the pipeline ranks (the profile's tie rule): "nilai-presisi" on
 * unrounded values, so equal published values can hold different ranks and
 * the sample must order them by their unrounded values.
 */
export type TieRule = "nilai-presisi" | "nilai-dibulatkan";

export interface PlanInput {
  readonly tahun: number;
  readonly master: Master;
  /** Natural (uncalibrated) IPP of every instansi, as a scaled integer. */
  readonly natural: ReadonlyMap<string, number>;
  /** Fixed figures of this year. */
  readonly fixed: readonly Fixed[];
  readonly means: readonly GroupMean[];
  /** 10^decimals: 100 for IPPs published to 2 decimals. */
  readonly unit: number;
  readonly rng: Rng;
  readonly tieRule: TieRule;
}

/**
 * Turns the fixed figures of a year into a goal per instansi. A published rank
 * r at value v means exactly r−1 instansi of that tingkat strictly above v, so
 * the gaps between ranked figures are filled with the best natural performers
 * (given values inside the gap) and everyone else is capped below the lowest
 * ranked value. A provincial rank caps the rest of that province likewise.
 */
export function planYear(p: PlanInput): Map<string, Goal> {
  const goals = new Map<string, Goal>();
  const scaled = (x: number) => Math.round(x * p.unit);
  for (const f of p.fixed) {
    const lokus = f.lokus ? Object.fromEntries(Object.entries(f.lokus).map(([k, v]) => [k, scaled(v)])) : undefined;
    goals.set(f.kode, { kind: "target", target: lokus ? { ipp: scaled(f.ipp), lokus } : { ipp: scaled(f.ipp) } });
  }
  const tingkatOf = (kode: string) => p.master.byCode.get(kode)!.tingkat;
  for (const tingkat of ["provinsi", "kabupaten", "kota", "kl"] as const) {
    const ranked = p.fixed.filter((f) => f.peringkat !== undefined && tingkatOf(f.kode) === tingkat);
    if (ranked.length) (p.tieRule === "nilai-presisi" ? fillRanksPrecise : fillRanks)(p, tingkat, ranked, goals);
  }
  for (const m of p.means) meanTargets(p, m, goals);
  return goals;
}

function fillRanks(p: PlanInput, tingkat: Tingkat, ranked: readonly Fixed[], goals: Map<string, Goal>): void {
  const value = (f: Fixed) => Math.round(f.ipp * p.unit);
  const sorted = [...ranked].sort((a, b) => a.peringkat! - b.peringkat!);
  const provinceCaps = provincialCaps(p);
  const candidates = p.master.list
    .filter((i) => i.tingkat === tingkat && !goals.has(i.kode) && !provinceCaps.has(i.kode_provinsi ?? ""))
    .map((i) => i.kode)
    .sort((a, b) => p.natural.get(b)! - p.natural.get(a)! || (a < b ? -1 : 1));
  const placed = new Set(ranked.map((f) => f.kode));
  let above = 0;
  let ceiling = Math.round(4.9 * p.unit) + 1;
  for (let i = 0; i < sorted.length;) {
    const group = sorted.filter((f) => f.peringkat === sorted[i]!.peringkat);
    const v = value(group[0]!);
    if (group.some((f) => value(f) !== v))
      throw new Error(`rencana ${p.tahun}: peringkat ${group[0]!.peringkat} ${tingkat} punya nilai berbeda`);
    const needed = group[0]!.peringkat! - 1 - above;
    const lo = v + 1;
    const hi = ceiling - 1;
    if (needed < 0 || (needed > 0 && lo > hi) || needed > candidates.length)
      throw new Error(
        `rencana ${p.tahun}: peringkat ${group[0]!.peringkat} ${tingkat} (${v / p.unit}) tidak dapat dipenuhi`,
      );
    const fillers = candidates.splice(0, needed);
    fillers.forEach((kode, k) => {
      placed.add(kode);
      const ipp = needed === 1 ? hi - Math.floor((hi - lo) / 2) : hi - Math.round((k * (hi - lo)) / (needed - 1));
      goals.set(kode, { kind: "target", target: { ipp } });
    });
    above += needed + group.length;
    ceiling = v;
    i += group.length;
  }
  // Everyone left in this tingkat stays strictly below the lowest ranked value.
  for (const i of p.master.list) {
    if (i.tingkat !== tingkat) continue;
    const goal = goals.get(i.kode);
    const cap = Math.min(ceiling - 1, provinceCaps.get(i.kode_provinsi ?? "") ?? Infinity);
    if (!goal) goals.set(i.kode, { kind: "cap", max: cap });
    else if (goal.kind === "target" && !placed.has(i.kode) && goal.target.ipp > cap)
      throw new Error(
        `rencana ${p.tahun}: nilai tetap ${i.kode} (${goal.target.ipp / p.unit}) melanggar peringkat yang diterbitkan`,
      );
  }
}

/**
 * Ranks under the unrounded tie rule. Positions are in thousandths (fine
 * units, 10× the published unit): each published value v offers three slots,
 * v+0.003, v and v−0.003, far enough apart (and from the rounding edges at
 * ±0.005) that calibration (±0.001) keeps their order. Ranked figures are
 * placed in rank order; a range like "6-7" is read as one rank each, in kode
 * order. The instansi between two ranked figures come from the best natural
 * performers: with a whole published value between the two, they may take
 * any value strictly between (their own value if it lies there); with none,
 * each takes a free slot. Everyone else stays strictly below the lowest.
 * Fixed figures without a rank count where their value puts them.
 */
function fillRanksPrecise(p: PlanInput, tingkat: Tingkat, ranked: readonly Fixed[], goals: Map<string, Goal>): void {
  const scaledOf = (x: number) => Math.round(x * p.unit);
  const tingkatOf = (kode: string) => p.master.byCode.get(kode)!.tingkat;
  const sorted = [...ranked].sort(
    (a, b) => a.peringkat! - b.peringkat! || (a.kode < b.kode ? -1 : a.kode > b.kode ? 1 : 0),
  );
  const unranked = p.fixed.filter((f) => f.peringkat === undefined && tingkatOf(f.kode) === tingkat);
  const candidates = p.master.list
    .filter((i) => i.tingkat === tingkat && !goals.has(i.kode) && p.natural.has(i.kode))
    .map((i) => i.kode)
    .sort((a, b) => p.natural.get(b)! - p.natural.get(a)! || (a < b ? -1 : 1));
  const placedFillers = new Set<string>();
  const taken: number[] = [];
  const free = (pos: number) => taken.every((t) => Math.abs(t - pos) >= 3);
  let cursor = Infinity; // fine position of the last ranked figure
  let above = 0;
  let r = 0;
  for (const f of sorted) {
    r++;
    const v = scaledOf(f.ipp);
    if (r < f.peringkat! || r > (f.peringkat_maks ?? f.peringkat!))
      // Two figures claim the same single rank: only exactly equal unrounded values could share it.
      r = f.peringkat!;
    const vc = cursor === Infinity ? Math.round(4.9 * p.unit) + 1 : Math.round(cursor / 10);
    const inGap = unranked.filter((u) => scaledOf(u.ipp) > v && scaledOf(u.ipp) < vc).length;
    if (unranked.some((u) => scaledOf(u.ipp) === v || scaledOf(u.ipp) === vc))
      throw new Error(`rencana ${p.tahun}: nilai tetap tanpa peringkat sama dengan nilai berperingkat (${v / p.unit})`);
    const needed = r - 1 - above - inGap;
    if (needed < 0 || needed > candidates.length)
      throw new Error(`rencana ${p.tahun}: peringkat ${r} ${tingkat} (${v / p.unit}) tidak dapat dipenuhi`);
    const fillers = candidates.splice(0, needed);
    if (vc - v >= 2 || needed === 0) {
      // A whole published value lies between: fillers keep their own value when it lies there too.
      const lo = v + 1;
      const hi = vc - 1;
      fillers.forEach((kode, k) => {
        placedFillers.add(kode);
        const n = p.natural.get(kode)!;
        const spread = Math.max(1, Math.min(5, hi - lo + 1));
        if (n >= lo && n <= hi) goals.set(kode, { kind: "cap", max: hi });
        else goals.set(kode, { kind: "target", target: { ipp: n > hi ? hi - (k % spread) : lo + (k % spread) } });
      });
    } else {
      // Adjacent values: each filler takes a free slot below the cursor.
      const slots: number[] = [];
      for (let w = vc; w >= v && slots.length < needed; w--)
        for (const off of [3, 0, -3]) {
          const pos = 10 * w + off;
          if (pos <= cursor - 3 && free(pos) && slots.length < needed && (w > v || off > -3)) slots.push(pos);
        }
      if (slots.length < needed)
        throw new Error(
          `rencana ${p.tahun}: tidak ada tempat untuk ${needed} instansi di atas peringkat ${r} ${tingkat}`,
        );
      fillers.forEach((kode, k) => {
        placedFillers.add(kode);
        taken.push(slots[k]!);
        goals.set(kode, { kind: "target", target: { ipp: Math.round(slots[k]! / 10), fine: slots[k]! } });
      });
      cursor = Math.min(cursor, ...slots);
    }
    // Published lokus values fix where the unrounded value can be: as close to their mean as rounding allows.
    const lokusMean = f.lokus
      ? (Object.values(f.lokus).reduce((a, b) => a + b, 0) / Object.values(f.lokus).length) * 10 * p.unit
      : null;
    const options =
      lokusMean === null
        ? [10 * v + 3, 10 * v, 10 * v - 3]
        : [Math.round(Math.min(10 * v + 3, Math.max(10 * v - 3, lokusMean)))];
    const pos = options.find((x) => x <= cursor - 3 && free(x));
    if (pos === undefined)
      throw new Error(`rencana ${p.tahun}: tidak ada tempat untuk peringkat ${r} ${tingkat} pada ${v / p.unit}`);
    taken.push(pos);
    const old = goals.get(f.kode) as { target: Target };
    goals.set(f.kode, { kind: "target", target: { ...old.target, fine: pos } });
    cursor = pos;
    above = r;
  }
  // Everyone left in this tingkat stays strictly below the lowest ranked value.
  const lowest = Math.round(cursor / 10);
  for (const i of p.master.list) {
    if (i.tingkat !== tingkat || !p.natural.has(i.kode)) continue;
    const goal = goals.get(i.kode);
    if (!goal) goals.set(i.kode, { kind: "cap", max: lowest - 1 });
    else if (goal.kind === "target" && !placedFillers.has(i.kode) && goal.target.fine === undefined) {
      const v = goal.target.ipp;
      if (v >= lowest && !unranked.some((u) => u.kode === i.kode))
        throw new Error(
          `rencana ${p.tahun}: nilai tetap ${i.kode} (${v / p.unit}) melanggar peringkat yang diterbitkan`,
        );
    }
  }
}

/** For a published provincial rank r at value v: the rest of that province stays below v. */
function provincialCaps(p: PlanInput): Map<string, number> {
  const caps = new Map<string, number>();
  for (const f of p.fixed) {
    if (f.peringkat_provinsi === undefined) continue;
    const prov = p.master.byCode.get(f.kode)!.kode_provinsi!;
    const v = Math.round(f.ipp * p.unit);
    const inProvince = (kode: string) => {
      const i = p.master.byCode.get(kode)!;
      return (i.tingkat === "kabupaten" || i.tingkat === "kota") && i.kode_provinsi === prov;
    };
    const higher = p.fixed.filter((g) => inProvince(g.kode) && Math.round(g.ipp * p.unit) > v).length;
    if (higher !== f.peringkat_provinsi - 1)
      throw new Error(
        `rencana ${p.tahun}: ${f.kode} harus peringkat ${f.peringkat_provinsi} di provinsinya, tetapi ${higher} nilai tetap di atasnya`,
      );
    caps.set(prov, Math.min(caps.get(prov) ?? Infinity, v - 1));
  }
  return caps;
}

/**
 * Group means (K/L, S18): every instansi of the group gets a target near its
 * natural value, shifted so the targets sum to exactly n × mean; calibrated to
 * those, both the mean of the published values and of the unrounded ones round to it.
 */
function meanTargets(p: PlanInput, m: GroupMean, goals: Map<string, Goal>): void {
  if (m.tahun !== p.tahun) return;
  const members = p.master.list.filter((i) => i.tingkat === m.tingkat).map((i) => i.kode);
  const lo = Math.round(2.5 * p.unit);
  const hi = Math.round(4.85 * p.unit);
  const free = members.filter((k) => !goals.has(k));
  const fixedSum = members
    .filter((k) => goals.has(k))
    .reduce((t, k) => t + (goals.get(k) as { target: Target }).target.ipp, 0);
  const values = new Map(free.map((k) => [k, Math.min(hi, Math.max(lo, p.natural.get(k)!))]));
  const want = Math.round(m.rata_rata * p.unit) * members.length - fixedSum;
  let diff = want - [...values.values()].reduce((a, b) => a + b, 0);
  for (let guard = 0; diff !== 0 && guard < 100_000; guard++) {
    const k = free[Math.floor(p.rng.next() * free.length)]!;
    const v = values.get(k)!;
    const step = Math.sign(diff) * Math.max(1, Math.min(Math.abs(Math.trunc(diff / free.length)), 5));
    const next = Math.min(hi, Math.max(lo, v + step));
    values.set(k, next);
    diff -= next - v;
  }
  if (diff !== 0) throw new Error(`rencana ${p.tahun}: rata-rata ${m.tingkat} ${m.rata_rata} tidak tercapai`);
  for (const [k, ipp] of values) goals.set(k, { kind: "target", target: { ipp } });
}
