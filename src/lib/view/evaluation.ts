import type { Lang } from "../format/lang.ts";
import type { EvaluationProfile, RkrResult } from "../schema/evaluation.ts";
import type { Provenance } from "../schema/provenance.ts";
import type { ProvenanceView } from "./method.ts";

/**
 * Colours of the tiers of an MPP or Ramah Kelompok Rentan profile, top
 * first: a blue sequence (ColorBrewer YlGnBu), unlike the predikat palette
 * so the two are never read as one scale. "No evaluated unit" is hatched
 * grey elsewhere, never one of these. Text colour chosen for contrast.
 */
const TIER_COLOURS = [
  { fill: "#253494", text: "#ffffff" },
  { fill: "#1d6fa5", text: "#ffffff" },
  { fill: "#41b6c4", text: "#1a1a1a" },
  { fill: "#a1dab4", text: "#1a1a1a" },
  { fill: "#ffffcc", text: "#1a1a1a" },
] as const;

export function tierColour(profile: EvaluationProfile, kode: string): { fill: string; text: string } {
  const i = profile.kategori.findIndex((k) => k.kode === kode);
  return TIER_COLOURS[Math.min(Math.max(i, 0), TIER_COLOURS.length - 1)]!;
}

/** CSS class of a tier (its position on the ladder): `tier-0` is the top. */
export function tierClass(profile: EvaluationProfile, kode: string): string {
  return `tier-${Math.max(
    0,
    profile.kategori.findIndex((k) => k.kode === kode),
  )}`;
}

export function tierLabel(profile: EvaluationProfile, kode: string, lang: Lang): string {
  const k = profile.kategori.find((c) => c.kode === kode);
  return k ? (lang === "en" ? k.label_en : k.label) : kode;
}

/** How many units lack each facility, most often missing first (ties in the profile's order). */
export function missingFacilities(
  profile: EvaluationProfile,
  units: readonly Pick<RkrResult, "sarana_ada">[],
): { kode: string; nama: string; nama_en: string; missing: number; share: number }[] {
  const list = profile.sarana?.daftar ?? [];
  return list
    .map((f, i) => {
      const missing = units.filter((u) => !u.sarana_ada.includes(f.kode)).length;
      return {
        kode: f.kode,
        nama: f.nama,
        nama_en: f.nama_en,
        missing,
        share: units.length ? missing / units.length : 0,
        i,
      };
    })
    .sort((a, b) => b.missing - a.missing || a.i - b.i)
    .map(({ i: _i, ...rest }) => rest);
}

/** Units counted per tier, in ladder order (every tier listed, zero included). */
export function tierCounts(profile: EvaluationProfile, rows: readonly { kategori: string }[]) {
  return profile.kategori.map((k) => ({ kode: k.kode, count: rows.filter((r) => r.kategori === k.kode).length }));
}

const CONFIDENCE = {
  tinggi: { id: "keyakinan tinggi", en: "high confidence" },
  sedang: { id: "keyakinan sedang", en: "medium confidence" },
  rendah: { id: "keyakinan rendah", en: "low confidence" },
} as const;

/** A parameter's provenance as the Provenance component shows it. */
export function provenanceOf(profile: EvaluationProfile, p: Provenance, lang: Lang): ProvenanceView {
  return {
    sources: p.sumber.map((key) => ({ key, title: profile.sumber[key]?.judul ?? key, url: profile.sumber[key]?.url })),
    confidence: CONFIDENCE[p.keyakinan][lang],
    assumption: p.asumsi,
    note: p.catatan,
  };
}
