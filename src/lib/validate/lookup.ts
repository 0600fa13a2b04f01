/**
 * Finds an indicator or item by what a cell says: its number ("8") or its
 * code, without case ("8.a.ak"). Numbers are read digit by digit into an
 * array index instead of hashing the cell in a Map: this runs for every row
 * of f02.csv and f03.csv. "08" is not "8", as before (codes are exact).
 */
export function numberOrCode(
  entries: readonly { readonly nomor: number; readonly kode: string }[],
): (cell: string) => number | undefined {
  const byNumber: (number | undefined)[] = [];
  entries.forEach((e, i) => (byNumber[e.nomor] = i));
  const byCode = new Map(entries.map((e, i) => [e.kode.toLowerCase(), i]));
  return (cell) => {
    const n = cell.length;
    if (n > 0 && n <= 4 && cell.charCodeAt(0) !== 48) {
      let value = 0;
      let i = 0;
      for (; i < n; i++) {
        const d = cell.charCodeAt(i) - 48;
        if (d < 0 || d > 9) break;
        value = value * 10 + d;
      }
      if (i === n) return byNumber[value];
    }
    return byCode.get(cell.toLowerCase());
  };
}
