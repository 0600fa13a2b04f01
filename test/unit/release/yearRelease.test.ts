import { describe, expect, it } from "vitest";
import { missingFrozenYears, yearInputFiles, yearRelease } from "../../../src/lib/release/yearRelease.ts";
import { FileTally, formatIssue } from "../../../src/lib/validate/issues.ts";
import { memoryEffects } from "../../support/memoryEffects.ts";

const outputs = new Map([
  ["pekppp-instansi.json", JSON.stringify({ instansi: [{ kode_instansi: "32.73", ipp: 4.7 }] })],
]);
const year = { "in/2024/tahun.json": "{}", "in/2024/pekppp/f02.csv": "x", "in/2024/.sampel.json": "{}" };
const run = (files: Record<string, string>, hash = false) =>
  yearRelease({
    input: "in",
    tahun: 2024,
    effects: memoryEffects({ ...year, ...files }),
    outputs,
    now: { status: "sample", profil: "pekppp-2022", keputusan: null },
    nameOf: () => undefined,
    hash,
  });
const messages = (r: Awaited<ReturnType<typeof run>>) => r.tallies.flatMap((t) => t.issues.map(formatIssue));

describe("the release side of a year's build", () => {
  it("is a draft without a record: no error, inputs hashed only when asked (hidden files aside)", async () => {
    const draft = await run({});
    expect(draft.release.record).toBeNull();
    expect(draft.release.inputs).toBeNull();
    expect(messages(draft)).toEqual([]);
    const asked = await run({}, true);
    expect([...asked.release.inputs!.keys()]).toEqual(["pekppp/f02.csv", "tahun.json"]);
    expect(await yearInputFiles(memoryEffects(year), "in/2024")).toEqual(["pekppp/f02.csv", "tahun.json"]);
  });

  it("refuses a record or errata file that is not valid, names the file, and does not check against it", async () => {
    expect(messages(await run({ "in/rilis/2024.json": "{" }))[0]).toMatch(
      /^GALAT in\/rilis\/2024\.json: bukan JSON yang sah/,
    );
    expect(messages(await run({ "in/rilis/2024.json": '{"tahun": 2024}' }))[0]).toMatch(
      /^GALAT in\/rilis\/2024\.json: schemaVersion/,
    );
    expect(messages(await run({ "in/rilis/2024.json/x": "" }))).toEqual([
      "GALAT in/rilis/2024.json: berkas ditolak: adalah folder, bukan berkas",
    ]);
  });

  it("refuses errata for a year that is not frozen, and a file for another year", async () => {
    const errata = JSON.stringify({ schemaVersion: 1, tahun: 2023, ralat: [] });
    expect(messages(await run({ "in/ralat/2024.json": errata }))).toEqual([
      "GALAT in/ralat/2024.json, kolom tahun: berkas ini untuk tahun 2023, bukan 2024",
      "GALAT in/ralat/2024.json: tahun 2024 belum dibekukan: ralat hanya untuk edisi yang sudah terbit (jalankan dulu npm run release -- 2024)",
    ]);
  });

  it("refuses a frozen edition whose year folder is gone", async () => {
    const tally = new FileTally("in");
    const effects = memoryEffects({
      ...year,
      "in/rilis/2023.json": "{}",
      "in/rilis/2024.json": "{}",
      "in/ralat/2023.json": "{}",
    });
    await missingFrozenYears("in", [2024], effects, tally);
    expect(tally.issues.map(formatIssue)).toEqual([
      "GALAT in: rilis/2023.json: edisi 2023 sudah dibekukan, tetapi folder 2023/ tidak ada: masukan edisi terbit tidak boleh hilang",
      "GALAT in: ralat/2023.json: edisi 2023 sudah dibekukan, tetapi folder 2023/ tidak ada: masukan edisi terbit tidak boleh hilang",
    ]);
  });
});
