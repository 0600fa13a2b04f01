// The drawn maps (server-rendered SVG: the home page's provinces, a province
// page's kab/kota, /peta/ before its live map): a tap previews a region with
// a link, as on the live map (./preview.ts); a second tap or the link opens
// its page. Without this script every region is a plain link.
import { tapPreview } from "./preview.ts";

for (const frame of document.querySelectorAll<HTMLElement>(".map-frame[data-pratinjau]")) {
  const panel = document.getElementById(frame.dataset["pratinjau"] ?? "");
  if (!panel) continue;
  const notEvaluated = frame.dataset["tidakDievaluasi"] ?? "";
  const preview = tapPreview(frame, panel, frame.dataset["bukaLabel"] ?? "");
  frame.addEventListener("click", (e) => {
    const link = (e.target as Element | null)?.closest?.("a");
    const path = link?.querySelector<SVGPathElement>("path[data-kode]");
    if (!link || !path) return preview.close();
    const code = path.dataset["kode"] ?? "";
    if (!preview.wantsPreview(code)) return; // a mouse click or the second tap: the link opens
    e.preventDefault();
    // The <title> reads "Name: A- · Label · IPP 4,12" (lib/map/label.ts regionText).
    const title = link.querySelector("title")?.textContent ?? code;
    const grade = [...path.classList].find((c) => c.startsWith("pk-")) === "pk-none" ? null : gradeOf(title);
    const at = title.indexOf(`: ${grade ?? notEvaluated}`);
    frame.querySelector(".is-previewed")?.classList.remove("is-previewed");
    path.classList.add("is-previewed");
    preview.open(code, {
      name: at > 0 ? title.slice(0, at) : title,
      predikat: grade,
      detail: at > 0 ? title.slice(at + 2) : "",
      href: link.getAttribute("href"),
    });
  });
}

/** The predikat in a region's title: the first "A", "A-" … after ": ". */
function gradeOf(title: string): string | null {
  return /: ([A-F]-?)(?: ·|$)/.exec(title)?.[1] ?? null;
}
