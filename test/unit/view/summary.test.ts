import { describe, expect, it } from "vitest";
import { englishOrdinal } from "../../../src/lib/view/instansiRanks.ts";
import { summarize, summarySentences, withinLength, type SummaryFacts } from "../../../src/lib/view/summary.ts";

const bandung: SummaryFacts = {
  nama: "Kota Bandung",
  year: 2024,
  tingkat: "kota",
  provinsi: "Jawa Barat",
  result: {
    ipp: 4.7,
    predikat: "A",
    predikatLabel: "Pelayanan Prima",
    national: { rank: 2, of: 98, tied: false },
    provincial: { rank: 1, of: 27, tied: false },
    publishedOnly: false,
    aspects: [
      { nama: "Kebijakan", nilai: 4.5 },
      { nama: "SIPP", nilai: 3.8 },
      { nama: "Inovasi", nilai: 4.9 },
    ],
    topRecommendation: { kode: "24.d.T", nama: "Frekuensi pemutakhiran data pada kanal digital", gain: 0.08 },
    lokus: 3,
    lokusTanpaF03: 0,
  },
  change: { from: 2023, delta: 0.12, predikatFrom: "A", predikatTo: "A", skipped: null, lokusChanged: null },
  earlierYear: true,
  latestOther: null,
};
const result = bandung.result!;

describe("summarySentences", () => {
  it("writes the example of the issue, in both languages", () => {
    expect(summarySentences(bandung, "id")).toEqual([
      "Kota Bandung meraih IPP 4,70 (A, Pelayanan Prima) pada PEKPPP 2024, peringkat 2 dari 98 kota dan 1 dari 27 kabupaten/kota di Jawa Barat.",
      "Naik 0,12 dari 2023.",
      "Aspek terkuatnya Inovasi (4,90); terlemah SIPP (3,80).",
      "Kenaikan terbesar bisa datang dari indikator 24.d.T (Frekuensi pemutakhiran data pada kanal digital): IPP +0,08 bila semua lokus mencapai 5.",
    ]);
    const en = summarySentences({ ...bandung, result: { ...result, predikatLabel: "Excellent service" } }, "en");
    expect(en[0]).toBe(
      "Kota Bandung scored an IPP of 4.70 (A, Excellent service) in PEKPPP 2024, ranking 2nd of 98 cities and 1st of 27 regencies and cities in Jawa Barat.",
    );
    expect(en[1]).toBe("Up 0.12 from 2023.");
    expect(en[2]).toBe("Its strongest aspect is Inovasi (4.90); its weakest, SIPP (3.80).");
  });

  it("says when a rank is shared, and repeats “peringkat” only where the grammar needs it", () => {
    const tied = {
      ...bandung,
      result: { ...result, national: { rank: 12, of: 98, tied: true }, provincial: { rank: 3, of: 27, tied: false } },
    };
    expect(summarySentences(tied, "id")[0]).toContain(
      "pada PEKPPP 2024, berbagi peringkat 12 dari 98 kota dan peringkat 3 dari 27 kabupaten/kota di Jawa Barat.",
    );
    expect(summarySentences(tied, "en")[0]).toContain(
      "ranking joint 12th of 98 cities and 3rd of 27 regencies and cities in Jawa Barat.",
    );
    const second = { ...bandung, result: { ...result, provincial: { rank: 3, of: 27, tied: true } } };
    expect(summarySentences(second, "id")[0]).toContain("peringkat 2 dari 98 kota dan berbagi peringkat 3 dari 27");
  });

  it("names the tingkat of provinces and ministries, without a provincial rank", () => {
    const prov = {
      ...bandung,
      nama: "Provinsi Jawa Barat",
      tingkat: "provinsi" as const,
      provinsi: null,
      result: { ...result, national: { rank: 1, of: 38, tied: false }, provincial: null },
    };
    expect(summarySentences(prov, "id")[0]).toMatch(/, peringkat 1 dari 38 provinsi\.$/);
    const kl = {
      ...prov,
      nama: "Kementerian Agama",
      tingkat: "kl" as const,
      result: { ...prov.result, national: { rank: 7, of: 48, tied: false } },
    };
    expect(summarySentences(kl, "id")[0]).toMatch(/peringkat 7 dari 48 kementerian\/lembaga\.$/);
    expect(summarySentences(kl, "en")[0]).toMatch(/ranking 7th of 48 ministries and agencies\.$/);
  });

  it("describes falls, unchanged results, grade changes and gaps", () => {
    const at = (change: SummaryFacts["change"]) => summarySentences({ ...bandung, change }, "id")[1];
    expect(
      at({ from: 2023, delta: -0.05, predikatFrom: "A", predikatTo: "A", skipped: null, lokusChanged: null }),
    ).toBe("Turun 0,05 dari 2023.");
    expect(at({ from: 2023, delta: 0, predikatFrom: "A", predikatTo: "A", skipped: null, lokusChanged: null })).toBe(
      "Sama dengan 2023.",
    );
    expect(at({ from: 2023, delta: 0.3, predikatFrom: "A-", predikatTo: "A", skipped: null, lokusChanged: null })).toBe(
      "Naik 0,30 dari 2023, dari A- ke A.",
    );
    expect(at({ from: 2022, delta: 0.2, predikatFrom: "A", predikatTo: "A", skipped: 2023, lokusChanged: null })).toBe(
      "Naik 0,20 dari 2022 (tidak dievaluasi pada 2023).",
    );
    expect(
      summarySentences(
        {
          ...bandung,
          change: { from: 2022, delta: -1.5, predikatFrom: "A", predikatTo: "C", skipped: null, lokusChanged: null },
        },
        "en",
      )[1],
    ).toBe("Down 1.50 from 2022, from A to C.");
  });

  it("handles the first year of the data and a first result", () => {
    expect(summarySentences({ ...bandung, change: null, earlierYear: false }, "id")[1]).toBe(
      "Belum ada tahun sebelumnya untuk dibandingkan.",
    );
    expect(summarySentences({ ...bandung, change: null, earlierYear: true }, "en")[1]).toBe(
      "This is its first result in the dashboard's data.",
    );
  });

  it("on an older edition names the later years as later years, never 'no earlier year' alone beside them", () => {
    const first = {
      ...bandung,
      year: 2022,
      change: null,
      earlierYear: false,
      later: [
        { year: 2023, ipp: 4.58, predikat: "A-" },
        { year: 2024, ipp: 4.7, predikat: "A" },
      ],
    };
    const id = summarySentences(first, "id");
    expect(id.slice(1, 3)).toEqual([
      "PEKPPP 2022 adalah tahun pertama dalam data dasbor, jadi hasil ini tidak dibandingkan dengan tahun sebelumnya.",
      "Sesudah 2022: IPP 4,58 (A-) pada 2023 dan 4,70 (A) pada 2024.",
    ]);
    expect(id.join(" ")).not.toMatch(/Belum ada tahun sebelumnya/);
    expect(summarySentences({ ...first, later: [first.later[1]!] }, "en")[2]).toBe("After 2022: IPP 4.70 (A) in 2024.");
    // A page of the latest edition has no later years: nothing is added.
    expect(summarySentences({ ...bandung, later: [] }, "id")).toEqual(summarySentences(bandung, "id"));
  });

  it("says what is missing for a published-only result", () => {
    const pub = {
      ...bandung,
      result: {
        ...result,
        publishedOnly: true,
        aspects: [],
        topRecommendation: null,
        lokus: null,
        lokusTanpaF03: null,
      },
    };
    const s = summarySentences(pub, "id");
    expect(s).toHaveLength(3);
    expect(s[2]).toBe("Hanya IPP-nya yang dipublikasikan; rincian aspek dan lokus tidak tersedia.");
    expect(s.join(" ")).not.toMatch(/terkuat|indikator/);
  });

  it("says so when lokus had no user survey", () => {
    const one = { ...bandung, result: { ...result, lokusTanpaF03: 1 } };
    expect(summarySentences(one, "id").at(-1)).toBe("1 dari 3 lokusnya dinilai tanpa survei pengguna (F-03).");
    expect(summarySentences(one, "en").at(-1)).toBe("1 of its 3 lokus was scored without a user survey (F-03).");
    expect(summarySentences({ ...bandung, result: { ...result, lokusTanpaF03: 2 } }, "en").at(-1)).toContain(
      "2 of its 3 lokus were scored",
    );
    expect(summarySentences({ ...bandung, result: { ...result, lokusTanpaF03: 3 } }, "id").at(-1)).toMatch(
      /^Semua lokusnya dinilai tanpa survei pengguna/,
    );
  });

  it("writes equal aspects and no recommendation plainly", () => {
    const flat = {
      ...bandung,
      result: {
        ...result,
        aspects: [
          { nama: "A", nilai: 5 },
          { nama: "B", nilai: 5 },
        ],
        topRecommendation: null,
      },
    };
    expect(summarySentences(flat, "id").slice(2)).toEqual(["Semua aspeknya bernilai 5,00."]);
  });

  it("leaves out what it has no figures for: aspects, lokus counts", () => {
    const bare = { ...bandung, result: { ...result, aspects: [], topRecommendation: null, lokusTanpaF03: null } };
    expect(summarySentences(bare, "id")).toEqual(summarySentences(bandung, "id").slice(0, 2));
  });

  it("states a year without evaluation and points to the latest result", () => {
    const none = { ...bandung, result: null, change: null, latestOther: { year: 2023, ipp: 4.12, predikat: "A-" } };
    expect(summarySentences(none, "id")).toEqual([
      "Kota Bandung tidak dievaluasi dalam PEKPPP 2024.",
      "Hasil terbarunya: IPP 4,12 (A-) pada 2023.",
    ]);
    expect(summarySentences({ ...none, latestOther: null }, "en")).toEqual([
      "Kota Bandung was not evaluated in PEKPPP 2024.",
      "The dashboard's data holds no PEKPPP result for it yet.",
    ]);
  });
});

describe("summarize", () => {
  it("keeps the description to whole sentences within the limit", () => {
    const s = summarize(bandung, "id");
    expect(s.text).toBe(summarySentences(bandung, "id").join(" "));
    expect(s.description.length).toBeLessThanOrEqual(300);
    expect(s.text.startsWith(s.description)).toBe(true);
    expect(s.description).toMatch(/\.$/);
    expect(summarize(bandung, "id", 20).description).toBe(summarySentences(bandung, "id")[0]);
    expect(withinLength([])).toBe("");
  });
});

describe("englishOrdinal", () => {
  it("follows English suffixes, teens included", () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111, 112, 514].map(englishOrdinal)).toEqual([
      "1st",
      "2nd",
      "3rd",
      "4th",
      "11th",
      "12th",
      "13th",
      "21st",
      "22nd",
      "23rd",
      "101st",
      "111th",
      "112th",
      "514th",
    ]);
  });
});
