import { appendFile, mkdir, readdir, readFile, rm, unlink, writeFile } from "node:fs/promises";
import { afterEach, describe, expect, it } from "vitest";
import { generateSample } from "../../../scripts/sample/run.ts";
import { tempDir } from "./build.ts";

const dirs: string[] = [];
const fresh = async () => {
  const d = await tempDir("own");
  dirs.push(d);
  return d;
};
afterEach(() => Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true }))));
const once = async (out: string, force = false) => (await generateSample({ out, years: [2022], force }))[0]!;

describe("never overwriting data that is not the generator's", () => {
  it("leaves a year directory without the sample marker untouched", async () => {
    const out = await fresh();
    const real = "kode_instansi,lokus,indikator,nilai\n32,Dinas Sosial,1,5\n";
    await mkdir(`${out}/2022/pekppp`, { recursive: true });
    await writeFile(`${out}/2022/pekppp/f02.csv`, real);
    const r = await once(out, true);
    expect(r.status).toBe("dilewati");
    expect(await readFile(`${out}/2022/pekppp/f02.csv`, "utf8")).toBe(real);
    expect(await readdir(`${out}/2022`)).toEqual(["pekppp"]);
    expect((await readdir(out)).filter((n) => n.startsWith("."))).toEqual([]); // no scratch left behind
  });

  it("leaves its own directory alone once someone has edited a file or added one", async () => {
    const out = await fresh();
    expect((await once(out)).status).toBe("dibuat");
    await appendFile(`${out}/2022/pekppp/f02.csv`, "32,Dinas Sosial,1,5\n");
    const edited = await readFile(`${out}/2022/pekppp/f02.csv`, "utf8");
    expect((await once(out, true)).status).toBe("dilewati");
    expect(await readFile(`${out}/2022/pekppp/f02.csv`, "utf8")).toBe(edited);

    const other = await fresh();
    await once(other);
    await writeFile(`${other}/2022/pekppp/hasil.csv`, "kode_instansi,ipp\n32,4.76\n");
    expect((await once(other, true)).status).toBe("dilewati");
    expect(await readFile(`${other}/2022/pekppp/hasil.csv`, "utf8")).toContain("4.76");
  });

  it("skips its own up-to-date output, regenerates it identically with --force, and repairs a deleted file", async () => {
    const out = await fresh();
    await once(out);
    const before = await readFile(`${out}/2022/pekppp/f03.csv`, "utf8");
    expect((await once(out)).status).toBe("mutakhir");
    expect((await once(out, true)).status).toBe("dibuat");
    expect(await readFile(`${out}/2022/pekppp/f03.csv`, "utf8")).toBe(before);
    await unlink(`${out}/2022/pekppp/f03.csv`);
    expect((await once(out)).status).toBe("dibuat");
    expect(await readFile(`${out}/2022/pekppp/f03.csv`, "utf8")).toBe(before);
  });

  it("writes into an empty year directory", async () => {
    const out = await fresh();
    await mkdir(`${out}/2022`);
    expect((await once(out)).status).toBe("dibuat");
  });
});
