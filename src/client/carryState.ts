// The language and year switches in the header lead to the same page in the
// other language or year. Pages keep their state in the address's query
// (the ranking's filters, the map's level): the switches take it along, so
// switching does not drop a filter. Without JavaScript they lead to the
// page's default state.
function carry(e: Event): void {
  const a = e.target instanceof Element ? e.target.closest<HTMLAnchorElement>(".switches a[href]") : null;
  if (!a || !location.search) return;
  const url = new URL(a.href, location.href);
  if (url.origin !== location.origin) return;
  url.search = location.search;
  a.href = url.pathname + url.search + url.hash;
}
for (const type of ["pointerdown", "focusin", "click"]) document.addEventListener(type, carry, { capture: true });
