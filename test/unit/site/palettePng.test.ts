import { inflateSync } from "node:zlib";
import { Resvg } from "@resvg/resvg-js";
import { describe, expect, it } from "vitest";
import { socialCard } from "../../../src/charts/export/index.ts";
import { renderOptions } from "../../../src/pagedata/cards.ts";
import { palettePng } from "../../../src/pagedata/palettePng.ts";

/** A palette PNG read back into RGBA, with the checks a strict decoder makes. */
function decode(png: Uint8Array): { width: number; height: number; rgba: Uint8Array; type: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.length);
  expect([...png.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
  let at = 8;
  let width = 0;
  let height = 0;
  let type = -1;
  let palette: Uint8Array = new Uint8Array(0);
  const data: Uint8Array[] = [];
  const names: string[] = [];
  while (at < png.length) {
    const length = view.getUint32(at);
    const name = String.fromCharCode(...png.subarray(at + 4, at + 8));
    const body = png.subarray(at + 8, at + 8 + length);
    names.push(name);
    if (name === "IHDR") {
      width = view.getUint32(at + 8);
      height = view.getUint32(at + 12);
      type = body[9]!;
    } else if (name === "PLTE") palette = body;
    else if (name === "IDAT") data.push(body);
    at += 12 + length;
  }
  expect(names[0]).toBe("IHDR");
  expect(names.at(-1)).toBe("IEND");
  const rows = inflateSync(Buffer.concat(data));
  expect(rows.length).toBe(height * (width + 1));
  const rgba = new Uint8Array(width * height * 4);
  let bad = 0;
  for (let y = 0; y < height; y++) {
    if (rows[y * (width + 1)] !== 0) bad++; // filter "none" on every row
    for (let x = 0; x < width; x++) {
      const i = rows[y * (width + 1) + 1 + x]!;
      if (i * 3 + 2 >= palette.length) bad++;
      const o = (y * width + x) * 4;
      rgba[o] = palette[i * 3]!;
      rgba[o + 1] = palette[i * 3 + 1]!;
      rgba[o + 2] = palette[i * 3 + 2]!;
      rgba[o + 3] = 255;
    }
  }
  expect(bad).toBe(0);
  return { width, height, rgba, type };
}

describe("palettePng: a social card with a palette", () => {
  it("is the card resvg draws, pixel for pixel, in well under half the bytes", () => {
    const svg = socialCard({
      year: 2024,
      status: "sample",
      kicker: "Kota · Jawa Barat",
      name: "Kota Bandung",
      ipp: 4.7,
      ippLabel: "IPP",
      predikat: { kode: "A", label: "Pelayanan Prima" },
      counts: [
        { kode: "A", n: 40 },
        { kode: "B", n: 300 },
        { kode: "C", n: 200 },
      ],
    });
    const image = new Resvg(svg, renderOptions()).render();
    const png = palettePng(image.pixels, image.width, image.height)!;
    expect(png).toBeDefined();
    const back = decode(png);
    expect([back.type, back.width, back.height]).toEqual([3, 1200, 630]);
    expect(Buffer.from(back.rgba).equals(Buffer.from(image.pixels))).toBe(true);
    expect(png.length).toBeLessThan(image.asPng().length / 2);
  });

  it("declines an image with more than 256 colours, or with transparency", () => {
    const many = new Uint8Array(20 * 20 * 4);
    for (let i = 0; i < 400; i++) many.set([i & 255, i >> 8, 7, 255], i * 4);
    expect(palettePng(many, 20, 20)).toBeUndefined();
    const clear = new Uint8Array(4 * 4 * 4).fill(255);
    clear[7] = 0;
    expect(palettePng(clear, 4, 4)).toBeUndefined();
    expect(() => palettePng(clear, 5, 4)).toThrow(/palettePng/);
  });

  it("reads an image that does not start on a 4-byte boundary", () => {
    const backing = new Uint8Array(1 + 2 * 2 * 4);
    const rgba = backing.subarray(1);
    rgba.set([10, 20, 30, 255, 10, 20, 30, 255, 40, 50, 60, 255, 10, 20, 30, 255]);
    expect([...decode(palettePng(rgba, 2, 2)!).rgba]).toEqual([...rgba]);
  });
});
