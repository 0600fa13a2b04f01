/**
 * The IPP distribution of each year and language without any highlight, as
 * standalone SVG files, one per width variant (sebaran-ipp-s.svg, -m, -l).
 * Every instansi page shows them as a <picture> (cached once by the browser)
 * under its own small overlay; see src/pagedata/instansiCharts.ts.
 */
import type { APIRoute } from "astro";
import { distributionImageName, distributionLayers } from "../../../../pagedata/instansiCharts.ts";
import { VARIANTS } from "../../../../charts/index.ts";
import { LANGS, type Lang } from "../../../../lib/format/lang.ts";
import { siteData } from "../../../../pagedata/data.ts";

export function getStaticPaths() {
  return [...siteData().years.keys()].flatMap((tahun) =>
    LANGS.flatMap((lang) =>
      VARIANTS.map((variant) => ({
        params: { tahun: String(tahun), lang, nama: distributionImageName(variant) },
        props: { variant },
      })),
    ),
  );
}

export const GET: APIRoute = ({ params, props }) =>
  new Response(distributionLayers(Number(params["tahun"]), params["lang"] as Lang, props["variant"]).base, {
    headers: { "content-type": "image/svg+xml" },
  });
