/**
 * What the /peta/ page hands its script, as JSON data in the page (never
 * code, so the CSP is untouched). Names and links are not repeated here:
 * the script reads them from the region tables (data-kode rows).
 */
import type { Lang } from "../format/lang.ts";
import type { YearTable } from "./yearTable.ts";
import type { MapLevel } from "./topology.ts";

export const LIVE_CONFIG_ID = "peta-config";

export interface LiveMapConfig {
  readonly lang: Lang;
  /** The year the page was built for; the selector starts here. */
  readonly year: number;
  /** Same-origin URL of the TopoJSON. */
  readonly geoUrl: string;
  readonly level: MapLevel;
  /** Optional background tiles ({z}/{x}/{y} template); null: a plain background, no request elsewhere. */
  readonly tileUrl: string | null;
  readonly tileAttribution: string | null;
  /** Credit line of the boundary source. */
  readonly attribution: string;
  /** Predikat code → label in the page's language. */
  readonly labels: Readonly<Record<string, string>>;
  /** The /peta/ page of each year in this language and the other (to keep the switches right). */
  readonly paths: Readonly<Record<string, string>>;
  readonly otherPaths: Readonly<Record<string, string>>;
  /** Per year, the header's navigation links (by page kind) in that year's edition: they follow the year picked. */
  readonly navPaths: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** Where each year's instansi pages live in this language ("/2023/instansi/"): links follow the year picked. */
  readonly instansiBases: Readonly<Record<string, string>>;
  readonly table: YearTable;
  /**
   * The tingkat of each code of `table.codes`, one character each
   * (`encodeTingkat`): what the map's CSV download says of a region. One
   * character a region (about 0.5 kB) rather than a word.
   */
  readonly tingkat?: string;
  /**
   * When the live map is drawn: at once (the /peta/ page), or on the reader's
   * first touch, click or wheel on the map (an embed: a page in an
   * article costs its reader nothing until used; the server SVG is the map
   * until then).
   */
  readonly drawOn?: "load" | "interaction";
  /** Per year, per region code: its published (real) figure, worded for the tooltip. */
  readonly published?: Readonly<Record<string, Readonly<Record<string, string>>>>;
  readonly text: {
    readonly notEvaluated: string;
    readonly searchNone: string;
    readonly searchFound: string;
    readonly loadFailed: string;
    readonly loading: string;
    readonly levelPlural: Readonly<Record<MapLevel, string>>;
    readonly provinceColour: string;
    /** Link text in a tapped region's preview. */
    readonly openPage: string;
    /** Shown inside the map frame when the data is a sample; null for official data. */
    readonly sample: string | null;
  };
}

/** The tingkat a map region can have, by its character in `LiveMapConfig.tingkat` (its index). */
export const REGION_TINGKAT = ["provinsi", "kabupaten", "kota"] as const;

/** One character per region: the index in REGION_TINGKAT, "-" for anything else. */
export function encodeTingkat(list: readonly string[]): string {
  return list
    .map((t) => {
      const i = (REGION_TINGKAT as readonly string[]).indexOf(t);
      return i < 0 ? "-" : String(i);
    })
    .join("");
}

/** The tingkat at `index` of an encoded string; "" when unknown. */
export function tingkatAt(encoded: string | undefined, index: number): string {
  const c = encoded?.[index];
  return c === undefined || c === "-" ? "" : (REGION_TINGKAT[Number(c)] ?? "");
}
