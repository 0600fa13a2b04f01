import { describe, expect, it } from "vitest";
import { VARIANTS } from "../../../src/charts/layout/sizes.ts";
import { CASES } from "./cases.ts";
import { LANGS } from "./support.ts";

/**
 * One committed SVG per builder, language, variant and width, under
 * test/snapshots/charts/: the phone layout (300, the narrowest variant) and
 * the desktop one (840, the widest); a fluid chart once (one drawing for every width). Vitest refuses to write a missing
 * snapshot when CI is set, so a forgotten snapshot fails CI instead of
 * passing silently. After an intended change:
 * `npm exec -- vitest run --project unit test/unit/charts --update`
 * (flag last: it takes an optional value), then review the SVG diff.
 */
const WIDTHS = [VARIANTS[0]!.width, VARIANTS.at(-1)!.width];

describe.each(Object.entries(CASES))("%s", (name, build) => {
  // A fluid chart is one drawing for every width (render/fluid.ts): one snapshot per language.
  const fluid = build("id").fluid === true;
  describe.each<number | "fluid">(fluid ? ["fluid"] : WIDTHS)("at %s", (width) => {
    it.each(LANGS)("matches the committed SVG (%s)", async (lang) => {
      const svg = typeof width === "number" ? build(lang, width).svg : build(lang).svg;
      await expect(svg).toMatchFileSnapshot(`../../snapshots/charts/${name}.${width}.${lang}.svg`);
    });
  });

  it("gives identical bytes on a second build", () => {
    expect(build("id").svg).toBe(build("id").svg);
  });
});
