/**
 * Charts as files of their own: the standalone SVG (downloads), the CSV of
 * what a chart plots, download names and buttons, and the social cards.
 * Pure and small, with no Plot or d3: the browser bundles it.
 */
export {
  standaloneSvg,
  mergeLayers,
  parseRoot,
  viewBoxSize,
  type Standalone,
  type StandaloneInput,
} from "./standalone.ts";
export { chartCsv, csvCell, csvStatus, BOM, type ChartData, type CsvCell } from "./csv.ts";
export { markAttributes, marksData, type MarkAttributes } from "./marks.ts";
export { downloadBase, downloadName, CHART_IDS, type ChartId, type DownloadFormat } from "./fileName.ts";
export {
  chartDownloads,
  downloadsHtml,
  mapDownloadsHtml,
  type DownloadsSpec,
  type MapDownloadsData,
  type MapDownloadsSpec,
} from "./downloads.ts";
export {
  mapCsvData,
  mapLegendSvg,
  mapPictureSvg,
  legendCounts,
  MAP_CSV_COLUMNS,
  MAP_LEVEL_NAME,
  MAP_PICTURE_WIDTH,
  type MapLegendEntry,
  type MapPictureInput,
  type MapRow,
  type MapShape,
} from "./map.ts";
export { socialCard, cardNotice, CARD_WIDTH, CARD_HEIGHT, type CardInput } from "./card.ts";
export { sampleNotice } from "./notice.ts";
export { escapeXml, wrapText, FONT_STACK } from "./xml.ts";
