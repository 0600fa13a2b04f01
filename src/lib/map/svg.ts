/**
 * The server-rendered choropleth as an SVG string: one <path> per region,
 * inside a link to its page when it has one, with a <title> giving name,
 * letter and IPP. Colours are presentation attributes (fill="#…"), which the
 * Content Security Policy allows, unlike style="…"; the predikat class rides
 * along for CSS and tests. Not evaluated is filled with the hatch pattern.
 */
import { MARK_OUTLINE, colorOf, hatchPattern } from "../format/palette.ts";
import { predikatClass } from "../view/predikatClass.ts";
import type { MapRegion } from "./join.ts";
import type { ProjectedMap } from "./project.ts";

export const escapeXml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export interface ChoroplethSvgOptions {
  /** Unique within the page: prefixes the hatch pattern's id. */
  readonly id: string;
  readonly map: ProjectedMap;
  readonly regions: ReadonlyMap<string, MapRegion>;
  /** Accessible name of the whole drawing. */
  readonly label: string;
  /** Link of a region, or null for none. */
  readonly href: (r: MapRegion) => string | null;
  /** Text of a region's <title>. */
  readonly title: (r: MapRegion) => string;
  /**
   * Extra data-* attributes of a region's path (name without "data-"), e.g.
   * its figures for the map's CSV download where the page has no other copy.
   */
  readonly data?: (r: MapRegion) => Readonly<Record<string, string>>;
}

/** The fill of a region: its palette colour, or the page's hatch pattern. */
export function fillOf(predikat: string | null, hatchId: string): string {
  return predikat === null ? `url(#${hatchId})` : colorOf(predikat);
}

export function choroplethSvg(o: ChoroplethSvgOptions): string {
  const hatchId = `${o.id}-hatch`;
  const body = o.map.regions
    .map((p) => {
      const r = o.regions.get(p.code) ?? { code: p.code, name: p.code, slug: null, predikat: null, ipp: null };
      const extra = Object.entries(o.data?.(r) ?? {})
        .map(([k, v]) => ` data-${k}="${escapeXml(v)}"`)
        .join("");
      const path = `<path d="${p.d}" fill="${fillOf(r.predikat, hatchId)}" class="${predikatClass(r.predikat)}${p.marker ? " marker" : ""}" data-kode="${escapeXml(p.code)}"${extra}/>`;
      const title = `<title>${escapeXml(o.title(r))}</title>`;
      const href = o.href(r);
      return href ? `<a href="${escapeXml(href)}">${title}${path}</a>` : `<g>${title}${path}</g>`;
    })
    .join("");
  // The mesh (e.g. province borders over kab/kota) is drawn over the regions, once.
  const borders = o.map.mesh
    ? `<path class="map-borders" aria-hidden="true" fill="none" stroke="${MARK_OUTLINE}" d="${o.map.mesh}"/>`
    : "";
  return (
    `<svg class="map-svg" id="${o.id}" viewBox="0 0 ${o.map.width} ${o.map.height}" role="group" aria-label="${escapeXml(o.label)}" fill-rule="evenodd">` +
    `<defs>${hatchPattern(hatchId)}</defs>` +
    `<g class="map-regions" stroke="#ffffff">${body}</g>${borders}</svg>`
  );
}
