import { readFileSync } from "node:fs";
import { loadProfile, type Profile } from "../../src/lib/method/profile.ts";
import { ladder, type Ladder } from "../../src/lib/method/predikat.ts";

export const PROFILE_PATH = new URL("../../data/methodology/pekppp-2022.json", import.meta.url);

/** The raw JSON of the shipped profile, fresh on every call so tests can mutate it. */
export function rawProfile(): Record<string, any> {
  return JSON.parse(readFileSync(PROFILE_PATH, "utf8"));
}

export const profile: Profile = loadProfile(rawProfile(), "pekppp-2022.json");
export const ladder2: Ladder = ladder(profile.def.predikat, 2);

/** All indicators at `base`, with some overridden by code: values in profile order. */
export function indicatorValues(base: number, overrides: Record<string, number> = {}): number[] {
  return profile.indicators.map((i) => overrides[i.kode] ?? base);
}
