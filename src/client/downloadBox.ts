/**
 * A download box's behaviour, shared by the charts' (./downloads.ts) and the
 * map's (./map/downloads.ts): the box, hidden in the HTML so that without
 * JavaScript no button does nothing, is shown; a button is disabled while
 * its file is made, and a failure is said in the box's status line. No
 * imports, so a page can show its buttons before the code that makes the
 * files has loaded.
 */
export type Format = "png" | "svg" | "csv";

export function wireDownloadBox(box: HTMLElement, download: (format: Format) => Promise<void>): void {
  box.hidden = false;
  const status = box.querySelector(".chart-downloads-status");
  box.addEventListener("click", (e) => {
    const button = (e.target as Element).closest<HTMLButtonElement>("button[data-format]");
    if (!button) return;
    button.disabled = true;
    if (status) status.textContent = "";
    download(button.dataset["format"] as Format)
      .catch((err: unknown) => {
        if (status)
          status.textContent =
            document.documentElement.lang === "en"
              ? `Download failed: ${String(err)}`
              : `Unduhan gagal: ${String(err)}`;
      })
      .finally(() => (button.disabled = false));
  });
}
