/** How a CSV file is written: its delimiter. (Line breaks of every kind are read as LF: see readCsv.) */
export interface Dialect {
  readonly delimiter: "," | ";";
}

/**
 * Reads the delimiter off the header line, which never holds decimal numbers,
 * so a `;` file with decimal commas (`4,63`) is not mistaken for a `,` file.
 * Counts separators outside quotes; a tie goes to `,`.
 */
export function detectDialect(text: string): Dialect {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (c === ",") commas++;
    else if (c === ";") semicolons++;
    else if (c === "\n" || c === "\r") break;
  }
  return { delimiter: semicolons > commas ? ";" : "," };
}

/** True once `text` holds a whole first line (so its dialect can be read). */
export function hasFirstLine(text: string): boolean {
  return /[\r\n]/.test(text);
}
