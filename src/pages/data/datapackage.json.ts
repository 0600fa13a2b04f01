/**
 * /data/datapackage.json: the Frictionless Data Package describing every
 * downloadable file of the data product (src/lib/site/dataPackage.ts).
 */
import type { APIRoute } from "astro";
import { dataPackage } from "../../lib/site/dataPackage.ts";
import { pathOf } from "../../lib/site/routes.ts";
import { csvHeader, dataFiles, fileSize, siteData, yearBundle } from "../../pagedata/data.ts";
import { absolute, deploy } from "../../pagedata/deploy.ts";

export const GET: APIRoute = () => {
  const dataPage = pathOf({ kind: "data", lang: "id", edition: "terbaru", base: deploy().base });
  const { manifest } = siteData();
  const profileOf = (id: string) => {
    const year = manifest.tahun.find((y) => y.profil === id);
    if (!year) throw new Error(`profil ${id} tidak dipakai tahun mana pun`);
    return yearBundle(year.tahun).profile.def;
  };
  const descriptor = dataPackage({ manifest, bytes: fileSize, homepage: absolute(dataPage), profileOf, files: dataFiles(), header: csvHeader });
  return new Response(`${JSON.stringify(descriptor, null, 2)}\n`, {
    headers: { "content-type": "application/json; charset=utf-8" },
  });
};
