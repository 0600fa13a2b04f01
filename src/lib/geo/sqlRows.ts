/**
 * Reads the rows of cahyadsn/wilayah_boundaries SQL dumps:
 * `INSERT INTO wilayah_boundaries(kode,nama,lat,lng,path) VALUES ('11.01','Kabupaten …',3.16,97.43,'[[[lat,lng],…]]'), …;`
 * Only the value tuples matter; the statements around them are ignored.
 */

export interface BoundaryRow {
  readonly kode: string;
  readonly nama: string;
  /** Centroid given by the source (not used for drawing). */
  readonly lat: number;
  readonly lng: number;
  /** The `path` column, still as JSON text: rings of [lat, lng] pairs. */
  readonly path: string;
}

export interface ParsedSql {
  readonly rows: BoundaryRow[];
  /** Lines that start like a value tuple but could not be read. */
  readonly unreadable: string[];
}

// A quoted SQL string: '' or \' escape a quote inside it.
const STR = String.raw`'((?:[^'\\]|\\.|'')*)'`;
const NUM = String.raw`(-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)`;
const SEP = String.raw`\s*,\s*`;
const TUPLE = new RegExp(String.raw`\(\s*${STR}${SEP}${STR}${SEP}${NUM}${SEP}${NUM}${SEP}'([^']*)'\s*\)`, "g");
// Where a tuple should begin: a line (after optional indentation) opening with ('.
const TUPLE_START = /^\s*\(\s*'/gm;

const unescape = (s: string) => s.replace(/''/g, "'").replace(/\\(.)/g, "$1");

export function parseSqlRows(sql: string): ParsedSql {
  const rows: BoundaryRow[] = [];
  const starts = new Set<number>();
  for (const m of sql.matchAll(TUPLE_START)) starts.add(m.index + m[0].indexOf("("));
  for (const m of sql.matchAll(TUPLE)) {
    const [, kode = "", nama = "", lat = "", lng = "", path = ""] = m;
    rows.push({ kode: unescape(kode).trim(), nama: unescape(nama).trim(), lat: Number(lat), lng: Number(lng), path });
    starts.delete(m.index);
  }
  const unreadable = [...starts].sort((a, b) => a - b).map((i) => sql.slice(i, i + 60));
  return { rows, unreadable };
}
