// The files of a predikat map's download buttons, made from the page: the
// server-drawn map's shapes (paths with data-kode) coloured for the year and
// level shown, with the legend's steps, as a standalone SVG and a PNG; and
// the CSV of every region the map colours. The figures come from what the
// page already holds: the live map's JSON (every year's predikat and IPP,
// each region's tingkat) and the region tables (names) on /peta/ and the
// map embed; the paths' own data-* on a province page. Loaded on the first
// press of a button (./downloads.ts), so the map pages carry none of it.
import {
  chartCsv,
  downloadBase,
  downloadName,
  legendCounts,
  mapCsvData,
  mapPictureSvg,
  standaloneSvg,
  MAP_LEVEL_NAME,
  type MapDownloadsData,
  type MapLegendEntry,
  type MapRow,
  type MapShape,
  type Standalone,
} from "../../charts/export/index.ts";
import type { Lang } from "../../lib/format/lang.ts";
import { tingkatAt } from "../../lib/map/liveConfig.ts";
import type { MapLevel } from "../../lib/map/topology.ts";
import type { Format } from "../downloadBox.ts";
import { pngOf, save } from "../downloads.ts";
import { Regions, readConfig } from "./regions.ts";

export interface MapFiles {
  readonly standalone: Standalone;
  readonly scale: number;
  readonly csv: string;
  /** File name without extension: ipp-2024-peta-kabupaten-kota. */
  readonly base: string;
}

interface Drawn {
  readonly kode: string;
  readonly d: string;
  readonly marker: boolean;
  readonly el: SVGPathElement;
}

let regions: Regions | null | undefined;
/** The live map's regions (config and tables), when the page has them. */
function liveRegions(): Regions | null {
  if (regions === undefined) {
    const config = readConfig();
    regions = config ? new Regions(config) : null;
  }
  return regions;
}

const visible = (el: Element | null): el is HTMLElement => !!el && el.getClientRects().length > 0;

/** The year and level the reader sees. */
function shown(box: HTMLElement, data: MapDownloadsData, live: Regions | null): { year: number; level: MapLevel } {
  const select = document.querySelector<HTMLSelectElement>("#peta-tahun");
  const year = live && select ? Number(select.value) : Number(box.dataset["year"]);
  // The level switch acts on the live map only: until it is drawn, the drawn (kab/kota) map is the one shown.
  const liveShown = document.querySelector('#peta-live[data-ready="true"]:not([hidden])');
  const radio = document.querySelector<HTMLInputElement>('input[name="peta-tingkat"]:checked');
  const level: MapLevel = data.levels && liveShown && radio?.value === "provinsi" ? "provinsi" : "kabkota";
  return { year, level };
}

/** A kab/kota code's province: "32.04" → "32". */
const provinceOf = (kode: string) => kode.split(".")[0] ?? kode;

function rowsOf(drawn: readonly Drawn[], live: Regions | null, year: number, level: MapLevel): MapRow[] {
  if (live) {
    const codes = level === "provinsi" ? [...new Set(drawn.map((s) => provinceOf(s.kode)))] : drawn.map((s) => s.kode);
    return codes.map((kode) => {
      const info = live.info(kode, kode);
      const fig = live.figures(kode, year);
      return {
        kode,
        nama: info.name,
        tingkat: tingkatAt(live.config.tingkat, info.index),
        ipp: fig.ipp,
        predikat: fig.predikat,
      };
    });
  }
  // A map without the live map's data (a province page): each path carries its region's figures.
  return drawn.map((s) => {
    const ipp = s.el.dataset["ipp"];
    return {
      kode: s.kode,
      nama: s.el.dataset["nama"] ?? s.kode,
      tingkat: s.el.dataset["tingkat"] ?? "",
      ipp: ipp ? Number(ipp) : null,
      predikat: s.el.dataset["predikat"] || null,
    };
  });
}

function legendOf(id: string, rows: readonly MapRow[]): MapLegendEntry[] {
  const counts = legendCounts(rows);
  return Array.from(document.querySelectorAll<HTMLElement>(`#${CSS.escape(id)} li[data-code]`)).map((li) => {
    const code = li.dataset["code"] === "none" ? null : (li.dataset["code"] ?? null);
    return {
      code,
      label: li.querySelector(".label")?.textContent?.trim() ?? "",
      range: li.querySelector(".range")?.textContent?.trim() ?? "",
      count: counts.get(code) ?? 0,
    };
  });
}

export function mapFiles(box: HTMLElement): MapFiles {
  const svg = document.getElementById(box.dataset["mapFor"] ?? "") as SVGSVGElement | null;
  if (!svg) throw new Error(`peta ${box.dataset["mapFor"]} tidak ada`);
  const data = JSON.parse(box.dataset["map"] ?? "{}") as MapDownloadsData;
  const lang: Lang = document.documentElement.lang === "en" ? "en" : "id";
  const live = liveRegions();
  const { year, level } = shown(box, data, live);
  const edition = data.editions[String(year)];
  if (!edition) throw new Error(`tidak ada keterangan edisi ${year}`);

  const drawn: Drawn[] = Array.from(svg.querySelectorAll<SVGPathElement>("path[data-kode]")).map((el) => ({
    kode: el.dataset["kode"] ?? "",
    d: el.getAttribute("d") ?? "",
    marker: el.classList.contains("marker"),
    el,
  }));
  const rows = rowsOf(drawn, live, year, level);
  const byCode = new Map(rows.map((r) => [r.kode, r.predikat]));
  const shapes: MapShape[] = drawn.map((s) => ({
    kode: s.kode,
    d: s.d,
    marker: s.marker,
    predikat: byCode.get(level === "provinsi" ? provinceOf(s.kode) : s.kode) ?? null,
  }));
  const box0 = svg.viewBox.baseVal;
  const picture = mapPictureSvg({
    width: box0.width,
    height: box0.height,
    shapes,
    borders: svg.querySelector("path.map-borders")?.getAttribute("d") ?? "",
    merged: level === "provinsi",
    legendTitle: data.legendTitle,
    legend: legendOf(data.legendId, rows),
    lang,
  });
  const standalone = standaloneSvg({
    chartSvg: picture,
    title: data.titles[level].replace("{tahun}", String(year)),
    source: edition.source,
    lang,
    year,
    status: edition.status,
  });
  // At least twice the map's width on the screen (the live map's when it is shown), and at least 2×.
  const liveEl = document.getElementById("peta-live");
  const onScreen = (visible(liveEl) ? liveEl : svg).getBoundingClientRect().width;
  const scale = Math.max(2, Math.ceil((2 * onScreen) / standalone.width));
  return {
    standalone,
    scale,
    csv: chartCsv(mapCsvData(rows), { year, status: edition.status }),
    base: downloadBase({
      year,
      chart: "peta",
      instansi: data.instansi,
      qualifier: data.levels ? MAP_LEVEL_NAME[level] : null,
    }),
  };
}

export async function downloadMap(box: HTMLElement, format: Format): Promise<void> {
  const files = mapFiles(box);
  const name = downloadName(files.base, format);
  if (format === "csv") save(new Blob([files.csv], { type: "text/csv;charset=utf-8" }), name);
  else if (format === "svg") save(new Blob([files.standalone.svg], { type: "image/svg+xml;charset=utf-8" }), name);
  else save(await pngOf(files.standalone, files.scale), name);
}
