import { describe, expect, it } from "vitest";
import { parseSqlRows } from "../../../src/lib/geo/sqlRows.ts";

const HEADER = `/*\nfilename : db/kab/x.sql\nMIT License ... ('not','a',row)\n*/\nDELETE FROM wilayah_boundaries WHERE kode BETWEEN '11.00' AND '11.99';\n`;

describe("parseSqlRows: the (kode, nama, lat, lng, path) tuples of the SQL dumps", () => {
  it("reads every tuple of several INSERT statements and keeps path as text", () => {
    const sql = `${HEADER}INSERT INTO wilayah_boundaries(kode,nama,lat,lng,path) VALUES
\t('11.01','Kabupaten Aceh Selatan',3.16,97.43,'[[[2.8,97.5],[2.9,97.6],[2.7,97.7],[2.8,97.5]]]'),
\t('11.02','Kabupaten Aceh Tenggara',-3.5e-1,97.69,'[[[[1,2],[3,4],[5,6],[1,2]]]]');
INSERT INTO wilayah_boundaries(kode,nama,lat,lng,path) VALUES
\t('11.71','Kota Banda Aceh',5.55,95.32,'[]');`;
    const { rows, unreadable } = parseSqlRows(sql);
    expect(unreadable).toEqual([]);
    expect(rows.map((r) => r.kode)).toEqual(["11.01", "11.02", "11.71"]);
    expect(rows[0]).toEqual({
      kode: "11.01",
      nama: "Kabupaten Aceh Selatan",
      lat: 3.16,
      lng: 97.43,
      path: "[[[2.8,97.5],[2.9,97.6],[2.7,97.7],[2.8,97.5]]]",
    });
    expect(rows[1]!.lat).toBe(-0.35);
  });

  it("allows whitespace after commas (the row of 63 Kalimantan Selatan has one)", () => {
    const { rows } = parseSqlRows(
      `VALUES\n\t('63', 'Kalimantan Selatan', -3.48, 114.83, '[[[1,2],[3,4],[5,6],[1,2]]]');`,
    );
    expect(rows).toEqual([
      { kode: "63", nama: "Kalimantan Selatan", lat: -3.48, lng: 114.83, path: "[[[1,2],[3,4],[5,6],[1,2]]]" },
    ]);
  });

  it("unescapes quotes in names ('' and \\')", () => {
    const { rows } = parseSqlRows(`VALUES ('99.01','Pulau O''Neil',0,0,'[]'),\n('99.02','Tanjung D\\'Arc',0,0,'[]');`);
    expect(rows.map((r) => r.nama)).toEqual(["Pulau O'Neil", "Tanjung D'Arc"]);
  });

  it("reports a tuple it cannot read instead of dropping it silently", () => {
    const { rows, unreadable } = parseSqlRows(
      `VALUES\n\t('11.01','Aceh Selatan',3.1,97.4,'[]'),\n\t('11.02','Aceh Tenggara',NULL,97.6,'[]');`,
    );
    expect(rows.map((r) => r.kode)).toEqual(["11.01"]);
    expect(unreadable).toHaveLength(1);
    expect(unreadable[0]).toContain("11.02");
  });
});
