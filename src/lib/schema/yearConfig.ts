import { z } from "zod";
import { DataStatus } from "./output.ts";

/**
 * Optional `data/<year>/tahun.json`. Everything has a default: the profile is
 * `pekppp-2022` for years from 2022, and data is `official` unless marked
 * `sample` (the sample generator always marks its output).
 */
export const YearConfig = z
  .object({
    profil: z.string().optional(),
    status: DataStatus.default("official"),
    /** The decree that set these results, e.g. "Kepmen PANRB 659/2024". */
    sumber: z.string().nullable().default(null),
    catatan: z.string().optional(),
  })
  .strict();
export type YearConfig = z.output<typeof YearConfig>;
