import { describe, expect, it } from "vitest";
import { formatScore, instansiView, provinceShort, type InstansiInput } from "../../../src/lib/view/instansi.ts";
import { changeAt, historyOf } from "../../../src/lib/view/instansiHistory.ts";
import { rankTies } from "../../../src/lib/view/instansiRanks.ts";
import { lokus, master, profile, result, slice } from "./instansiFixtures.ts";

const jabar = master("32", "Provinsi Jawa Barat", "provinsi", "32");
const bandung = master("32.73", "Kota Bandung", "kota", "32");
const bekasi = master("32.75", "Kota Bekasi", "kota", "32");
const base = (m: typeof bandung, ipp: number) => ({
  kode_instansi: m.kode,
  nama: m.nama,
  tingkat: m.tingkat,
  kode_provinsi: m.kode_provinsi,
  ipp,
});

const rec = (indikator: string, dari: number, kenaikan: number) => ({
  indikator,
  nama: `nama ${indikator}`,
  aspek: "sipp",
  dari,
  ke: 5,
  kenaikan_ipp: kenaikan,
  kenaikan_ipp_presisi: kenaikan,
});
const y2022 = slice(2022, [result(base(bandung, 4.2))]);
const y2023 = slice(2023, [result(base(bekasi, 4.0))]);
const y2024 = slice(2024, [
  result(base(bandung, 4.47), {
    peringkat_nasional: 12,
    jumlah_peserta_tingkat: 98,
    peringkat_provinsi: 2,
    jumlah_peserta_provinsi: 27,
    jarak_naik: 0.04,
    jarak_turun: 0.47,
    rekomendasi: [rec("24.d.T", 2.33, 0.08), rec("8.a.Ak", 4, 0), rec("1.a.D", 5, 0)],
  }),
  result(base(bekasi, 4.47), {
    peringkat_nasional: 12,
    jumlah_peserta_tingkat: 98,
    peringkat_provinsi: 3,
    jumlah_peserta_provinsi: 27,
  }),
  result(base(jabar, 4.76)),
]);
const years = [y2022, y2023, y2024];
const lokus2024 = [
  lokus("32.73", "Dinas Sosial", 4.1),
  lokus("32.73", "RSUD", 4.6, { f03: null, tanpa_f03: true, jumlah_responden: 0 }),
  lokus("32.73", "Disdukcapil", 4.7),
];

const input = (lang: "id" | "en", over: Partial<InstansiInput> = {}): InstansiInput => ({
  page: { lang, edition: "terbaru", year: 2024, base: "/" },
  master: bandung,
  provinsi: jabar,
  years,
  lokus: lokus2024,
  profile,
  ...over,
});

describe("instansiView", () => {
  const v = instansiView(input("id"));
  const en = instansiView(input("en"));

  it("shows ranks with ties as “=12”, national within the tingkat and within the province", () => {
    expect(v.result?.ranks).toEqual([
      { label: "Peringkat nasional di antara kota", value: "=12 dari 98", tied: true },
      { label: "Peringkat di antara kabupaten/kota di Jawa Barat", value: "2 dari 27", tied: false },
    ]);
    expect(en.result?.ranks[0]?.value).toBe("=12 of 98");
  });

  it("gives the distance to the neighbouring predikat in words", () => {
    expect(v.result?.up).toBe("0,04 lagi ke A");
    expect(v.result?.down).toBe("Turun 0,47 akan menjadi B");
    expect(en.result?.up).toBe("0.04 more to reach A");
    const top = instansiView(input("id", { master: jabar, years: [y2024], lokus: [] }));
    expect(top.result?.up).toBe("Sudah di predikat tertinggi");
  });

  it("writes recommendations with the indicator name in the page's language, leaving out those with nothing to raise", () => {
    expect(v.recommendations.map((r) => r.text)).toEqual([
      "Frekuensi pemutakhiran data pada kanal digital: naikkan dari 2,33 ke 5 → IPP +0,08 (indikator 24.d.T)",
      "Realisasi rencana tindak lanjut SKM: naikkan dari 4 ke 5 → IPP < +0,01 (indikator 8.a.Ak)",
    ]);
    expect(en.recommendations[0]?.text).toBe(
      "How often digital channels are updated: raise from 2.33 to 5 → IPP +0.08 (indicator 24.d.T)",
    );
  });

  it("lists lokus best first, flagging those without F-03", () => {
    expect(v.lokus.map((l) => [l.nama, l.ipp, l.f03, l.tanpaF03])).toEqual([
      ["Disdukcapil", "4,70", "4,70", false],
      ["RSUD", "4,60", "–", true],
      ["Dinas Sosial", "4,10", "4,10", false],
    ]);
  });

  it("builds the history newest first with links to each edition, a gap as null", () => {
    expect(v.history.map((h) => [h.year, h.href, h.ipp, h.rank, h.change, h.current])).toEqual([
      [2024, "/2024/instansi/kota-bandung/", "4,47", "=12 dari 98", "+0,27", true],
      [2023, "/2023/instansi/kota-bandung/", null, null, null, false],
      [2022, "/2022/instansi/kota-bandung/", "4,20", "1 dari 1", null, false],
    ]);
    expect(en.history[0]?.href).toBe("/en/2024/instansi/kota-bandung/");
    expect(v.trend.map((p) => p.ipp)).toEqual([4.2, null, 4.47]);
  });

  it("summarises with the gap, the tie and the lokus without F-03", () => {
    expect(v.summary.text).toContain(
      "berbagi peringkat 12 dari 98 kota dan peringkat 2 dari 27 kabupaten/kota di Jawa Barat.",
    );
    expect(v.summary.text).toContain("Naik 0,27 dari 2022 (tidak dievaluasi pada 2023).");
    expect(v.summary.text).toContain("1 dari 3 lokusnya dinilai tanpa survei pengguna (F-03).");
    expect(v.summary.description.length).toBeLessThanOrEqual(300);
    expect(v.provinsi).toEqual({ nama: "Provinsi Jawa Barat", short: "Jawa Barat", href: "/provinsi/32/" });
  });

  it("states a year without evaluation", () => {
    const none = instansiView(input("id", { page: { lang: "id", edition: 2023, year: 2023, base: "/" }, lokus: [] }));
    expect(none.status).toBe("tidak-dievaluasi");
    expect(none.result).toBeNull();
    expect(none.summary.text).toBe(
      "Kota Bandung tidak dievaluasi dalam PEKPPP 2023. Hasil terbarunya: IPP 4,47 (A-) pada 2024.",
    );
  });

  it("shows only the IPP for a published-only result", () => {
    const pub = slice(2024, [
      result(base(bandung, 4.5), {
        asal_nilai: "dipublikasikan",
        aspek_sipp: null,
        rekomendasi: [rec("24.d.T", 2, 0.1)],
      }),
    ]);
    const p = instansiView(input("id", { years: [pub], lokus: lokus2024 }));
    expect(p.status).toBe("dipublikasikan");
    expect(p.lokus).toEqual([]);
    expect(p.recommendations).toEqual([]);
    expect(p.summary.text).toContain("Hanya IPP-nya yang dipublikasikan");
  });
});

describe("instansiView, less common cases", () => {
  it("a K/L: one national rank, no province, and no change in its first year", () => {
    const kemenkes = master("KL.024", "Kementerian Kesehatan", "kl", null);
    const y = slice(2024, [result(base(kemenkes, 3.8), { peringkat_nasional: 4, jumlah_peserta_tingkat: 48 })]);
    const v = instansiView(input("en", { master: kemenkes, provinsi: null, years: [y], lokus: [] }));
    expect(v.provinsi).toBeNull();
    expect(v.result?.ranks).toEqual([
      { label: "National rank among ministries and agencies", value: "4 of 48", tied: false },
    ]);
    expect(v.result?.change).toBeNull();
    expect(v.summary.text).not.toContain("province");
  });

  it("orders lokus of equal IPP by name, and keeps the data's name for an indicator the profile lacks", () => {
    const y = slice(2024, [result(base(bandung, 4.2), { rekomendasi: [rec("99.z.X", 3, 0.05)] })]);
    const v = instansiView(
      input("id", {
        years: [y],
        lokus: [lokus("32.73", "Puskesmas", 4.2), lokus("32.73", "Dinas Kesehatan", 4.2)],
      }),
    );
    expect(v.lokus.map((l) => l.nama)).toEqual(["Dinas Kesehatan", "Puskesmas"]);
    expect(v.recommendations[0]?.text).toBe("nama 99.z.X: naikkan dari 3 ke 5 → IPP +0,05 (indikator 99.z.X)");
  });

  it("reads a year missing from the data as not evaluated", () => {
    const v = instansiView(input("id", { page: { lang: "id", edition: 2025, year: 2025, base: "/" }, lokus: [] }));
    expect(v.status).toBe("tidak-dievaluasi");
    expect(v.result).toBeNull();
    expect(v.history.map((h) => h.year)).toEqual([2024, 2023, 2022]);
  });
});

describe("helpers", () => {
  it("reads ties per group and remembers them per year", () => {
    const ties = rankTies(y2024.rows);
    expect(ties).toBe(rankTies(y2024.rows));
    expect(ties.national(y2024.byCode.get("32.73")!)).toBe(true);
    expect(ties.provincial(y2024.byCode.get("32.73")!)).toBe(false);
    expect(ties.national(y2024.byCode.get("32")!)).toBe(false);
  });

  it("compares with the latest earlier result", () => {
    const h = historyOf("32.73", years);
    expect(changeAt(h, 2024)).toEqual({
      from: 2022,
      delta: 0.27,
      predikatFrom: "A-",
      predikatTo: "A-",
      skipped: 2023,
      lokusChanged: null,
    });
    expect(changeAt(h, 2022)).toBeNull();
    expect(changeAt(h, 2023)).toBeNull();
  });

  it("says when lokus changed between the years it compares, on the card, in the history and in the summary", () => {
    const withLokus = (y: typeof y2024, names: string[], profil = "pekppp-2022") => ({
      ...y,
      profil,
      lokus: new Map([["32.73", names]]),
    });
    const old = withLokus(y2022, ["Dinas Sosial", "RSUD", "Disdukcapil"]);
    const now = withLokus(y2024, ["Dinas Pendidikan", "Dinas Kesehatan", "Disdukcapil"]);
    const view = instansiView(input("id", { years: [old, withLokus(y2023, []), now] }));
    expect(view.result?.change?.lokusNote).toBe(
      "Lokus yang dievaluasi berganti: 2022 Dinas Sosial, RSUD, Disdukcapil; 2024 Dinas Pendidikan, Dinas Kesehatan, Disdukcapil. Perubahan IPP antara kedua tahun membandingkan unit layanan yang berbeda.",
    );
    expect(view.history.map((h) => [h.year, h.lokus, h.lokusChanged, h.change])).toEqual([
      [2024, "Dinas Pendidikan, Dinas Kesehatan, Disdukcapil", true, "+0,27"],
      [2023, null, false, null],
      [2022, "Dinas Sosial, RSUD, Disdukcapil", false, null],
    ]);
    expect(view.trendNotes).toHaveLength(1);
    expect(view.summary.text).toContain("Naik 0,27 dari 2022 (tidak dievaluasi pada 2023), dengan lokus yang berbeda.");
    expect(view.recsIntro).toContain("semua lokus 2024 (Dinas Sosial, RSUD, Disdukcapil)");
    // The same lokus in another order is the same set: no note.
    const same = instansiView(input("en", { years: [old, withLokus(y2024, ["Disdukcapil", "RSUD", "Dinas Sosial"])] }));
    expect([same.result?.change?.lokusNote, same.trendNotes]).toEqual([null, []]);
  });

  it("does not compare years scored with different methodology profiles, and says why", () => {
    const view = instansiView(
      input("en", {
        years: [
          { ...y2022, profil: "pekppp-2022" },
          { ...y2024, profil: "pekppp-2026" },
        ],
      }),
    );
    expect(view.result?.change).toBeNull();
    expect(view.result?.notComparable).toBe(
      "2024 is not compared with 2022: the scoring method differs (profile pekppp-2022 in 2022, pekppp-2026 in 2024), so a difference in scores is not a change in performance.",
    );
    expect(view.history[0]?.change).toBe("not comparable");
    expect(view.summary.text).toContain("2024 is not compared with 2022");
    expect(view.trendNotes).toEqual([view.result?.notComparable]);
    expect(view.trend.map((p) => [p.year, p.segment])).toEqual([
      [2022, 0],
      [2024, 1],
    ]);
  });

  it("formats scores and province names for running text", () => {
    expect([formatScore(5, "id"), formatScore(2.333, "id"), formatScore(4.5, "en")]).toEqual(["5", "2,33", "4.50"]);
    expect(provinceShort("Provinsi Daerah Istimewa Yogyakarta")).toBe("Daerah Istimewa Yogyakarta");
  });
});
