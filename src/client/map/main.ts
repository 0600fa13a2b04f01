// /peta/: turns the server-rendered map into the Leaflet one. The static SVG
// stays until the geometry has loaded and the live map is drawn; if anything
// fails it simply stays. The year selector works either way.
import type { Topology } from "topojson-specification";
import type { MapLevel } from "../../lib/map/topology.ts";
import { createLiveMap } from "./live.ts";
import { Regions, levelOf, readConfig } from "./regions.ts";
import { setupSearch } from "./search.ts";
import { applyYear, updateCounts } from "./yearSwitch.ts";

/** The address parameter holding the level shown. */
const LEVEL_PARAM = "tingkat";

/**
 * Resolves on the first pointer or wheel on `el`: an embed draws its live
 * map only when a reader reaches for it, and that first press does not
 * follow the static region's link. Keyboard readers keep the static map,
 * whose regions are links, and the tables.
 */
function firstUse(el: HTMLElement): Promise<void> {
  return new Promise((resolve) => {
    const events = ["pointerdown", "wheel"] as const;
    const go = () => {
      for (const e of events) el.removeEventListener(e, go);
      el.addEventListener("click", (e) => e.preventDefault(), { capture: true, once: true });
      resolve();
    };
    for (const e of events) el.addEventListener(e, go, { passive: true });
  });
}

async function main(): Promise<void> {
  const config = readConfig();
  const liveEl = document.getElementById("peta-live");
  const staticEl = document.getElementById("peta-static");
  const status = document.getElementById("peta-status");
  const controls = document.getElementById("peta-controls");
  const yearSelect = document.querySelector<HTMLSelectElement>("#peta-tahun");
  if (!config || !liveEl || !status || !controls || !yearSelect) return;
  const regions = new Regions(config);
  let year = config.year;
  let level: MapLevel = config.level;
  let live: Awaited<ReturnType<typeof createLiveMap>> | undefined;

  yearSelect.value = String(year);
  yearSelect.addEventListener("change", () => {
    const next = Number(yearSelect.value);
    applyYear(regions, year, next, level);
    year = next;
    live?.setYear(year);
  });

  if (config.drawOn === "interaction" && staticEl) await firstUse(staticEl);
  status.textContent = config.text.loading;
  let topo: Topology;
  try {
    const res = await fetch(config.geoUrl);
    if (!res.ok) throw new Error(`${res.status} ${config.geoUrl}`);
    topo = (await res.json()) as Topology;
  } catch (e) {
    status.textContent = config.text.loadFailed;
    console.warn(e);
    return;
  }
  liveEl.hidden = false;
  // Parsing the geometry was one task; drawing starts in the next.
  await new Promise((resolve) => setTimeout(resolve, 0));
  live = await createLiveMap(liveEl, topo, regions, year);
  if (staticEl) staticEl.hidden = true;
  // Regions are drawn in steps; this says the map is whole (tests and scripts wait for it).
  liveEl.dataset["ready"] = "true";
  status.textContent = "";
  // The level switch and the region search held their place (invisible) until now: nothing moves.
  controls.dataset["ready"] = "true";

  const radios = [...document.querySelectorAll<HTMLInputElement>('input[name="peta-tingkat"]')];
  // The level shown is in the address (?tingkat=provinsi), so a shared link, the
  // language switch and the year switch keep it.
  const showLevel = (next: MapLevel) => {
    level = next;
    for (const r of radios) r.checked = r.value === next;
    updateCounts(regions, year, level);
    const params = new URLSearchParams(location.search);
    if (next === config.level) params.delete(LEVEL_PARAM);
    else params.set(LEVEL_PARAM, next);
    const query = params.toString();
    history.replaceState(history.state, "", `${location.pathname}${query ? `?${query}` : ""}${location.hash}`);
  };
  // The other level is drawn when the reader reaches for the switch (pointer or keyboard), so it is ready when chosen.
  const fieldset = radios[0]?.closest("fieldset");
  for (const type of ["pointerenter", "touchstart", "focusin"])
    fieldset?.addEventListener(type, () => live?.prepareLevel(level === "kabkota" ? "provinsi" : "kabkota"), {
      passive: true,
    });
  for (const r of radios)
    r.addEventListener("change", () => {
      if (!r.checked) return;
      live?.setLevel(r.value as MapLevel);
      showLevel(r.value as MapLevel);
    });
  const asked = new URLSearchParams(location.search).get(LEVEL_PARAM);
  if ((asked === "provinsi" || asked === "kabkota") && asked !== level) {
    live.setLevel(asked);
    showLevel(asked);
  }
  setupSearch(regions, live, status, (code) => showLevel(levelOf(code)));
}

main().catch((e: unknown) => console.error(e));
