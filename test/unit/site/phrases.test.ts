import { describe, expect, it } from "vitest";
import { LANGS, pick, type Lang } from "../../../src/lib/format/lang.ts";
import { mapText } from "../../../src/lib/map/text.ts";
import { strings } from "../../../src/lib/site/i18n.ts";
import { homeText } from "../../../src/lib/view/homeText.ts";
import { instansiText } from "../../../src/lib/view/instansiText.ts";
import { provinceText } from "../../../src/lib/view/provinceText.ts";
import { rankingText } from "../../../src/lib/view/rankingText.ts";

/** Every phrase book of the interface, each one function of the language. */
const BOOKS: Record<string, (lang: Lang) => object> = {
  strings,
  homeText,
  instansiText,
  provinceText,
  rankingText,
  mapText,
};

/** Words the two languages share: the index's acronym, a column heading and loanwords ("menu" is both Indonesian and English). */
const SAME_IN_BOTH = new Set(["IPP", "Data", "Lokus", "median", "Menu"]);

/** Templates that take a yes/no flag (and a count) rather than words to fill in. */
const FLAGS = new Set(["instansiText.aspectsIntro"]);

interface Phrase {
  readonly path: string;
  readonly text: string;
  /** The markers a template was given (none for a plain string or a flag). */
  readonly given: readonly string[];
}

/** Every phrase of a book: plain strings as they are, templates filled with markers, flags both ways. */
function phrases(book: object, path: string): Phrase[] {
  return Object.entries(book).flatMap(([key, v]): Phrase[] => {
    const at = `${path}.${key}`;
    if (typeof v === "string") return [{ path: at, text: v, given: [] }];
    if (typeof v === "function") {
      if (FLAGS.has(at)) return [true, false].map((flag) => ({ path: `${at}(${flag})`, text: v(flag, 6), given: [] }));
      const given = Array.from({ length: v.length }, (_, i) => `⟦${i}⟧`);
      return [{ path: `${at}()`, text: v(...given), given }];
    }
    return phrases(v as object, at);
  });
}

/** The shape of a book: keys, and the number of arguments of each template. */
function shape(book: object): unknown {
  return Object.fromEntries(
    Object.entries(book)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([k, v]) => [k, typeof v === "function" ? `(${v.length})` : typeof v === "string" ? "" : shape(v)]),
  );
}

describe.each(Object.entries(BOOKS))("the phrase book %s", (name, book) => {
  const id = phrases(book("id"), name);
  const en = phrases(book("en"), name);

  it("has the same keys and template arguments in both languages", () => {
    expect(shape(book("en"))).toEqual(shape(book("id")));
  });

  it("fills every argument it is given into the text, in both languages", () => {
    for (const { path, text, given } of [...id, ...en]) for (const g of given) expect(text, path).toContain(g);
  });

  it("has no empty phrase and nothing a template failed to fill", () => {
    for (const { path, text } of [...id, ...en]) {
      expect(text.trim(), path).not.toBe("");
      expect(text, path).not.toMatch(/undefined|NaN|\[object|\$\{/);
    }
  });

  it("keeps the {placeholders} the browser fills the same in both languages", () => {
    const holes = (list: Phrase[]) =>
      Object.fromEntries(list.map((p) => [p.path, [...p.text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()]));
    expect(holes(en)).toEqual(holes(id));
  });

  it("is translated: the same words in both languages only where they are names or codes", () => {
    const english = new Map(en.map((p) => [p.path, p.text]));
    const same = id.filter((p) => english.get(p.path) === p.text).map((p) => p.text);
    expect(same.filter((t) => !SAME_IN_BOTH.has(t))).toEqual([]);
  });
});

describe("pick", () => {
  it("takes the Indonesian text first, the English second", () => {
    expect(LANGS).toEqual(["id", "en"]);
    expect(LANGS.map((lang) => pick(lang, "Peringkat", "Rankings"))).toEqual(["Peringkat", "Rankings"]);
  });
});
