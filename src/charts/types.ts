import type { Lang } from "../lib/format/lang.ts";
import type { PredikatStep } from "../lib/schema/methodology.ts";
import type { DataStatus } from "../lib/schema/output.ts";

export type { Lang };

/** The chart builders, by the name used in data-chart and file names. */
export type ChartKind = "predikatDistribution" | "ippDistribution" | "aspectProfile" | "trend" | "provincesCompared";

/** Options every builder takes; each chart adds its own on top. */
export interface ChartOptions {
  readonly lang: Lang;
  /** The evaluation year shown (the latest year for a trend). */
  readonly year: number;
  /** "sample" puts a sample-data warning in the source line. */
  readonly status: DataStatus;
  /** YearData.sumber: the publication the figures come from, when known. */
  readonly sumber?: string | null;
  /** The methodology profile's predikat ladder, best step first. */
  readonly predikat: readonly PredikatStep[];
  /** Width in SVG units (the SVG scales to its container); default 640. */
  readonly width?: number;
  /**
   * Prefix for the ids inside the SVG (title, desc, patterns), unique on the
   * page; default the chart kind. Ids never depend on anything else, so two
   * builds give identical bytes.
   */
  readonly id?: string;
  /** Indent the SVG one element per line (snapshots, debugging); default false. */
  readonly pretty?: boolean;
}

export interface TableColumn {
  readonly key: string;
  readonly label: string;
  /** Numbers right-aligned, text left. */
  readonly align: "left" | "right" | "center";
}

/** The chart's data as a table, already formatted for `lang`. */
export interface ChartTable {
  readonly caption: string;
  readonly columns: readonly TableColumn[];
  /** One array of cell texts per row, in column order. */
  readonly rows: readonly (readonly string[])[];
}

export interface ChartResult {
  readonly kind: ChartKind;
  /** The id prefix used inside the SVG; `${id}-title` and `${id}-desc` label it. */
  readonly id: string;
  readonly lang: Lang;
  readonly title: string;
  /** One or more sentences summarising what the chart shows, from the data. */
  readonly description: string;
  /** "Sumber: …" / "Source: …" */
  readonly source: string;
  /** Self-contained SVG: role="img", labelled by its <title> and <desc>, responsive. */
  readonly svg: string;
  /** The viewBox size; for a fluid chart (no viewBox), its export width and its height in CSS px. */
  readonly width: number;
  readonly height: number;
  /** Drawn once for every width: x in percentages, y and text in CSS px (render/fluid.ts). */
  readonly fluid?: true;
  readonly table: ChartTable;
}
