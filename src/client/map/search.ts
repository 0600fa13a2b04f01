// The map's search box: the master names of every province and kab/kota
// offered in a <datalist>; picking or submitting one zooms the map to it and
// focuses it, which opens its tooltip. Matching forgives case, accents and
// the words "kabupaten", "kota", "provinsi" (src/lib/site/search.ts).
import { matches, queryWords, searchText } from "../../lib/site/search.ts";
import type { LiveMap } from "./live.ts";
import type { RegionInfo, Regions } from "./regions.ts";

export function find(regions: Iterable<RegionInfo>, query: string): RegionInfo | undefined {
  const all = [...regions];
  const exact = searchText(query);
  const hit = all.find((r) => searchText(r.name) === exact);
  if (hit) return hit;
  const words = queryWords(query);
  if (!words.length) return undefined;
  return all.find((r) => matches(searchText(r.name), words));
}

export function setupSearch(
  regions: Regions,
  live: LiveMap,
  status: HTMLElement,
  onLevel: (code: string) => void,
): void {
  const form = document.querySelector<HTMLFormElement>("#peta-cari");
  const input = document.querySelector<HTMLInputElement>("#peta-cari-q");
  const list = document.querySelector<HTMLDataListElement>("#peta-cari-daftar");
  if (!form || !input || !list) return;
  // Provinces first, then kab/kota, each alphabetical: a bare "Maluku" finds the province.
  const ordered = [...regions.byCode.values()].sort((a, b) =>
    a.level === b.level ? a.name.localeCompare(b.name, "id") : a.level === "provinsi" ? -1 : 1,
  );
  for (const r of ordered) {
    const option = document.createElement("option");
    option.value = r.name;
    list.append(option);
  }
  const { text } = regions.config;
  const go = () => {
    const r = find(ordered, input.value);
    if (!r || !live.zoomTo(r.code)) {
      status.textContent = text.searchNone;
      return;
    }
    onLevel(r.code);
    status.textContent = text.searchFound.replace("{name}", r.name);
  };
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    go();
  });
  // Picking from the list fills the input with an exact name: zoom at once.
  input.addEventListener("change", () => {
    if (ordered.some((r) => r.name === input.value)) go();
  });
}
