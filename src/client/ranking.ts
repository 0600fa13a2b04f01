// Sorts and filters the server-rendered ranking table in place (/peringkat/).
// The table is complete without this script; it adds the filter form, sort
// buttons in the column headers, a live count, and keeps the state in the
// URL query so a filtered view can be shared. No d3: plain DOM.
import type { Lang } from "../lib/format/lang.ts";
import { formatInteger } from "../lib/format/number.ts";
import { queryWords } from "../lib/site/search.ts";
import {
  compareRows,
  DEFAULT_STATE,
  naturalDirection,
  readState,
  rowMatches,
  writeState,
  type RankingState,
  type RowData,
  type SortKey,
} from "../lib/view/rankingState.ts";

interface Entry {
  readonly tr: HTMLTableRowElement;
  readonly data: RowData;
}

const table = document.querySelector<HTMLTableElement>("#peringkat-tabel");
const form = document.querySelector<HTMLFormElement>("#peringkat-saring");
const status = document.querySelector<HTMLElement>("#peringkat-status");
if (table && form && status) enhance(table, form, status);

function num(s: string | undefined): number | null {
  return s === undefined || s === "" ? null : Number(s);
}

function field(form: HTMLFormElement, name: string): HTMLInputElement | HTMLSelectElement {
  return form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement;
}

function optionValues(el: HTMLInputElement | HTMLSelectElement): Set<string> {
  return new Set(el instanceof HTMLSelectElement ? [...el.options].map((o) => o.value).filter(Boolean) : []);
}

function enhance(table: HTMLTableElement, form: HTMLFormElement, status: HTMLElement): void {
  const lang: Lang = document.documentElement.lang === "en" ? "en" : "id";
  const collator = new Intl.Collator(lang);
  const groups = [...table.tBodies].map((tbody) => {
    const tingkat = tbody.dataset["t"] ?? "";
    const entries = [...tbody.rows]
      .filter((tr) => tr.dataset["k"] !== undefined)
      .map((tr, index): Entry => ({
        tr,
        data: {
          tingkat,
          provinsi: tr.dataset["p"] ?? "",
          predikat: tr.dataset["k"] ?? "",
          move: tr.dataset["g"] ?? "",
          search: tr.dataset["s"] ?? "",
          name: tr.cells[1]?.textContent ?? "",
          provinsiNama: tr.querySelector(".prov")?.textContent ?? "",
          rank: num(tr.dataset["r"]),
          ipp: num(tr.dataset["v"]),
          change: num(tr.dataset["c"]),
          index,
        },
      }));
    return { tbody, entries };
  });
  const total = groups.reduce((n, g) => n + g.entries.length, 0);
  const names = ["tingkat", "provinsi", "predikat", "gerak", "q"] as const;
  const fields = Object.fromEntries(names.map((n) => [n, field(form, n)])) as Record<
    (typeof names)[number],
    HTMLInputElement | HTMLSelectElement
  >;
  const allowed = {
    tingkat: optionValues(fields.tingkat),
    provinsi: optionValues(fields.provinsi),
    predikat: optionValues(fields.predikat),
    gerak: optionValues(fields.gerak),
  };
  const headers = [...table.tHead!.querySelectorAll<HTMLTableCellElement>("th[data-sort]")];

  let state = readState(location.search, allowed);
  let sorted = `${DEFAULT_STATE.sort}|${DEFAULT_STATE.dir}`;
  let announce: ReturnType<typeof setTimeout> | undefined;

  // Sort buttons: the header text becomes a button, so it is reachable by keyboard and announced as one.
  for (const th of headers) {
    const button = document.createElement("button");
    button.type = "button";
    button.className = "sort";
    button.append(...th.childNodes);
    th.append(button);
    button.addEventListener("click", () => {
      const key = th.dataset["sort"] as SortKey;
      const dir = state.sort === key ? (state.dir === "asc" ? "desc" : "asc") : naturalDirection(key);
      update({ ...state, sort: key, dir }, true);
    });
  }

  function fillForm(s: RankingState): void {
    for (const n of names) fields[n].value = s[n];
  }

  function readForm(): RankingState {
    return {
      ...state,
      tingkat: fields.tingkat.value,
      provinsi: fields.provinsi.value,
      predikat: fields.predikat.value,
      gerak: fields.gerak.value,
      q: fields.q.value,
    };
  }

  function apply(s: RankingState): number {
    const words = queryWords(s.q);
    const order = `${s.sort}|${s.dir}`;
    const cmp = compareRows(s.sort, s.dir, collator);
    let shown = 0;
    for (const g of groups) {
      let inGroup = 0;
      for (const e of g.entries) {
        const hit = rowMatches(e.data, s, words);
        e.tr.hidden = !hit;
        if (hit) inGroup++;
      }
      if (order !== sorted) g.tbody.append(...[...g.entries].sort((a, b) => cmp(a.data, b.data)).map((e) => e.tr));
      g.tbody.hidden = inGroup === 0;
      shown += inGroup;
    }
    sorted = order;
    for (const th of headers) {
      if (th.dataset["sort"] === s.sort) th.setAttribute("aria-sort", s.dir === "asc" ? "ascending" : "descending");
      else th.removeAttribute("aria-sort");
    }
    return shown;
  }

  function say(shown: number): void {
    const template =
      shown === 0 ? status.dataset["none"] : shown === total ? status.dataset["all"] : status.dataset["some"];
    if (template)
      status.textContent = template
        .replace("{n}", formatInteger(shown, lang))
        .replace("{total}", formatInteger(total, lang));
  }

  function update(next: RankingState, now: boolean): void {
    state = next;
    const shown = apply(state);
    history.replaceState(history.state, "", `${location.pathname}${writeState(state)}${location.hash}`);
    // While the reader types, announce the count once they pause, not on every key.
    clearTimeout(announce);
    if (now) say(shown);
    else announce = setTimeout(() => say(shown), 400);
  }

  fillForm(state);
  form.hidden = false;
  say(apply(state));
  // Showing the form and hiding groups moved the page under a #grup-… link from the home page: go back to the target.
  if (location.hash) document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView();
  form.addEventListener("input", (e) => update(readForm(), e.target !== fields.q));
  form.addEventListener("submit", (e) => e.preventDefault());
  form.addEventListener("reset", (e) => {
    e.preventDefault();
    const next = { ...DEFAULT_STATE, sort: state.sort, dir: state.dir };
    fillForm(next);
    update(next, true);
  });
}
