/**
 * The IPP distribution of each year and language without any highlight, as
 * a standalone SVG file. Every instansi page shows it as an image (cached
 * once by the browser) under its own small overlay; see
 * src/pagedata/instansiCharts.ts.
 */
import type { APIRoute } from "astro";
import { distributionLayers } from "../../../../pagedata/instansiCharts.ts";
import { LANGS, type Lang } from "../../../../lib/format/lang.ts";
import { siteData } from "../../../../pagedata/data.ts";

export function getStaticPaths() {
  return [...siteData().years.keys()].flatMap((tahun) =>
    LANGS.map((lang) => ({ params: { tahun: String(tahun), lang } })),
  );
}

export const GET: APIRoute = ({ params }) =>
  new Response(distributionLayers(Number(params["tahun"]), params["lang"] as Lang).base, {
    headers: { "content-type": "image/svg+xml" },
  });
