/**
 * The share panels (src/components/share/SharePanel.astro), enhanced: a copy
 * button per field (the Clipboard API, or selecting the text where it is not
 * allowed), the access date in the citations, and, on a site built without
 * SITE_URL, the site paths in every field completed from the page's own
 * location. Without JavaScript the fields are there to select.
 */
import { ACCESSED_SLOT, citationDate } from "../lib/view/share.ts";

const DONE = { id: "Disalin ke papan klip.", en: "Copied to the clipboard." } as const;
const SELECTED = {
  id: "Teks dipilih: tekan Ctrl+C untuk menyalin.",
  en: "Text selected: press Ctrl+C to copy.",
} as const;

/** Site paths in a field ("/2024/…", after a start, space or quote) made full from `origin`. */
export function completeAddresses(text: string, origin: string): string {
  return text.replace(
    /(^|[\s"(])(\/(?!\/)[^\s"<>]*)/g,
    (_, before: string, path: string) => `${before}${origin}${path}`,
  );
}

export function enhanceSharePanels(root: ParentNode = document): void {
  const lang = document.documentElement.lang === "en" ? "en" : "id";
  const now = new Date();
  const today = { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
  for (const panel of root.querySelectorAll<HTMLElement>("[data-share]")) {
    if (panel.dataset["enhanced"]) continue;
    panel.dataset["enhanced"] = "true";
    const complete = panel.hasAttribute("data-complete");
    for (const field of panel.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>("[data-share-value]")) {
      let value = field.value;
      if (complete) value = completeAddresses(value, location.origin);
      const fieldLang = field.lang === "en" ? "en" : field.lang === "id" ? "id" : lang;
      value = value.replace(ACCESSED_SLOT[fieldLang], citationDate(today, fieldLang));
      field.value = value;
    }
    const status = panel.querySelector<HTMLElement>(".share-status");
    for (const field of panel.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>("[data-share-value]")) {
      // "Salin: <the field's label>" for a screen reader, "Salin" on screen.
      const button = document.createElement("button");
      button.type = "button";
      button.className = "button share-copy";
      button.dataset["copy"] = field.id;
      const hidden = document.createElement("span");
      hidden.className = "visually-hidden";
      hidden.textContent = `: ${panel.querySelector(`label[for="${CSS.escape(field.id)}"]`)?.textContent ?? ""}`;
      button.append(panel.dataset["copyLabel"] ?? (lang === "en" ? "Copy" : "Salin"), hidden);
      field.after(button);
      button.addEventListener("click", () => {
        const say = (text: string) => {
          if (status) status.textContent = text;
        };
        field.focus();
        field.select();
        if (navigator.clipboard?.writeText)
          navigator.clipboard.writeText(field.value).then(
            () => say(DONE[lang]),
            () => say(SELECTED[lang]),
          );
        else say(SELECTED[lang]);
      });
    }
  }
}
