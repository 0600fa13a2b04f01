/**
 * A tile-grid map: the 38 provinces as equal squares laid out roughly as the
 * archipelago (Sumatra top left running down to Java, Kalimantan and
 * Sulawesi in the middle, Maluku and Papua's six provinces on the right), so
 * Jakarta weighs as much as Papua. Hand-made; the labels are the ISO 3166-2:ID
 * subdivision codes. No geometry needed, so it works when the boundaries are
 * missing.
 */

export interface Tile {
  readonly col: number;
  readonly row: number;
  /** ISO 3166-2:ID code without the "ID-" prefix. */
  readonly abbr: string;
}

export const TILE_GRID: Readonly<Record<string, Tile>> = {
  // Sumatra, north-west to south-east
  "11": { col: 0, row: 0, abbr: "AC" },
  "12": { col: 1, row: 1, abbr: "SU" },
  "14": { col: 2, row: 1, abbr: "RI" },
  "21": { col: 3, row: 1, abbr: "KR" },
  "13": { col: 1, row: 2, abbr: "SB" },
  "15": { col: 2, row: 2, abbr: "JA" },
  "17": { col: 2, row: 3, abbr: "BE" },
  "16": { col: 3, row: 3, abbr: "SS" },
  "19": { col: 4, row: 3, abbr: "BB" },
  "18": { col: 3, row: 4, abbr: "LA" },
  // Java, with Jakarta on the north coast and Yogyakarta on the south
  "36": { col: 4, row: 5, abbr: "BT" },
  "31": { col: 5, row: 4, abbr: "JK" },
  "32": { col: 5, row: 5, abbr: "JB" },
  "33": { col: 6, row: 5, abbr: "JT" },
  "34": { col: 6, row: 6, abbr: "YO" },
  "35": { col: 7, row: 5, abbr: "JI" },
  // Bali and Nusa Tenggara
  "51": { col: 8, row: 5, abbr: "BA" },
  "52": { col: 9, row: 5, abbr: "NB" },
  "53": { col: 10, row: 5, abbr: "NT" },
  // Kalimantan
  "65": { col: 6, row: 0, abbr: "KU" },
  "61": { col: 5, row: 1, abbr: "KB" },
  "64": { col: 6, row: 1, abbr: "KI" },
  "62": { col: 5, row: 2, abbr: "KT" },
  "63": { col: 6, row: 2, abbr: "KS" },
  // Sulawesi: the northern arm runs east, Teluk Bone left open
  "75": { col: 8, row: 0, abbr: "GO" },
  "71": { col: 9, row: 0, abbr: "SA" },
  "72": { col: 8, row: 1, abbr: "ST" },
  "76": { col: 7, row: 2, abbr: "SR" },
  "73": { col: 7, row: 3, abbr: "SN" },
  "74": { col: 8, row: 3, abbr: "SG" },
  // Maluku
  "82": { col: 10, row: 1, abbr: "MU" },
  "81": { col: 10, row: 2, abbr: "MA" },
  // Papua (the six provinces since 2022)
  "96": { col: 11, row: 1, abbr: "PD" },
  "92": { col: 12, row: 1, abbr: "PB" },
  "91": { col: 13, row: 1, abbr: "PA" },
  "94": { col: 12, row: 2, abbr: "PT" },
  "95": { col: 13, row: 2, abbr: "PE" },
  "93": { col: 13, row: 3, abbr: "PS" },
};

export interface PlacedTile extends Tile {
  readonly code: string;
  readonly x: number;
  readonly y: number;
}

export interface TileLayout {
  readonly width: number;
  readonly height: number;
  readonly size: number;
  /** In reading order (row by row, left to right), which is also the keyboard order. */
  readonly tiles: readonly PlacedTile[];
}

/** Places the tiles of the given province codes; codes without a tile are returned apart. */
export function tileLayout(
  codes: readonly string[],
  size = 56,
  gap = 4,
): TileLayout & { readonly unplaced: readonly string[] } {
  const step = size + gap;
  const tiles: PlacedTile[] = [];
  const unplaced: string[] = [];
  for (const code of codes) {
    const t = TILE_GRID[code];
    if (t) tiles.push({ ...t, code, x: t.col * step, y: t.row * step });
    else unplaced.push(code);
  }
  tiles.sort((a, b) => a.row - b.row || a.col - b.col);
  const cols = Math.max(0, ...tiles.map((t) => t.col)) + 1;
  const rows = Math.max(0, ...tiles.map((t) => t.row)) + 1;
  return { width: cols * step - gap, height: rows * step - gap, size, tiles, unplaced };
}
