/** How a CSV file is written: the delimiter and the line break. */
export interface Dialect {
  readonly delimiter: "," | ";";
  readonly newline: "\n" | "\r\n" | "\r";
}

/**
 * Reads the dialect off the header line, which never holds decimal numbers,
 * so a `;` file with decimal commas (`4,63`) is not mistaken for a `,` file.
 * Counts separators outside quotes; a tie goes to `,`.
 */
export function detectDialect(text: string): Dialect {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  let i = 0;
  for (; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (c === ",") commas++;
    else if (c === ";") semicolons++;
    else if (c === "\n" || c === "\r") break;
  }
  const newline = text[i] === "\r" ? (text[i + 1] === "\n" ? "\r\n" : "\r") : "\n";
  return { delimiter: semicolons > commas ? ";" : ",", newline };
}

/** True once `text` holds a whole first line (so its dialect can be read). */
export function hasFirstLine(text: string): boolean {
  return /[\r\n]/.test(text);
}
