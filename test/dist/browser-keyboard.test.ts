/**
 * The main tasks with the keyboard alone, in one tab as a reader would do
 * them: skip link → search → type a name → submit → the results → Enter on
 * the first result → the instansi page shows its IPP; the map from the main
 * navigation, into a region; then Data, down to a download link, which
 * downloads. Every stop must show a visible focus ring and be on screen.
 */
import { expect, it } from "vitest";
import type { Page } from "playwright-core";
import { formatIpp } from "../../src/lib/format/number.ts";
import { browserSuite } from "./harness/browser.ts";
import { DIST, builtData, requireDist } from "./harness/dist.ts";
import { focused, tabTo, type Focused } from "./harness/keyboard.ts";
import { pendingNote, placeholderView } from "./harness/pending.ts";
import { notableInstansi } from "./harness/sample.ts";
import { visit, type Visit } from "./harness/visit.ts";

const dist = requireDist(DIST);
const data = builtData(dist);
// A K/L: a name a reader types whole, and one that must come first in the results.
const target = data.instansi.find((i) => i.slug === notableInstansi(data).find((n) => n.why === "kl")?.slug) ?? data.instansi[0]!;
const result = data.results.get(data.latest)?.get(target.kode);
const instansiPending = placeholderView(dist, `/instansi/${target.slug}/`);

const seen = (f: Focused, what: string) => {
  expect(f.ringVisible, `${what}: no visible focus ring on ${f.description}`).toBe(true);
  expect(f.onScreen, `${what}: focused element off screen: ${f.description}`).toBe(true);
};
/** Enter on the focused link, waiting for the page it opens. */
const follow = async (page: Page, url: RegExp) => {
  await Promise.all([page.waitForURL(url), page.keyboard.press("Enter")]);
  await page.waitForLoadState("networkidle");
};

browserSuite("keyboard-only walk through the main tasks", (env) => {
  let v: Visit;
  const page = () => v.page;

  it("Tab from the top reaches the skip link first, and it is visible", async () => {
    v = await visit(env(), "/");
    await page().keyboard.press("Tab");
    const f = await focused(page(), "a.skip, a[href='#isi']");
    expect(f.matches, `first Tab stop is ${f.description}`).toBe(true);
    seen(f, "skip link");
  });

  it(`finds "${target.nama}" through the header search`, async () => {
    seen(await tabTo(page(), "#q"), "search field");
    await page().keyboard.type(target.nama);
    await follow(page(), /\/cari\/\?q=/);
    expect(new URL(page().url()).searchParams.get("q")).toBe(target.nama);
  });

  it("reaches the first result with the skip link and Tab, and opens it with Enter", async () => {
    await page().keyboard.press("Tab");
    await page().keyboard.press("Enter"); // the skip link: focus moves to <main>
    const first = await tabTo(page(), "li[data-search]:not([hidden]) a", { max: 10 });
    seen(first, "first result");
    expect(first.description).toContain(target.nama);
    await follow(page(), new RegExp(`/instansi/${target.slug}/$`));
  });

  it.skipIf(instansiPending !== undefined)(`the instansi page shows its IPP${pendingNote(instansiPending)}`, async () => {
    const h1 = (await page().textContent("h1")) ?? "";
    expect(h1).toContain(target.nama);
    if (result) expect(await page().textContent("main")).toContain(formatIpp(result.ipp, "id"));
  });

  it("opens the map from the main navigation and reaches a region with Tab", async () => {
    seen(await tabTo(page(), ".main-nav a[href='/peta/']"), "nav: map");
    await follow(page(), /\/peta\/$/);
    await page().keyboard.press("Tab");
    await page().keyboard.press("Enter");
    // The live map's regions, or the server SVG's links when the script has not replaced it.
    const region = await tabTo(page(), "#peta-live [data-kode], .map-svg a", { max: 40 });
    expect(region.onScreen, region.description).toBe(true);
  });

  it("goes to Data from the navigation and downloads a file with Enter", async () => {
    seen(await tabTo(page(), ".main-nav a[href='/data/']", { backwards: true, max: 80 }), "nav: data");
    await follow(page(), /\/data\/$/);
    await page().keyboard.press("Tab");
    await page().keyboard.press("Enter");
    seen(await tabTo(page(), "a[download]", { max: 10 }), "download link");
    const [download] = await Promise.all([page().waitForEvent("download"), page().keyboard.press("Enter")]);
    expect(download.suggestedFilename()).toMatch(/\.(csv|json)$/);
    expect(await download.failure()).toBeNull();
    expect(await v.problems()).toEqual([]);
    await v.close();
  });
});
