// Filters the server-rendered list on /cari/ as the reader types; reads ?q= on load.
// Without JavaScript the page still shows every instansi, grouped and sorted.
import { matches, queryWords } from "../lib/site/search.ts";

const input = document.querySelector<HTMLInputElement>("#cari-q");
const items = [...document.querySelectorAll<HTMLLIElement>("li[data-search]")];
const status = document.querySelector<HTMLElement>("#cari-status");
const groups = [...document.querySelectorAll<HTMLElement>("section[data-group]")];

function apply(query: string): void {
  const words = queryWords(query);
  let shown = 0;
  for (const li of items) {
    const hit = words.length === 0 || matches(li.dataset["search"] ?? "", words);
    li.hidden = !hit;
    if (hit) shown++;
  }
  for (const g of groups) g.hidden = !g.querySelector("li:not([hidden])");
  const template = words.length ? status?.dataset["found"] : status?.dataset["all"];
  if (status && template) status.textContent = template.replace("{n}", String(shown));
}

if (input) {
  const q = new URLSearchParams(location.search).get("q") ?? "";
  input.value = q;
  apply(q);
  input.addEventListener("input", () => apply(input.value));
}
