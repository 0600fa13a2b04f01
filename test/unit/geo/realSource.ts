import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

/**
 * The boundary source as the research left it, next to the project. Tests
 * that need it skip (saying so) when it is absent, except on CI, where its
 * absence is a failure: CI must prove the real conversion.
 */
export const SHARED_GEO = fileURLToPath(new URL("../../../../shared/geo/", import.meta.url)).replace(/\/$/, "");
export const SOURCE_DIR = `${SHARED_GEO}/cahyadsn-wilayah_boundaries`;
export const HAS_SOURCE = existsSync(`${SOURCE_DIR}/db/kab`);
export const ON_CI = process.env["CI"] === "true";
export const SKIP_NOTE = `skipped: boundary source not found at ${SOURCE_DIR}`;
