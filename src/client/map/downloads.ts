// The download buttons of the predikat maps (src/charts/export/downloads.ts
// mapDownloadsHtml): shown at once, the code that makes the files
// (./mapFiles.ts) loaded on the first press, so a map page pays for it only
// when a reader asks for a file.
import { wireDownloadBox } from "../downloadBox.ts";

for (const box of document.querySelectorAll<HTMLElement>(".chart-downloads[data-map-for]"))
  wireDownloadBox(box, async (format) => (await import("./mapFiles.ts")).downloadMap(box, format));
