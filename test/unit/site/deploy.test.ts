import { describe, expect, it } from "vitest";
import { absoluteUrl, normaliseBase, parseDeploy } from "../../../src/lib/site/deploy.ts";

describe("publishing settings (BASE_PATH, SITE_URL)", () => {
  it("defaults to the root of a host with no public address", () => {
    expect(parseDeploy({})).toEqual({ base: "/", origin: null });
    expect(parseDeploy({ BASE_PATH: "", SITE_URL: "  " })).toEqual({ base: "/", origin: null });
  });

  it("accepts a sub-path written any usual way", () => {
    for (const raw of ["/ipp/", "ipp", "/ipp", "ipp/", " /ipp/ "]) expect(normaliseBase(raw)).toBe("/ipp/");
    expect(normaliseBase("/a/b")).toBe("/a/b/");
    expect(normaliseBase("/")).toBe("/");
  });

  it("refuses a base that is not a plain path, naming the setting", () => {
    for (const raw of ["https://x.id/ipp/", "/ipp/?a=1", "/ipp/#x", "/../ipp/", "/i p p/"])
      expect(() => normaliseBase(raw), raw).toThrow(/BASE_PATH/);
  });

  it("takes the base from SITE_URL's path when BASE_PATH is unset", () => {
    expect(parseDeploy({ SITE_URL: "https://example.go.id/ipp/" })).toEqual({
      base: "/ipp/",
      origin: "https://example.go.id",
    });
    expect(parseDeploy({ SITE_URL: "https://example.go.id" })).toEqual({ base: "/", origin: "https://example.go.id" });
    expect(parseDeploy({ SITE_URL: "https://example.go.id/", BASE_PATH: "/ipp/" })).toEqual({
      base: "/ipp/",
      origin: "https://example.go.id",
    });
  });

  it("refuses a SITE_URL that is not an http(s) address, or disagrees with BASE_PATH", () => {
    expect(() => parseDeploy({ SITE_URL: "example.go.id" })).toThrow(/SITE_URL/);
    expect(() => parseDeploy({ SITE_URL: "ftp://example.go.id/" })).toThrow(/https/);
    expect(() => parseDeploy({ SITE_URL: "https://example.go.id/?x=1" })).toThrow(/SITE_URL/);
    expect(() => parseDeploy({ SITE_URL: "https://example.go.id/a/", BASE_PATH: "/b/" })).toThrow(/tidak cocok/);
  });

  it("makes absolute URLs only with SITE_URL", () => {
    const d = parseDeploy({ SITE_URL: "https://example.go.id/ipp/" });
    expect(absoluteUrl(d, "/ipp/2024/peringkat/")).toBe("https://example.go.id/ipp/2024/peringkat/");
    expect(() => absoluteUrl(d, "/2024/peringkat/")).toThrow(/\/ipp\//);
    expect(absoluteUrl(parseDeploy({ BASE_PATH: "/ipp/" }), "/ipp/2024/")).toBeNull();
  });
});
