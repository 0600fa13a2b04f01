/**
 * The tile-grid map as an SVG string: one square per province with its ISO
 * code and its predikat letter printed on it (never colour alone), inside a
 * link to the province's page. The browser script recolours the tiles in
 * place when the reader picks another year (data-kode, data-role hooks).
 */
import { hatchPattern, textColorOf } from "../format/palette.ts";
import { predikatClass } from "../view/predikatClass.ts";
import type { MapRegion } from "./join.ts";
import { escapeXml, fillOf } from "./svg.ts";
import type { TileLayout } from "./tileGrid.ts";

export interface TileGridSvgOptions {
  readonly id: string;
  readonly layout: TileLayout;
  readonly regions: ReadonlyMap<string, MapRegion>;
  readonly label: string;
  readonly href: (r: MapRegion) => string | null;
  readonly title: (r: MapRegion) => string;
}

export function tileGridSvg(o: TileGridSvgOptions): string {
  const hatchId = `${o.id}-hatch`;
  const s = o.layout.size;
  const tiles = o.layout.tiles
    .map((t) => {
      const r = o.regions.get(t.code) ?? { code: t.code, name: t.code, slug: null, predikat: null, ipp: null };
      const ink = textColorOf(r.predikat);
      const tile =
        `<title>${escapeXml(o.title(r))}</title>` +
        `<rect x="${t.x}" y="${t.y}" width="${s}" height="${s}" rx="4" fill="${fillOf(r.predikat, hatchId)}" class="${predikatClass(r.predikat)}" data-kode="${t.code}"/>` +
        `<text x="${t.x + s / 2}" y="${t.y + s * 0.42}" fill="${ink}" class="tile-abbr" aria-hidden="true">${t.abbr}</text>` +
        `<text x="${t.x + s / 2}" y="${t.y + s * 0.8}" fill="${ink}" class="tile-grade" data-role="grade" aria-hidden="true">${r.predikat ?? "–"}</text>`;
      const href = o.href(r);
      return href
        ? `<a href="${escapeXml(href)}" data-tile="${t.code}">${tile}</a>`
        : `<g data-tile="${t.code}">${tile}</g>`;
    })
    .join("");
  return (
    `<svg class="tile-grid" id="${o.id}" viewBox="0 0 ${o.layout.width} ${o.layout.height}" role="group" aria-label="${escapeXml(o.label)}">` +
    `<defs>${hatchPattern(hatchId)}</defs>${tiles}</svg>`
  );
}
