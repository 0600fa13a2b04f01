/**
 * What the map components can draw, decided from public/geo/status.json and
 * the TopoJSON as parsed JSON (the reading itself is the build's). Missing or
 * unreadable files are not a build error: the map says the boundaries were
 * not available and the rest of the page (table, tile grid) still stands.
 */
import { GeoStatus, type GeoAvailable } from "../schema/geo.ts";
import { asTopo, type Topo } from "./topology.ts";

export type GeoState =
  | { readonly available: true; readonly status: GeoAvailable; readonly topo: Topo }
  | { readonly available: false; readonly reason: string };

/** `status` and `topo` are the parsed files, or undefined when a file is missing. */
export function geoState(status: unknown, topo: () => unknown): GeoState {
  if (status === undefined)
    return { available: false, reason: "public/geo/status.json tidak ada (npm run geo belum dijalankan)." };
  const parsed = GeoStatus.safeParse(status);
  if (!parsed.success)
    return { available: false, reason: `public/geo/status.json tidak sah: ${parsed.error.issues[0]?.message ?? "?"}` };
  if (!parsed.data.available) return { available: false, reason: parsed.data.reason };
  try {
    const raw = topo();
    if (raw === undefined) return { available: false, reason: `public/geo/${parsed.data.file} tidak ada.` };
    return { available: true, status: parsed.data, topo: asTopo(raw) };
  } catch (e) {
    return {
      available: false,
      reason: `public/geo/${parsed.data.file} tidak terbaca: ${e instanceof Error ? e.message : String(e)}`,
    };
  }
}
