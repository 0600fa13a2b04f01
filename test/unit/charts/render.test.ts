import { describe, expect, it } from "vitest";
import { dodge } from "../../../src/charts/layout/dodge.ts";
import { svgEl } from "../../../src/charts/render/dom.ts";
import { legend } from "../../../src/charts/render/legend.ts";
import { roundNumbers, serialize } from "../../../src/charts/render/serialize.ts";
import { bands, bandText, predikatFor } from "../../../src/charts/ladder.ts";
import { groupNoun, joinList, predikatCounts, sourceLine, tingkatLabel } from "../../../src/charts/text.ts";
import { parseSvg, profile } from "./support.ts";

describe("serialize", () => {
  it("escapes text and attributes for XML", () => {
    const el = svgEl("svg", { "aria-label": `a < b & "c"` }, [svgEl("title", {}, ["Kab. A & B <x>"])]);
    const out = serialize(el);
    expect(out).toBe('<svg aria-label="a &lt; b &amp; &quot;c&quot;"><title>Kab. A &amp; B &lt;x&gt;</title></svg>');
    expect(() => parseSvg(out.replace("<svg", '<svg xmlns="http://www.w3.org/2000/svg"'))).not.toThrow();
  });

  it("rounds coordinates to two decimals but leaves other attributes and text alone", () => {
    const el = svgEl("g", { transform: "translate(77.93103448275863,30)", "data-ipp": "4.625", y: "0.71em" }, [
      svgEl("text", {}, ["4.12345"]),
    ]);
    expect(serialize(el)).toBe(
      '<g data-ipp="4.625" transform="translate(77.93,30)" y="0.71em"><text>4.12345</text></g>',
    );
    expect(roundNumbers("M-0.001,1e-7L2.005,3")).toBe("M0,0L2.01,3");
  });

  it("sorts attributes, xmlns first, whatever order they were set in", () => {
    const a = serialize(svgEl("svg", { width: 1, xmlns: "x", class: "c" }));
    const b = serialize(svgEl("svg", { class: "c", xmlns: "x", width: 1 }));
    expect(a).toBe(b);
    expect(a).toBe('<svg xmlns="x" class="c" width="1"/>');
  });

  it("indents between elements only, never inside text", () => {
    const el = svgEl("g", {}, [svgEl("text", {}, ["A ", svgEl("tspan", {}, ["b"])]), svgEl("rect", { width: 1 })]);
    expect(serialize(el, true)).toBe('<g>\n  <text>A <tspan>b</tspan></text>\n  <rect width="1"/>\n</g>\n');
  });
});

describe("dodge", () => {
  const overlaps = (xs: number[], ys: number[], r: number) => {
    for (let i = 0; i < xs.length; i++)
      for (let j = i + 1; j < xs.length; j++)
        if (Math.hypot(xs[i]! - xs[j]!, ys[i]! - ys[j]!) < 2 * r - 1e-6) return true;
    return false;
  };

  it("keeps x, never overlaps and starts on the baseline", () => {
    const xs = [10, 10, 10, 12, 30, 11, 50, 10.5];
    const ys = dodge(xs, 4);
    expect(overlaps(xs, ys, 4)).toBe(false);
    expect(Math.min(...ys)).toBe(0);
    expect(ys[4]).toBe(0); // alone
  });

  it("is deterministic and independent of input order among equal x", () => {
    const xs = Array.from({ length: 200 }, (_, i) => (i * 7919) % 97);
    expect(dodge(xs, 3)).toEqual(dodge(xs, 3));
    expect(overlaps(xs, dodge(xs, 3), 3)).toBe(false);
  });

  it("stacks identical values straight up", () => {
    expect(dodge([5, 5, 5], 2, 0)).toEqual([0, 4, 8]);
  });
});

describe("legend", () => {
  it("wraps to a new row when the width runs out", () => {
    const items = profile.predikat.map((s) => ({ kind: "predikat" as const, kode: s.kode, title: s.label }));
    const wide = legend(items, 640);
    const narrow = legend(items, 150);
    expect(narrow.height).toBeGreaterThan(wide.height);
    const ys = new Set(
      narrow.node.children.map(
        (n) => String(typeof n === "object" && "attrs" in n ? n.attrs["transform"] : "").split(",")[1],
      ),
    );
    expect(ys.size).toBeGreaterThan(1);
  });
});

describe("ladder helpers", () => {
  it("turns lower bounds into two-decimal bands", () => {
    const b = bands(profile.predikat);
    expect(b[0]).toMatchObject({ kode: "A", lo: 4.51, hi: 5 });
    expect(b[1]).toMatchObject({ kode: "A-", lo: 4.01, hi: 4.5 });
    expect(b.at(-1)).toMatchObject({ kode: "F", lo: 0, hi: 1 });
    expect(bandText(profile.predikat, "B-", "id")).toBe("B- — Baik (Dengan Catatan) (3,01–3,50)");
    expect(bandText(profile.predikat, "B-", "en")).toBe("B- — Good (with notes) (3.01–3.50)");
  });

  it("bands a value on the ladder at two decimals", () => {
    expect(predikatFor(profile.predikat, 4.51).kode).toBe("A");
    expect(predikatFor(profile.predikat, 4.5).kode).toBe("A-");
    expect(predikatFor(profile.predikat, 1.0).kode).toBe("F");
  });
});

describe("text helpers", () => {
  it("join lists the way each language does", () => {
    expect(joinList(["a"], "id")).toBe("a");
    expect(joinList(["a", "b", "c"], "id")).toBe("a, b dan c");
    expect(joinList(["a", "b"], "en")).toBe("a and b");
  });

  it("count predikat, leaving zeros out and grouping thousands", () => {
    expect(
      predikatCounts(
        [
          { kode: "A", n: 1234 },
          { kode: "A-", n: 0 },
          { kode: "B", n: 3 },
        ],
        "id",
      ),
    ).toBe("1.234 berpredikat A dan 3 B");
    expect(
      predikatCounts(
        [
          { kode: "A", n: 1234 },
          { kode: "B", n: 3 },
        ],
        "en",
      ),
    ).toBe("1,234 rated A and 3 B");
    expect(predikatCounts([{ kode: "A", n: 0 }], "en")).toBe("");
  });

  it("name tingkat and groups", () => {
    expect(tingkatLabel("kl", "id")).toBe("Kementerian/Lembaga");
    expect(tingkatLabel("kabupaten", "en")).toBe("Regencies");
    expect(groupNoun(new Set(["kabupaten", "kota"] as const), "id")).toBe("kabupaten/kota");
    expect(groupNoun(new Set(["kota"] as const), "en")).toBe("cities");
    expect(groupNoun(new Set(["kota", "kl"] as const), "id")).toBe("instansi");
  });

  it("never lets sample data pass for official", () => {
    expect(sourceLine({ lang: "id", year: 2024, status: "sample" })).toContain("bukan hasil resmi");
    expect(sourceLine({ lang: "en", year: 2024, status: "official", sumber: null })).toBe(
      "Source: Ministry of Administrative and Bureaucratic Reform (PANRB), PEKPPP 2024; processed by Dasbor IPP.",
    );
  });
});
