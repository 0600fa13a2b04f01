import { describe, expect, it } from "vitest";
import { CASES } from "./cases.ts";
import { LANGS } from "./support.ts";

/**
 * One committed SVG per builder, language and variant, under
 * test/snapshots/charts/. Vitest refuses to write a missing snapshot when
 * CI is set, so a forgotten snapshot fails CI instead of passing silently.
 * After an intended change: `npm exec -- vitest run --project unit test/unit/charts --update`
 * (flag last: it takes an optional value), then review the SVG diff.
 */
describe.each(Object.entries(CASES))("%s", (name, build) => {
  it.each(LANGS)("matches the committed SVG (%s)", async (lang) => {
    await expect(build(lang).svg).toMatchFileSnapshot(`../../snapshots/charts/${name}.${lang}.svg`);
  });

  it("gives identical bytes on a second build", () => {
    expect(build("id").svg).toBe(build("id").svg);
  });
});
