// Filters the server-rendered list on /cari/ as the reader types; reads ?q= on load.
// The closest names come first in a short "best matches" list ("kota bandung"
// puts Kota Bandung before Kabupaten Bandung and Bandung Barat).
// Without JavaScript the page still shows every instansi, grouped and sorted.
import { matches, matchScore, queryWords } from "../lib/site/search.ts";

const input = document.querySelector<HTMLInputElement>("#cari-q");
const items = [...document.querySelectorAll<HTMLLIElement>("li[data-search]")];
const status = document.querySelector<HTMLElement>("#cari-status");
const groups = [...document.querySelectorAll<HTMLElement>("section[data-group]")];
const best = document.querySelector<HTMLElement>("#cari-terbaik");
const bestList = best?.querySelector("ol");
/** How many best matches to lift to the top. */
const BEST = 5;

function apply(query: string): void {
  const words = queryWords(query);
  let shown = 0;
  const scored: { li: HTMLLIElement; score: number }[] = [];
  for (const li of items) {
    const hit = words.length === 0 || matches(li.dataset["search"] ?? "", words);
    li.hidden = !hit;
    if (hit) shown++;
    if (hit && words.length)
      scored.push({ li, score: matchScore(li.dataset["name"] ?? "", li.dataset["search"] ?? "", query) });
  }
  for (const g of groups) g.hidden = !g.querySelector("li:not([hidden])");
  if (best && bestList) {
    const top = scored
      .filter((s) => s.score >= 2)
      .sort((a, b) => b.score - a.score || (a.li.dataset["name"] ?? "").length - (b.li.dataset["name"] ?? "").length)
      .slice(0, BEST);
    bestList.replaceChildren(...top.map((s) => s.li.cloneNode(true)));
    best.hidden = top.length === 0;
  }
  const template = words.length ? status?.dataset["found"] : status?.dataset["all"];
  if (status && template) status.textContent = template.replace("{n}", String(shown));
}

if (input) {
  const q = new URLSearchParams(location.search).get("q") ?? "";
  input.value = q;
  apply(q);
  input.addEventListener("input", () => apply(input.value));
}
