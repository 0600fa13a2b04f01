import { readFile } from "node:fs/promises";
import type { Profile } from "../../src/lib/method/profile.ts";
import { UNIT } from "../../src/lib/published/check.ts";
import { readPublished } from "../../src/lib/published/read.ts";
import type { Master } from "../../src/lib/regions/master.ts";
import type { PublishedFigure } from "../../src/lib/schema/published.ts";
import { formatIssue, FileTally } from "../../src/lib/validate/issues.ts";
import { PLACEMENTS, type Fixed, type GroupMean } from "./anchors.ts";
import { lokusOf } from "./config.ts";

/** What the sample must honour, read from the shipped published figures. */
export interface Figures {
  readonly fixed: readonly Fixed[];
  readonly means: readonly GroupMean[];
  /** Instansi left out of a year (not evaluated in the sample), with the reason, by year. */
  readonly leftOut: ReadonlyMap<number, ReadonlyMap<string, string>>;
  /** The dataset's text, for the generator's fingerprint. */
  readonly text: string;
}

const round2 = (units: number, unit: number) => Math.floor((units * unit) / UNIT + 0.5) / unit;

/**
 * Turns data/terbitan/angka-terbitan.csv into the sample's calibration: every
 * instansi figure becomes a value (2 decimals) the sample must produce, with
 * its rank (or range of ranks) and lokus values where published; the K/L
 * averages become group means. An instansi whose sources conflict in a year
 * (or whose own figures are not consistent) cannot be matched without
 * contradicting one of them, so it is left out of that year (data/README.md
 * lists them). A figure with a rank but no value takes its value from the
 * synthetic placements (anchors.ts), where it is labelled synthetic.
 */
export async function publishedFigures(path: string, master: Master, profile: Profile): Promise<Figures> {
  const text = await readFile(path, "utf8");
  const tally = new FileTally(path);
  const all = await readPublished(text, { master, profileFor: () => profile, tally });
  if (tally.errors)
    throw new Error(`angka terbitan tidak dapat dibaca:\n  ${tally.issues.map(formatIssue).join("\n  ")}`);
  const unit = 10 ** profile.def.pembulatan.desimal;

  const groups = new Map<string, PublishedFigure[]>();
  for (const f of all)
    if (f.jenis === "instansi") {
      const key = `${f.tahun}|${f.kode_instansi}`;
      groups.set(key, [...(groups.get(key) ?? []), f]);
    }

  const fixed: Fixed[] = [];
  const leftOut = new Map<number, Map<string, string>>();
  for (const list of groups.values()) {
    const { tahun, kode_instansi: kode } = list[0]!;
    const who = master.byCode.get(kode!)!;
    const bad = list.filter((f) => f.bertentangan_dengan.length || f.pemeriksaan.status === "tidak-konsisten");
    if (bad.length) {
      const year = leftOut.get(tahun) ?? new Map<string, string>();
      year.set(
        kode!,
        `angka terbitan bertentangan atau tidak konsisten (baris ${list.map((f) => f.baris).join(", ")})`,
      );
      leftOut.set(tahun, year);
      continue;
    }
    const withValue = list.find((f) => f.ipp !== null);
    const placement = PLACEMENTS.find((p) => p.kode === kode && p.tahun === tahun);
    const ipp = withValue ? round2(Math.round(withValue.ipp! * UNIT), unit) : placement?.ipp;
    if (ipp === undefined)
      throw new Error(`${who.nama} ${tahun}: hanya peringkat yang terbit; tetapkan nilai sintetis di PLACEMENTS`);
    const ranks = [...new Set(list.filter((f) => f.peringkat_min !== null).map((f) => f.peringkat_disebut))];
    if (ranks.length > 1) throw new Error(`${who.nama} ${tahun}: peringkat terbitan berbeda (${ranks.join(", ")})`);
    const ranked = list.find((f) => f.peringkat_min !== null);
    const withLokus = list.find((f) => f.lokus.length);
    let lokus: Record<string, number> | undefined;
    if (withLokus) {
      const names = lokusOf(who.tingkat, tahun);
      lokus = {};
      for (const l of withLokus.lokus) {
        if (!names.includes(l.nama))
          throw new Error(`${who.nama} ${tahun}: lokus terbitan "${l.nama}" bukan lokus sampel (${names.join(", ")})`);
        lokus[l.nama] = round2(Math.round(l.ipp * UNIT), unit);
      }
    }
    fixed.push({
      kode: kode!,
      nama: who.nama,
      tahun,
      ipp,
      ...(lokus ? { lokus } : {}),
      ...(ranked ? { peringkat: ranked.peringkat_min!, peringkat_maks: ranked.peringkat_maks! } : {}),
      sumber: list.map((f) => `baris ${f.baris}`).join(", "),
      keputusan: list.find((f) => f.keputusan)?.keputusan ?? null,
      keyakinan: withValue ? "terbitan" : "sintetis",
    });
  }
  const placed = new Set(fixed.map((f) => `${f.tahun}|${f.kode}`));
  for (const p of PLACEMENTS) if (!placed.has(`${p.tahun}|${p.kode}`)) fixed.push(p);

  const means: GroupMean[] = all
    .filter((f) => f.jenis === "rata-rata" && f.tingkat === "kl" && f.ipp !== null)
    .map((f) => ({
      tingkat: "kl",
      tahun: f.tahun,
      rata_rata: round2(Math.round(f.ipp! * UNIT), unit),
      sumber: `baris ${f.baris}`,
      catatan: "cara kementerian merata-ratakan tidak diketahui; di sini rata-rata IPP instansi K/L",
    }));
  return { fixed, means, leftOut, text };
}
