import type { Lang } from "../format/lang.ts";
import { formatDecimal, formatPercent } from "../format/number.ts";
import { fromDecimal, mul, round } from "../num/rational.ts";
import type { MethodologyProfile } from "../schema/methodology.ts";
import type { Provenance } from "../schema/provenance.ts";

/** A text from the profile in the page's language, or the Indonesian one (`lang` says which, for the lang attribute). */
export interface ProfileText {
  readonly text: string;
  readonly lang: Lang;
}

/** The English field when the page is English and the profile has it; otherwise the Indonesian text. */
export function inLang(id: string, en: string | undefined, lang: Lang): ProfileText {
  return lang === "en" && en ? { text: en, lang: "en" } : { text: id, lang: "id" };
}

export interface ProvenanceView {
  readonly sources: readonly { key: string; title: string; url: string | undefined }[];
  readonly confidence: string;
  readonly assumption: boolean;
  readonly note: string | undefined;
}

const CONFIDENCE: Record<Provenance["keyakinan"], Record<Lang, string>> = {
  tinggi: { id: "keyakinan tinggi", en: "high confidence" },
  sedang: { id: "keyakinan sedang", en: "medium confidence" },
  rendah: { id: "keyakinan rendah", en: "low confidence" },
};

/** The method page as data: every parameter of the profile with its source and confidence. */
export function methodView(profile: MethodologyProfile, lang: Lang) {
  const prov = (p: Provenance): ProvenanceView => ({
    sources: p.sumber.map((key) => ({ key, title: profile.sumber[key]?.judul ?? key, url: profile.sumber[key]?.url })),
    confidence: CONFIDENCE[p.keyakinan][lang],
    assumption: p.asumsi,
    note: p.catatan,
  });
  const pct = (x: number, digits = 0) => formatPercent(x, lang, digits);
  const aspects = profile.aspek.map((a) => ({
    kode: a.kode,
    huruf: a.huruf,
    name: lang === "id" ? a.nama : a.nama_en,
    weight: pct(a.bobot),
    provenance: prov(a.provenance),
    indicators: profile.indikator
      .filter((i) => i.aspek === a.kode)
      .map((i) => ({
        nomor: i.nomor,
        kode: i.kode,
        name: lang === "id" ? i.nama : i.nama_en,
        weight: pct(i.bobot),
        // Share of the whole F02: aspect weight × indicator weight, exact.
        share: pct(round(mul(fromDecimal(a.bobot), fromDecimal(i.bobot)), 4), 2),
        provenance: prov(i.provenance),
      })),
  }));
  return {
    id: profile.id,
    name: profile.nama,
    legal: profile.dasar_hukum,
    scale: `${profile.skala.min}–${profile.skala.max}`,
    aspects,
    aspectsProvenance: prov(profile.aspek_provenance),
    f03: {
      items: profile.f03.butir.map((b) => ({ kode: b.kode, text: inLang(b.teks, b.teks_en, lang) })),
      min: profile.f03.responden_min,
      max: profile.f03.responden_max,
      provenance: prov(profile.f03.provenance),
    },
    blend: { f02: pct(profile.blend.f02), f03: pct(profile.blend.f03), provenance: prov(profile.blend.provenance) },
    aggregation: prov(profile.agregasi.provenance),
    rounding: { digits: profile.pembulatan.desimal, provenance: prov(profile.pembulatan.provenance) },
    /** How ranks treat equal published values (the profile's tie rule); null when the profile does not say. */
    ties: profile.peringkat ? { basis: profile.peringkat.dasar, provenance: prov(profile.peringkat.provenance) } : null,
    ladder: profile.predikat.map((p, i) => {
      const upper =
        i === 0 ? profile.skala.max : profile.predikat[i - 1]!.batas_bawah - 1 / 10 ** profile.pembulatan.desimal;
      return {
        kode: p.kode,
        label: lang === "id" ? p.label : p.label_en,
        from: formatDecimal(p.batas_bawah, lang, 2),
        to: formatDecimal(upper, lang, 2),
      };
    }),
    ladderProvenance: prov(profile.predikat_provenance),
    sources: Object.entries(profile.sumber).map(([key, s]) => ({
      key,
      title: inLang(s.judul, s.judul_en, lang),
      url: s.url,
    })),
  };
}
export type MethodView = ReturnType<typeof methodView>;
