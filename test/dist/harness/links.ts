/**
 * Link check over scanned pages: every reference that stays on the site
 * must resolve to a file in dist/ (a directory counts when it has an
 * index.html, as a static host serves it), and a #fragment must name an id
 * on the target page. References to other hosts are collected separately:
 * links (<a>) are allowed only where the caller says, resources never.
 */
import { fileFor, sitePath } from "./transfer.ts";
import type { ScannedPage } from "./html.ts";

/** Attributes that point somewhere, per tag; `<a>` and `<area>` are links, the rest load something. */
const REFS: Record<string, readonly string[]> = {
  a: ["href"],
  area: ["href"],
  link: ["href"],
  script: ["src"],
  img: ["src", "srcset"],
  source: ["src", "srcset"],
  iframe: ["src"],
  embed: ["src"],
  object: ["data"],
  video: ["src", "poster"],
  audio: ["src"],
  track: ["src"],
  form: ["action"],
  use: ["href", "xlink:href"],
  image: ["href", "xlink:href"],
};
const NAVIGATION = new Set(["a", "area", "form"]);

export interface Problem {
  readonly page: string;
  readonly tag: string;
  readonly ref: string;
  readonly why: string;
}

export interface ForeignRef {
  readonly page: string;
  readonly tag: string;
  readonly ref: string;
  /** True for a link the reader follows; false for something the page loads. */
  readonly navigation: boolean;
}

export interface Ref {
  readonly tag: string;
  readonly ref: string;
}

/** A page's references, each distinct (tag, ref) once: what the link check keeps per page. */
export function refsOf(scanned: ScannedPage): Ref[] {
  const seen = new Set<string>();
  const out: Ref[] = [];
  for (const t of scanned.tags)
    for (const a of REFS[t.name] ?? []) {
      const v = t.attrs.get(a);
      if (v === undefined) continue;
      // srcset: "a.png 1x, b.png 2x"
      const refs = a === "srcset" ? v.split(",").map((s) => s.trim().split(/\s+/)[0]!).filter(Boolean) : [v.trim()];
      for (const ref of refs) {
        const key = `${t.name} ${ref}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({ tag: t.name, ref });
      }
    }
  return out;
}

/** What the link check needs of a page. */
export interface LinkedPage {
  readonly refs: readonly Ref[];
  readonly ids: ReadonlySet<string>;
}

/**
 * Checks every reference of every page; `pages` maps a site path ("/x/", or
 * "/ipp/x/" under a BASE_PATH) to its references and ids. Under a base, a
 * reference that leaves it ("/x/" from "/ipp/") is broken on the host. An
 * absolute URL on the site's own address (`origin`, from SITE_URL: the
 * canonical and hreflang links) is a reference to the site, checked alike.
 */
export function checkLinks(dist: string, pages: ReadonlyMap<string, LinkedPage>, base = "/", origin: string | null = null): { problems: Problem[]; foreign: ForeignRef[]; checked: number } {
  const problems: Problem[] = [];
  const foreign: ForeignRef[] = [];
  const exists = new Map<string, boolean>();
  let checked = 0;
  for (const [page, linked] of pages) {
    for (const { tag, ref } of linked.refs) {
      checked++;
      if (ref === "" || ref === "#") continue;
      if (/^javascript:/i.test(ref)) {
        problems.push({ page, tag, ref, why: "javascript: URL" });
        continue;
      }
      if (/^(mailto|tel|data):/i.test(ref)) continue;
      const target = origin !== null && ref.startsWith(`${origin}/`) ? sitePath(ref.slice(origin.length), page) : sitePath(ref, page);
      if (target === undefined) {
        foreign.push({ page, tag, ref, navigation: NAVIGATION.has(tag) });
        continue;
      }
      if (!target.startsWith(base)) {
        problems.push({ page, tag, ref, why: `outside the site's base ${base}` });
        continue;
      }
      let ok = exists.get(target);
      if (ok === undefined) exists.set(target, (ok = fileFor(dist, target, base) !== undefined || fileFor(dist, `${target}/`, base) !== undefined));
      if (!ok) {
        problems.push({ page, tag, ref, why: "no such file in dist/" });
        continue;
      }
      const hash = ref.indexOf("#");
      if (hash < 0) continue;
      const id = decodeURIComponent(ref.slice(hash + 1));
      const targetPage = pages.get(target) ?? pages.get(`${target}/`);
      if (id && targetPage && !targetPage.ids.has(id)) problems.push({ page, tag, ref, why: `no element with id "${id}" on ${target}` });
    }
  }
  return { problems, foreign, checked };
}
