/**
 * Build-time access to the MPP and Ramah Kelompok Rentan results and the
 * award lists of the data product (public/data/<year>/mpp.json,
 * rkr-unit.json, penghargaan.json). Each is optional: a year without one
 * shows a page that says so.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { loadEvaluationProfile, type EvaluationMethod } from "../lib/evaluation/profile.ts";
import { Awards } from "../lib/schema/awards.ts";
import { MppYear, RkrYear } from "../lib/schema/evaluation.ts";
import { cache, once } from "./cache.ts";

// The same root as data.ts (SITE_DATA_DIR for test builds).
const ROOT = process.env["SITE_DATA_DIR"]
  ? resolve(process.env["SITE_DATA_DIR"])
  : join(process.cwd(), "public", "data");

const readJson = (path: string): unknown => JSON.parse(readFileSync(join(ROOT, path), "utf8"));
const exists = (path: string) => existsSync(join(ROOT, path));

const methods = cache<EvaluationMethod>();
function method(id: string): EvaluationMethod {
  return methods.get(id, () => loadEvaluationProfile(readJson(`metodologi/${id}.json`), `metodologi/${id}.json`));
}

export interface MppBundle {
  readonly data: MppYear;
  readonly method: EvaluationMethod;
}
export interface RkrBundle {
  readonly data: RkrYear;
  readonly method: EvaluationMethod;
}

const mppYears = cache<MppBundle | null>();
export function mppYear(year: number): MppBundle | null {
  return mppYears.get(String(year), () => {
    if (!exists(`${year}/mpp.json`)) return null;
    const data = MppYear.parse(readJson(`${year}/mpp.json`));
    return { data, method: method(data.profil) };
  });
}

const rkrYears = cache<RkrBundle | null>();
export function rkrYear(year: number): RkrBundle | null {
  return rkrYears.get(String(year), () => {
    if (!exists(`${year}/rkr-unit.json`)) return null;
    const data = RkrYear.parse(readJson(`${year}/rkr-unit.json`));
    return { data, method: method(data.profil) };
  });
}

/** The award lists, or null when the data product has none (a test build). */
export const awards = once((): Awards | null =>
  exists("penghargaan.json") ? Awards.parse(readJson("penghargaan.json")) : null,
);
