import type { CsvSource } from "./csv/readCsv.ts";

/**
 * Everything the data build needs from the outside world. The pipeline only
 * talks to this interface: scripts/ passes the file-system version, tests an
 * in-memory one. Paths are '/'-separated and relative to the roots the
 * caller chose.
 */
export interface Effects {
  /** Names of the entries directly inside a directory ([] when it does not exist). */
  list(dir: string): Promise<string[]>;
  exists(path: string): Promise<boolean>;
  readText(path: string): Promise<string>;
  /** Opens a text file for streaming; the CSV reader pulls it chunk by chunk. */
  openText(path: string): CsvSource;
  writeText(path: string, text: string): Promise<void>;
  log(message: string): void;
}
