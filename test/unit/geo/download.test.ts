import { mkdtemp, readFile, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { gzipSync } from "node:zlib";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { tarEntries } from "../../../src/lib/geo/tar.ts";
import { downloadToCache, extractPinned } from "../../../scripts/geo/download.ts";
import { CACHE_NAME, PINNED_SHA256, TARBALL_URL, UPSTREAM } from "../../../scripts/geo/pinned.ts";
import { sha256, verifyDir, verifyFiles } from "../../../scripts/geo/verify.ts";
import { makeTar, paxRecord } from "./tarFixture.ts";

const enc = new TextEncoder();

/** Recomputes the checksum of the header at `at` after a test changed it. */
function rechecksum(tar: Uint8Array, at: number): void {
  const h = tar.subarray(at, at + 512);
  h.fill(32, 148, 156);
  const sum = h.reduce((a, b) => a + b, 0);
  h.set(enc.encode(`${sum.toString(8).padStart(6, "0")}\0 `), 148);
}
const ROOT = `wilayah_boundaries-${UPSTREAM.commit}`;
const files = { LICENSE: "MIT License\n", "db/kab/wilayah_boundaries_kab_11.sql": "INSERT …;\n" };
const manifest = Object.fromEntries(Object.entries(files).map(([p, t]) => [p, sha256(enc.encode(t))]));

/** Shaped like a GitHub archive: a global pax header, then everything under <repo>-<commit>/. */
function archive(overrides: Record<string, string> = {}): Uint8Array<ArrayBuffer> {
  const content = { ...files, ...overrides };
  return gzipSync(
    makeTar([
      { path: "pax_global_header", flag: "g", data: paxRecord("comment", UPSTREAM.commit) },
      { path: `${ROOT}/`, flag: "5" },
      { path: `${ROOT}/LICENSE`, data: content.LICENSE },
      { path: `${ROOT}/README.md`, data: "# wilayah_boundaries\n" },
      {
        path: `${ROOT}/db/kab/wilayah_boundaries_kab_11.sql`,
        data: content["db/kab/wilayah_boundaries_kab_11.sql"],
        usePrefix: true,
      },
      { path: `${ROOT}/db/desa/huge.sql`, data: "not wanted" },
    ]),
  );
}

describe("pinned source", () => {
  it("pins the commit of the issue and one SHA-256 per file the build reads", () => {
    expect(UPSTREAM.commit).toBe("3c5a7960f4d227a38489094d84252bdbb3f978a5");
    expect(TARBALL_URL).toBe(`https://codeload.github.com/cahyadsn/wilayah_boundaries/tar.gz/${UPSTREAM.commit}`);
    const paths = Object.keys(PINNED_SHA256);
    expect(paths.filter((p) => p.startsWith("db/kab/"))).toHaveLength(38);
    expect(paths.filter((p) => p.startsWith("db/prov/"))).toHaveLength(8);
    expect(paths).toContain("LICENSE");
    expect(Object.values(PINNED_SHA256).every((h) => /^[0-9a-f]{64}$/.test(h))).toBe(true);
  });
});

describe("tarEntries", () => {
  it("reads names from the name field, the ustar prefix, pax and GNU long-name records", () => {
    const long = `${ROOT}/db/${"x".repeat(120)}.sql`;
    const tar = makeTar([
      { path: "a/b.txt", data: "one" },
      { path: "a/deep/c.txt", data: "two", usePrefix: true },
      { path: "PaxHeader", flag: "x", data: paxRecord("path", long) },
      { path: long.slice(0, 100), data: "three" },
      { path: "././@LongLink", flag: "L", data: `${long}2\0` },
      { path: "short", data: "four" },
      { path: "a/", flag: "5" },
    ]);
    const entries = [...tarEntries(tar)].map((e) => [e.path, e.type, new TextDecoder().decode(e.data)]);
    expect(entries).toEqual([
      ["a/b.txt", "file", "one"],
      ["a/deep/c.txt", "file", "two"],
      [long, "file", "three"],
      [`${long}2`, "file", "four"],
      ["a/", "directory", ""],
    ]);
  });

  it("reads a name filling its whole field, a pax header without a path, a link as other, an empty size as 0", () => {
    const hundred = `a/${"n".repeat(98)}`;
    const tar = makeTar([
      { path: hundred, data: "one" },
      { path: "PaxHeader", flag: "x", data: paxRecord("mtime", "1700000000") },
      { path: "b.txt", data: "two" },
      { path: "link", flag: "2" },
    ]);
    // The link's size field left empty rather than zero-filled (its checksum fixed to match).
    const link = 3 * 512 + 512 + 512 + 512;
    expect(new TextDecoder().decode(tar.subarray(link, link + 4))).toBe("link");
    tar.fill(0, link + 124, link + 136);
    rechecksum(tar, link);
    expect([...tarEntries(tar)].map((e) => [e.path, e.type, e.data.length])).toEqual([
      [hundred, "file", 3],
      ["b.txt", "file", 3],
      ["link", "other", 0],
    ]);
  });

  it("refuses a size field that is not octal, naming where", () => {
    const tar = makeTar([{ path: "a.txt", data: "x" }]);
    tar.set(new TextEncoder().encode("00000000009\0"), 124);
    rechecksum(tar, 0);
    expect(() => [...tarEntries(tar)]).toThrow("tar: ukuran tidak terbaca di byte 0");
  });

  it("refuses a damaged header or a truncated archive", () => {
    const tar = makeTar([{ path: "a.txt", data: "x".repeat(600) }]);
    const damaged = tar.slice();
    damaged[0] = 0x42;
    expect(() => [...tarEntries(damaged)]).toThrow(/header rusak/);
    expect(() => [...tarEntries(tar.subarray(0, 700))]).toThrow(/terpotong/);
  });
});

describe("verifyFiles: SHA-256 before use", () => {
  it("accepts exactly the pinned content", () => {
    const got = new Map(Object.entries(files).map(([p, t]) => [p, enc.encode(t)]));
    expect(verifyFiles(got, manifest)).toEqual({ ok: true, missing: [], mismatched: [] });
  });

  it("names missing and changed files", () => {
    const got = new Map([["LICENSE", enc.encode("MIT License, changed\n")]]);
    expect(verifyFiles(got, manifest)).toEqual({
      ok: false,
      missing: ["db/kab/wilayah_boundaries_kab_11.sql"],
      mismatched: ["LICENSE"],
    });
  });

  it("checks the hex case-insensitively and against the real list by default", () => {
    const upper = Object.fromEntries(Object.entries(manifest).map(([p, h]) => [p, h.toUpperCase()]));
    expect(verifyFiles(new Map(Object.entries(files).map(([p, t]) => [p, enc.encode(t)])), upper).ok).toBe(true);
    expect(verifyFiles(new Map()).missing).toHaveLength(Object.keys(PINNED_SHA256).length);
  });
});

describe("extractPinned and downloadToCache (fetch stubbed: no network)", () => {
  let cache: string;
  beforeEach(async () => {
    cache = await mkdtemp(`${tmpdir()}/geo-cache-`);
  });
  afterEach(async () => {
    await rm(cache, { recursive: true, force: true });
  });

  it("keeps only the pinned files (and README.md), without the archive's top directory", () => {
    expect([...extractPinned(archive(), manifest).keys()].sort()).toEqual([
      "LICENSE",
      "README.md",
      "db/kab/wilayah_boundaries_kab_11.sql",
    ]);
  });

  it("refuses an archive whose content differs from the pinned SHA-256", () => {
    expect(() => extractPinned(archive({ LICENSE: "tampered\n" }), manifest)).toThrow(/tidak cocok.*LICENSE/);
  });

  it("unpacks a verified archive into data/.cache/<name>/ and leaves nothing half-written", async () => {
    const fetchImpl = (async () => new Response(archive())) as unknown as typeof fetch;
    const dir = await downloadToCache(cache, { fetchImpl, manifest });
    expect(dir).toBe(`${cache}/${CACHE_NAME}`);
    expect(await readdir(cache)).toEqual([CACHE_NAME]);
    expect(await readFile(`${dir}/LICENSE`, "utf8")).toBe(files.LICENSE);
    expect((await verifyDir(dir, manifest)).ok).toBe(true);
  });

  it("writes nothing when verification fails or the server answers an error", async () => {
    const bad = (async () => new Response(archive({ LICENSE: "tampered\n" }))) as unknown as typeof fetch;
    await expect(downloadToCache(cache, { fetchImpl: bad, manifest })).rejects.toThrow(/SHA-256/);
    const missing = (async () => new Response("no", { status: 404 })) as unknown as typeof fetch;
    await expect(downloadToCache(cache, { fetchImpl: missing, manifest })).rejects.toThrow(/HTTP 404/);
    expect(await readdir(cache)).toEqual([]);
  });

  it("gives up after the timeout", async () => {
    const hang = ((_url: string, init: RequestInit) =>
      new Promise((_, reject) =>
        init.signal!.addEventListener("abort", () => reject(init.signal!.reason)),
      )) as unknown as typeof fetch;
    await expect(downloadToCache(cache, { fetchImpl: hang, manifest, timeoutMs: 20 })).rejects.toThrow(
      /timeout|aborted/i,
    );
  });
});
