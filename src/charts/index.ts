/**
 * The chart builders: pure functions (data, options) → ChartResult, run at
 * build time in Node. Import from here in page frontmatter only; nothing in
 * this module graph is meant for the browser (see client/ for that).
 */
export { predikatDistribution, type PredikatDistributionOptions } from "./predikatDistribution.ts";
export { ippDistribution, type IppDistributionOptions, type IppRow } from "./ippDistribution.ts";
export { ippDistributionHighlighter, ippDistributionLayers, type IppLayers } from "./ippHighlight.ts";
export { aspectProfile, type AspectProfileInput, type AspectProfileOptions } from "./aspectProfile.ts";
export { trend, type TrendInput } from "./trend.ts";
export { provincesCompared, type ProvincesComparedOptions } from "./provincesCompared.ts";
export { instansiSeries, tingkatAverageSeries, type TrendPoint } from "./data/trend.ts";
export { compareAspects, type AspectComparison, type AspectDef } from "./data/aspects.ts";
export { figureHtml, type Layers } from "./figure.ts";
export { chartSet, isChartSet, mainChart, type ChartSet } from "./responsive.ts";
export { FONT, VARIANTS, type Variant } from "./layout/sizes.ts";
export type { ChartKind, ChartOptions, ChartResult, ChartTable, TableColumn, Lang } from "./types.ts";
