// Recolours the page in place for another year: every server-drawn shape
// (the static SVG while it is shown, the tile grid), the tables, the legend
// counts, the summaries and the year in headings; then the address, the
// header (navigation, year links) and the language switch follow that year.
import { PREDIKAT_CODES, colorOf, textColorOf } from "../../lib/format/palette.ts";
import { formatInteger, formatIppOrDash } from "../../lib/format/number.ts";
import { predikatCounts } from "../../lib/map/join.ts";
import { regionText } from "../../lib/map/label.ts";
import { mapSummary } from "../../lib/map/summary.ts";
import type { MapLevel } from "../../lib/map/topology.ts";
import { predikatClass } from "../../lib/view/predikatClass.ts";
import type { Predikat } from "../../lib/format/palette.ts";
import type { Regions } from "./regions.ts";

function recolourShapes(regions: Regions, year: number): void {
  const { lang, text } = regions.config;
  for (const shape of document.querySelectorAll<SVGElement>("svg.map-svg [data-kode], svg.tile-grid [data-kode]")) {
    const code = shape.dataset["kode"] ?? "";
    const fig = regions.figures(code, year);
    const svgId = shape.ownerSVGElement?.id ?? "";
    shape.setAttribute("fill", fig.predikat ? colorOf(fig.predikat) : `url(#${svgId}-hatch)`);
    shape.setAttribute("class", `${predikatClass(fig.predikat)}${shape.classList.contains("marker") ? " marker" : ""}`);
    const group = shape.parentElement;
    const title = group?.querySelector("title");
    if (title)
      title.textContent = regionText(
        { ...fig, name: regions.info(code, code).name },
        lang,
        regions.label(fig.predikat),
        text.notEvaluated,
      );
    for (const t of group?.querySelectorAll("text") ?? []) t.setAttribute("fill", textColorOf(fig.predikat));
    const grade = group?.querySelector('[data-role="grade"]');
    if (grade) grade.textContent = fig.predikat ?? "–";
  }
}

function updateTables(regions: Regions, year: number): void {
  const { lang, text } = regions.config;
  for (const row of document.querySelectorAll<HTMLTableRowElement>("tr[data-kode]")) {
    const fig = regions.figures(row.dataset["kode"] ?? "", year);
    const letter = row.querySelector(".letter");
    if (letter) {
      letter.className = `letter ${predikatClass(fig.predikat)}`;
      letter.textContent = fig.predikat ?? "–";
    }
    const label = row.querySelector(".badge .label");
    if (label) label.textContent = regions.label(fig.predikat) ?? text.notEvaluated;
    const ipp = row.querySelector('[data-role="ipp"]');
    if (ipp) ipp.textContent = formatIppOrDash(fig.ipp, lang);
  }
}

/** Legend counts and the summaries for the shown level. */
export function updateCounts(regions: Regions, year: number, level: MapLevel): void {
  const { lang, text } = regions.config;
  const labels = new Map(Object.entries(regions.config.labels) as [Predikat, string][]);
  const figures = (lvl: MapLevel) => regions.ofLevel(lvl).map((r) => regions.figures(r.code, year));
  const shown = figures(level);
  const { byCode, none } = predikatCounts(shown);
  for (const code of [...PREDIKAT_CODES, "none"] as const) {
    const count = document.querySelector(`#peta-legend [data-code="${code}"] [data-role="count"]`);
    if (count) count.textContent = `(${formatInteger(code === "none" ? none : (byCode.get(code) ?? 0), lang)})`;
  }
  const summary = (lvl: MapLevel) =>
    mapSummary(figures(lvl), { lang, year, levelPlural: text.levelPlural[lvl], labels });
  const set = (selector: string, value: string) =>
    document.querySelectorAll(selector).forEach((e) => (e.textContent = value));
  set("#peta-ringkasan", summary(level));
  set("#peta-ringkasan-prov", `${summary("provinsi")} ${text.provinceColour}`);
  set("#peta-tabel-kabkota caption", summary("kabkota"));
  set("#peta-tabel-provinsi caption", summary("provinsi"));
}

/** The header follows the year shown: its navigation leads to that year's pages, and its year links mark it. */
function updateHeader(regions: Regions, year: number, path: string | undefined): void {
  const nav = regions.config.navPaths[year];
  for (const a of document.querySelectorAll<HTMLAnchorElement>(".site-header a[data-kind]")) {
    const href = nav?.[a.dataset["kind"] ?? ""];
    if (href) a.href = href;
  }
  for (const a of document.querySelectorAll<HTMLAnchorElement>(".switches nav a")) {
    if (a.getAttribute("href") === path) a.setAttribute("aria-current", "page");
    else a.removeAttribute("aria-current");
  }
}

export function applyYear(regions: Regions, from: number, year: number, level: MapLevel): void {
  recolourShapes(regions, year);
  updateTables(regions, year);
  updateCounts(regions, year, level);
  document.querySelectorAll('[data-role="year"]').forEach((e) => (e.textContent = String(year)));
  // Links to instansi pages (tables, tiles, static map) follow the year picked.
  const [oldBase, newBase] = [regions.config.instansiBases[from], regions.config.instansiBases[year]];
  if (oldBase && newBase)
    for (const a of document.querySelectorAll<HTMLAnchorElement | SVGAElement>(`main a[href^="${oldBase}"]`)) {
      const href = a.getAttribute("href") ?? "";
      a.setAttribute("href", newBase + href.slice(oldBase.length));
    }
  document.title = document.title.replaceAll(String(from), String(year));
  const path = regions.config.paths[year];
  // The query (the level shown, ?tingkat=) stays in the address across years.
  if (path) history.replaceState(null, "", path + location.search + location.hash);
  updateHeader(regions, year, path);
  const other = regions.config.otherPaths[year];
  const switchLink = document.querySelector<HTMLAnchorElement>(".switches a[hreflang]");
  if (other && switchLink) switchLink.href = other;
}
