import { z } from "zod";

/** How sure we are of a parameter (methodology.md: high / medium / low). */
export const Confidence = z.enum(["tinggi", "sedang", "rendah"]);
export type Confidence = z.infer<typeof Confidence>;

/**
 * Every parameter of a scoring profile says where it comes from and how sure
 * we are. `asumsi: true` marks a value we chose because no official source
 * was found; such values must stay configurable and be labelled on the site.
 */
export const Provenance = z.object({
  sumber: z.array(z.string().min(1)).min(1),
  keyakinan: Confidence,
  asumsi: z.boolean().default(false),
  catatan: z.string().optional(),
});
export type Provenance = z.infer<typeof Provenance>;
