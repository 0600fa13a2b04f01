// Filters the Ramah Kelompok Rentan unit tables in place (/evaluasi/ramah-kelompok-rentan/).
// Every unit is listed without this script; it shows the filter form, hides
// the rows (and tier sections) that do not match, and says how many remain.
import type { Lang } from "../lib/format/lang.ts";
import { formatInteger } from "../lib/format/number.ts";
import { unitMatches, type UnitFilter } from "../lib/view/unitFilter.ts";

const form = document.querySelector<HTMLFormElement>("#unit-saring");
const status = document.querySelector<HTMLElement>("#unit-status");
if (form && status) enhance(form, status);

function enhance(form: HTMLFormElement, status: HTMLElement): void {
  const lang = (document.documentElement.lang === "en" ? "en" : "id") satisfies Lang;
  const rows = [...document.querySelectorAll<HTMLTableRowElement>("tr[data-jenis]")];
  const sections = [...document.querySelectorAll<HTMLElement>("section[data-kategori]")];
  const value = (name: string) => (form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement).value;
  const apply = () => {
    const f: UnitFilter = {
      provinsi: value("provinsi"),
      jenis: value("jenis"),
      tingkat: value("tingkat"),
      q: value("q"),
    };
    let shown = 0;
    for (const tr of rows) {
      const d = tr.dataset;
      const ok = unitMatches(
        { provinsi: d["provinsi"] ?? "", jenis: d["jenis"] ?? "", tingkat: d["tingkat"] ?? "", teks: d["teks"] ?? "" },
        f,
      );
      tr.hidden = !ok;
      if (ok) shown++;
    }
    for (const s of sections) s.hidden = !s.querySelector("tr[data-jenis]:not([hidden])");
    const n = formatInteger(shown, lang);
    status.textContent = lang === "en" ? `${n} units shown` : `${n} unit ditampilkan`;
  };
  form.hidden = false;
  form.addEventListener("input", apply);
  form.addEventListener("reset", () => setTimeout(apply, 0));
  form.addEventListener("submit", (e) => e.preventDefault());
}
