// The Leaflet choropleth: one GeoJSON layer per level, coloured from the
// year table, with a tooltip (name, letter, label, IPP) on hover and on
// keyboard focus, a highlight drawn in its own pane (re-ordering the paths
// would scramble the tab order), Enter or click to the instansi page. No tile
// layer unless one was configured at build time: a plain background, and no
// request leaves the site.
import L from "leaflet";
import { feature, mesh } from "topojson-client";
import type { GeometryCollection, GeometryObject, Topology } from "topojson-specification";
import type { Geometry } from "geojson";
import { MARK_OUTLINE, colorOf, hatchPattern } from "../../lib/format/palette.ts";
import { gradeText, regionText } from "../../lib/map/label.ts";
import type { MapLevel } from "../../lib/map/topology.ts";
import type { Regions } from "./regions.ts";
import { previewContent, tapPreview } from "./preview.ts";

type Props = { code: string; name: string };
type RegionFeature = GeoJSON.Feature<Geometry, Props>;
/** Leaflet makes a Polygon for each Polygon/MultiPolygon feature. */
type RegionLayer = L.Polygon & { feature: RegionFeature };

const HATCH_ID = "peta-live-hatch";

export interface LiveMap {
  readonly map: L.Map;
  setYear(year: number): void;
  setLevel(level: MapLevel): void;
  /**
   * Draws a level's regions in the background, in slices, so switching to it
   * is instant; called when the reader reaches for the level switch, not on
   * load (a phone loading the page has better things to do).
   */
  prepareLevel(level: MapLevel): void;
  /** Shows the level of the region, fits the map to it and focuses it (which opens its tooltip). */
  zoomTo(code: string): boolean;
}

const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * Time per drawing step (ms): between steps the browser gets the main thread
 * back. A phone is several times slower than the machine the budget is felt
 * on (Lighthouse simulates 4×), so a step stays far below the 50 ms of a long task.
 */
const SLICE_MS = 5;
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function createLiveMap(
  el: HTMLElement,
  topo: Topology,
  regions: Regions,
  startYear: number,
): Promise<LiveMap> {
  const cfg = regions.config;
  let year = startYear;
  let level: MapLevel = cfg.level;
  // Fine zoom steps so Indonesia fills the frame it is fitted to, also on a phone (minZoom below that fit).
  const map = L.map(el, { zoomSnap: 0.1, zoomDelta: 0.5, minZoom: 2, maxZoom: 12 });
  map.attributionControl.setPrefix('<a href="https://leafletjs.com" hreflang="en">Leaflet</a>');
  map.attributionControl.addAttribution(escapeHtml(cfg.attribution));
  if (cfg.tileUrl) L.tileLayer(cfg.tileUrl, { attribution: escapeHtml(cfg.tileAttribution ?? "") }).addTo(map);
  // The sample-data notice sits inside the map frame (top right, clear of the zoom buttons and the credit), so a screenshot keeps it.
  if (cfg.text.sample) {
    const notice = new L.Control({ position: "topright" });
    notice.onAdd = () => {
      const p = L.DomUtil.create("p", "peta-sample-notice");
      p.textContent = `⚠ ${cfg.text.sample}`;
      return p;
    };
    notice.addTo(map);
  }
  map.createPane("peta-borders").classList.add("peta-noevents");
  map.createPane("peta-highlight").classList.add("peta-noevents");

  const geometries = (name: MapLevel) => (topo.objects[name] as GeometryCollection<Props>).geometries;
  const paths = new Map<string, RegionLayer>();
  const text = (f: RegionFeature) => {
    const info = regions.info(f.properties.code, f.properties.name);
    const fig = regions.figures(info.code, year);
    return { info, fig, label: regions.label(fig.predikat) };
  };
  // Thinner lines on a small screen: at phone size 0.6 px borders would cover the small regions.
  // Measured once: reading the width inside the style function would force a layout per region drawn.
  const narrow = el.clientWidth < 640;
  const thin = () => narrow;
  const styleOf =
    (lvl: MapLevel) =>
    (f?: RegionFeature): L.PathOptions => {
      const p = f ? regions.figures(f.properties.code, year).predikat : null;
      return {
        className: "peta-region",
        fillColor: p ? colorOf(p) : `url(#${HATCH_ID})`,
        fillOpacity: 1,
        color: lvl === "kabkota" ? "#ffffff" : MARK_OUTLINE,
        weight: lvl === "kabkota" ? (thin() ? 0.3 : 0.6) : thin() ? 0.5 : 1,
        opacity: 1,
      };
    };

  const highlight = L.geoJSON(undefined, {
    pane: "peta-highlight",
    interactive: false,
    style: { fill: false, color: "#000000", weight: 3, opacity: 1 },
  }).addTo(map);
  const show = (f: RegionFeature) => highlight.clearLayers().addData(f);
  const hide = () => highlight.clearLayers();
  const go = (f: RegionFeature, newTab = false) => {
    const href = regions.href(f.properties.code, year);
    if (!href) return;
    if (newTab) window.open(href, "_blank", "noopener");
    else location.assign(href);
  };
  // A tap shows a preview with a link (./preview.ts, shared with the drawn maps) just below the map
  // (#peta-pratinjau): whole on the smallest frame, never under the finger. A second tap opens the page.
  const panel = document.getElementById("peta-pratinjau");
  const preview = panel ? tapPreview(el, panel, cfg.text.openPage) : null;
  const closePreview = () => preview?.close();
  const content = (f: RegionFeature) => {
    const { info, fig, label } = text(f);
    return {
      name: info.name,
      predikat: fig.predikat,
      detail: gradeText(fig, cfg.lang, label, cfg.text.notEvaluated),
      href: regions.href(f.properties.code, year),
    };
  };
  const openPreview = (f: RegionFeature) => {
    if (!preview) return go(f);
    paths.get(f.properties.code)?.closeTooltip();
    preview.open(f.properties.code, content(f));
  };
  map.on("click", (e: L.LeafletMouseEvent) => {
    // A tap on the sea (not on a region) closes the preview.
    if (!(e.originalEvent.target as Element | null)?.classList?.contains("peta-region")) closePreview();
  });
  const tooltip = (f: RegionFeature) => previewContent(content(f));
  const decorate = (layer: RegionLayer) => {
    const path = layer.getElement();
    if (!path) return;
    const { info, fig, label } = text(layer.feature);
    path.setAttribute("tabindex", "0");
    path.setAttribute("role", info.slug ? "link" : "img");
    path.setAttribute("aria-label", regionText({ ...fig, name: info.name }, cfg.lang, label, cfg.text.notEvaluated));
    path.setAttribute("data-kode", info.code);
  };

  const layerOf = (lvl: MapLevel) =>
    L.geoJSON(undefined, {
      style: styleOf(lvl) as L.StyleFunction,
      onEachFeature: (f: RegionFeature, layer) => {
        const path = layer as RegionLayer;
        paths.set(f.properties.code, path);
        path.bindTooltip(() => tooltip(f), { sticky: true, direction: "top", className: "peta-tooltip" });
        path.on({
          add: () => {
            decorate(path);
            const node = path.getElement() as SVGElement | undefined;
            node?.addEventListener("focus", () => {
              show(f);
              const bounds = path.getBounds();
              if (!map.getBounds().contains(bounds.getCenter())) map.panTo(bounds.getCenter(), { animate: false });
              path.openTooltip(bounds.getCenter());
            });
            node?.addEventListener("blur", () => (hide(), path.closeTooltip()));
            node?.addEventListener("keydown", (e) => {
              if ((e as KeyboardEvent).key === "Enter") go(f);
            });
          },
          mouseover: () => show(f),
          mouseout: hide,
          click: (e: L.LeafletMouseEvent) => {
            if (preview?.wantsPreview(f.properties.code)) {
              show(f);
              openPreview(f);
            } else go(f, e.originalEvent.ctrlKey || e.originalEvent.metaKey);
          },
        });
      },
    });
  const layers: Record<MapLevel, L.GeoJSON> = { kabkota: layerOf("kabkota"), provinsi: layerOf("provinsi") };
  const filled = new Set<MapLevel>();
  /**
   * Converts and adds a level's regions a batch at a time, giving the browser
   * the main thread between batches. A level asked for before its turn came
   * is filled at once instead (fillNow).
   */
  const started = new Set<MapLevel>();
  const fill = async (lvl: MapLevel) => {
    if (started.has(lvl)) return; // already being drawn (or drawn)
    started.add(lvl);
    const all = geometries(lvl);
    let i = 0;
    while (i < all.length) {
      if (filled.has(lvl)) return; // done at once meanwhile (fillNow)
      const start = performance.now();
      do layers[lvl].addData(feature(topo, all[i++]!) as RegionFeature);
      while (i < all.length && performance.now() - start < SLICE_MS);
      await nextTask();
    }
    filled.add(lvl);
  };
  const fillNow = (lvl: MapLevel) => {
    if (filled.has(lvl)) return;
    layers[lvl].clearLayers();
    for (const g of geometries(lvl)) layers[lvl].addData(feature(topo, g) as RegionFeature);
    filled.add(lvl);
  };
  // Province lines over the kab/kota: only the arcs between two provinces, with no province polygon to build.
  // Made when first shown, after the regions are drawn.
  const provinceOf = (g: GeometryObject) => (g.properties as Props | undefined)?.code.slice(0, 2);
  let bordersLayer: L.GeoJSON | undefined;
  const borders = () =>
    (bordersLayer ??= L.geoJSON(
      mesh(topo, topo.objects["kabkota"] as GeometryCollection<Props>, (a, b) => provinceOf(a) !== provinceOf(b)),
      {
        pane: "peta-borders",
        interactive: false,
        style: { fill: false, color: MARK_OUTLINE, weight: thin() ? 0.6 : 1, opacity: 1 },
      },
    ));

  const addHatch = () => {
    const svg = el.querySelector<SVGSVGElement>(".leaflet-overlay-pane svg");
    if (!svg || svg.querySelector(`#${HATCH_ID}`)) return;
    const defs = document.createElementNS("http://www.w3.org/2000/svg", "defs");
    defs.innerHTML = hatchPattern(HATCH_ID);
    svg.prepend(defs);
  };
  const setLevel = (lvl: MapLevel) => {
    level = lvl;
    fillNow(lvl);
    hide();
    for (const [name, layer] of Object.entries(layers)) if (name !== lvl) layer.remove();
    layers[lvl].setStyle(styleOf(lvl) as L.StyleFunction).addTo(map);
    if (lvl === "kabkota") borders().addTo(map);
    else bordersLayer?.remove();
    addHatch();
  };
  // Indonesia fitted first (from the topology's box), then the regions drawn into it step by step.
  const [x0, y0, x1, y1] = topo.bbox ?? [94.9, -11.1, 141.1, 6.1];
  map.fitBounds(
    [
      [y0, x0],
      [y1, x1],
    ],
    { padding: [2, 2] },
  );
  layers[level].addTo(map);
  await fill(level);
  addHatch();
  await nextTask();
  if (level === "kabkota") borders().addTo(map);

  return {
    map,
    setLevel,
    prepareLevel: (lvl) => void fill(lvl),
    setYear(y) {
      year = y;
      layers[level].setStyle(styleOf(level) as L.StyleFunction);
      layers[level].eachLayer((l) => {
        decorate(l as RegionLayer);
        // An open tooltip is redrawn with the new year's figures (its content is a function of the year).
        if ((l as RegionLayer).isTooltipOpen()) (l as RegionLayer).getTooltip()?.update();
      });
    },
    zoomTo(code) {
      const target = paths.get(code);
      if (!target) return false;
      const lvl = code.includes(".") ? "kabkota" : "provinsi";
      if (lvl !== level) setLevel(lvl);
      map.fitBounds(target.getBounds(), { maxZoom: 9, padding: [24, 24], animate: false });
      (target.getElement() as SVGElement | undefined)?.focus({ preventScroll: true });
      return true;
    },
  };
}
