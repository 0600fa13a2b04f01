/**
 * A server-rendered map of the tiers of another evaluation (MPP, Ramah
 * Kelompok Rentan): one <path> per region, filled with its tier's colour,
 * or hatched grey when the region has no evaluated unit — drawn distinctly
 * from the lowest tier, never as one. Each region has a <title>; one with a
 * page links to it. Colours are presentation attributes (the CSP forbids
 * style attributes).
 */
import { MARK_OUTLINE, hatchPattern } from "../format/palette.ts";
import type { ProjectedMap } from "./project.ts";
import { escapeXml } from "./svg.ts";

export interface TierRegion {
  /** Fill colour of its tier, or null: no evaluated unit (hatched). */
  readonly fill: string | null;
  /** CSS class (e.g. tier-0, tanpa-unit), for tests and print. */
  readonly cls: string;
  readonly title: string;
  readonly href: string | null;
}

export function tierMapSvg(o: {
  id: string;
  map: ProjectedMap;
  label: string;
  region: (code: string) => TierRegion;
}): string {
  const hatchId = `${o.id}-hatch`;
  const body = o.map.regions
    .map((p) => {
      const r = o.region(p.code);
      const fill = r.fill ?? `url(#${hatchId})`;
      const path = `<path d="${p.d}" fill="${fill}" class="${r.cls}${p.marker ? " marker" : ""}" data-kode="${escapeXml(p.code)}"/>`;
      const title = `<title>${escapeXml(r.title)}</title>`;
      return r.href ? `<a href="${escapeXml(r.href)}">${title}${path}</a>` : `<g>${title}${path}</g>`;
    })
    .join("");
  const borders = o.map.mesh
    ? `<path class="map-borders" aria-hidden="true" fill="none" stroke="${MARK_OUTLINE}" d="${o.map.mesh}"/>`
    : "";
  return (
    `<svg class="map-svg" id="${o.id}" viewBox="0 0 ${o.map.width} ${o.map.height}" role="group" aria-label="${escapeXml(o.label)}" fill-rule="evenodd">` +
    `<defs>${hatchPattern(hatchId)}</defs>` +
    `<g class="map-regions" stroke="#ffffff">${body}</g>${borders}</svg>`
  );
}
