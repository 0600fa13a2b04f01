/**
 * /data/datapackage.json: the Frictionless Data Package describing every
 * downloadable file of the data product (src/lib/site/dataPackage.ts).
 */
import type { APIRoute } from "astro";
import { dataPackage } from "../../lib/site/dataPackage.ts";
import { pathOf } from "../../lib/site/routes.ts";
import { fileSize, siteData } from "../../pagedata/data.ts";
import { absolute, deploy } from "../../pagedata/deploy.ts";

export const GET: APIRoute = () => {
  const dataPage = pathOf({ kind: "data", lang: "id", edition: "terbaru", base: deploy().base });
  const descriptor = dataPackage({ manifest: siteData().manifest, bytes: fileSize, homepage: absolute(dataPage) });
  return new Response(`${JSON.stringify(descriptor, null, 2)}\n`, {
    headers: { "content-type": "application/json; charset=utf-8" },
  });
};
