import { describe, expect, it } from "vitest";
import { PALETTE } from "../../../src/lib/format/palette.ts";
import type { MapRegion } from "../../../src/lib/map/join.ts";
import { choroplethSvg } from "../../../src/lib/map/svg.ts";
import { tileLayout } from "../../../src/lib/map/tileGrid.ts";
import { tileGridSvg } from "../../../src/lib/map/tileSvg.ts";

const map = {
  width: 100,
  height: 50,
  mesh: "M1 1l2 2",
  regions: [
    { code: "32.73", d: "M0 0l10 0 0 10z", marker: false },
    { code: "32.04", d: "M20 0l10 0 0 10z", marker: false },
    { code: "99.99", d: "M40 0l3 3-3 3-3-3z", marker: true },
  ],
};
const regions = new Map<string, MapRegion>([
  ["32.73", { code: "32.73", name: "Kota <Bandung> & co", slug: "kota-bandung", predikat: "A-", ipp: 4.12 }],
  ["32.04", { code: "32.04", name: "Kabupaten Bandung", slug: "kabupaten-bandung", predikat: null, ipp: null }],
]);
const href = (r: MapRegion) => (r.slug ? `/instansi/${r.slug}/` : null);

describe("choroplethSvg", () => {
  const svg = choroplethSvg({
    id: "t",
    map,
    regions,
    label: "Peta",
    href,
    title: (r) => `${r.name}: ${r.predikat ?? "–"}`,
  });

  it("draws one path per region with the palette fill and class, inside a link with a title", () => {
    expect(svg.match(/<path d=/g)).toHaveLength(3);
    expect(svg).toContain(
      `<a href="/instansi/kota-bandung/"><title>Kota &lt;Bandung&gt; &amp; co: A-</title><path d="M0 0l10 0 0 10z" fill="${PALETTE["A-"].fill}" class="pk-a-minus" data-kode="32.73"/></a>`,
    );
  });

  it("hatches the not evaluated with a pattern of its own id", () => {
    expect(svg).toContain('<pattern id="t-hatch"');
    expect(svg).toContain('fill="url(#t-hatch)" class="pk-none" data-kode="32.04"');
  });

  it("adds a region's data-* when asked (a province page's map, for its downloads), escaped", () => {
    const withData = choroplethSvg({
      id: "t",
      map,
      regions,
      label: "Peta",
      href,
      title: (r) => r.name,
      data: (r) => ({ nama: r.name, ipp: r.ipp === null ? "" : String(r.ipp), predikat: r.predikat ?? "" }),
    });
    expect(withData).toContain(
      'data-kode="32.73" data-nama="Kota &lt;Bandung&gt; &amp; co" data-ipp="4.12" data-predikat="A-"/>',
    );
    expect(withData).toContain('data-kode="32.04" data-nama="Kabupaten Bandung" data-ipp="" data-predikat=""/>');
    expect(svg).not.toContain("data-nama");
  });

  it("leaves a region without a page unlinked, and marks the diamond", () => {
    expect(svg).toContain(
      '<g><title>99.99: –</title><path d="M40 0l3 3-3 3-3-3z" fill="url(#t-hatch)" class="pk-none marker" data-kode="99.99"/></g>',
    );
  });

  it("draws the mesh once over the regions, hidden from assistive technology, and no inline style", () => {
    expect(svg).toMatch(
      /<path class="map-borders" aria-hidden="true" fill="none" stroke="#[0-9a-f]{6}" d="M1 1l2 2"\/><\/svg>$/,
    );
    expect(svg).toContain('viewBox="0 0 100 50" role="group" aria-label="Peta"');
    expect(svg).not.toMatch(/style=|<style/);
  });
});

describe("tileGridSvg", () => {
  const svg = tileGridSvg({
    id: "g",
    layout: tileLayout(["32", "31"]),
    regions: new Map([
      ["32", { code: "32", name: "Provinsi Jawa Barat", slug: "provinsi-jawa-barat", predikat: "F", ipp: 0.5 }],
    ]),
    label: "Petak",
    href,
    title: (r) => r.name,
  });

  it("prints the ISO code and the letter on each tile, in the tile's text colour", () => {
    expect(svg).toContain(`fill="${PALETTE.F.fill}" class="pk-f" data-kode="32"`);
    expect(svg).toContain(`fill="${PALETTE.F.text}" class="tile-abbr" aria-hidden="true">JB</text>`);
    expect(svg).toContain('data-role="grade" aria-hidden="true">F</text>');
  });

  it("hatches a province without a result and shows a dash, without a link", () => {
    expect(svg).toContain('<g data-tile="31"><title>31</title>');
    expect(svg).toContain('fill="url(#g-hatch)" class="pk-none" data-kode="31"');
    expect(svg).toContain(">–</text>");
    expect(svg).not.toMatch(/style=|<style/);
  });
});
