import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { NOT_EVALUATED, PALETTE, PREDIKAT_CODES, cssVar } from "../../../src/lib/format/palette.ts";
import { predikatClass } from "../../../src/lib/view/predikatClass.ts";

// Whitespace folded: Prettier lays each rule over several lines.
const css = readFileSync(new URL("../../../src/styles/site.css", import.meta.url), "utf8").replace(/\s+/g, " ");
const value = (name: string) => new RegExp(`${name}:\\s*(#[0-9a-f]{3,6})`, "i").exec(css)?.[1]?.toLowerCase();

describe("the stylesheet's predikat colours are the palette's", () => {
  it.each(PREDIKAT_CODES)("%s", (code) => {
    expect(value(`${cssVar(code)}`)).toBe(PALETTE[code].fill.toLowerCase());
    expect(value(`${cssVar(code)}-text`)).toBe(PALETTE[code].text.toLowerCase().replace("#ffffff", "#fff"));
    // The rule as Prettier lays it out, white space folded.
    expect(css.replace(/\s+/g, " ")).toContain(
      `.${predikatClass(code)} { background: var(${cssVar(code)}); color: var(${cssVar(code)}-text); }`,
    );
  });
  it("not evaluated", () => {
    expect(value("--predikat-none")).toBe(NOT_EVALUATED.fill);
    expect(predikatClass(null)).toBe("pk-none");
    expect(predikatClass("Z")).toBe("pk-none");
  });
});
