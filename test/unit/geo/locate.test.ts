import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { downloadToCache } from "../../../scripts/geo/download.ts";
import { locateSource, type LocateOptions } from "../../../scripts/geo/locate.ts";
import { CACHE_NAME, PINNED_SHA256, TARBALL_URL, UPSTREAM } from "../../../scripts/geo/pinned.ts";
import { HAS_SOURCE, SKIP_NOTE, SOURCE_DIR } from "./realSource.ts";
import { makeTar } from "./tarFixture.ts";

describe.skipIf(!HAS_SOURCE)(`source order with the real files${HAS_SOURCE ? "" : ` (${SKIP_NOTE})`}`, () => {
  let tmp: string;
  let tarGz: Uint8Array<ArrayBuffer>;
  beforeAll(async () => {
    tmp = await mkdtemp(`${tmpdir()}/geo-locate-`);
    // A stand-in for GitHub's archive of the pinned commit, built from the shared copy.
    const root = `wilayah_boundaries-${UPSTREAM.commit}`;
    const entries = await Promise.all(
      Object.keys(PINNED_SHA256).map(async (p) => ({
        path: `${root}/${p}`,
        data: await readFile(`${SOURCE_DIR}/${p}`),
      })),
    );
    tarGz = gzipSync(makeTar(entries));
  });
  afterAll(async () => {
    await rm(tmp, { recursive: true, force: true });
  });

  const options = (over: Partial<LocateOptions>): LocateOptions => ({
    root: tmp,
    source: undefined,
    boundariesDir: undefined,
    sharedDir: `${tmp}/no-shared`,
    cacheDir: `${tmp}/cache`,
    offline: false,
    download: async () => {
      throw new Error("no network in tests");
    },
    log: () => {},
    ...over,
  });

  it("prefers BOUNDARIES_DIR, then the shared copy", async () => {
    const both = options({ boundariesDir: SOURCE_DIR, sharedDir: SOURCE_DIR });
    expect((await locateSource(both)).found?.kind).toBe("env");
    expect((await locateSource({ ...both, boundariesDir: undefined })).found?.kind).toBe("shared");
  });

  it("downloads the pinned commit into the cache, verified, and uses the cache next time", async () => {
    let downloads = 0;
    const fetchImpl = (async (url: string) => {
      downloads++;
      expect(url).toBe(TARBALL_URL);
      return new Response(tarGz);
    }) as unknown as typeof fetch;
    const o = options({ download: (dir) => downloadToCache(dir, { fetchImpl }) });
    const first = await locateSource(o);
    expect(first.found).toMatchObject({ kind: "download", location: TARBALL_URL, path: `${tmp}/cache/${CACHE_NAME}` });
    expect(first.tried.map((t) => t.kind)).toEqual(["shared", "cache"]);
    const second = await locateSource(o);
    expect(second.found).toMatchObject({ kind: "cache", location: `cache/${CACHE_NAME}` });
    expect(downloads).toBe(1);
    for (const p of ["LICENSE", "db/prov/wilayah_boundaries_prov_6.sql"])
      expect(await readFile(`${tmp}/cache/${CACHE_NAME}/${p}`, "utf8")).toBe(
        await readFile(`${SOURCE_DIR}/${p}`, "utf8"),
      );
  });
});
