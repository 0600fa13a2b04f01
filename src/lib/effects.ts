import type { CsvSource } from "./csv/readCsv.ts";
import type { F03Method, F03Part } from "./ingest/f03.ts";

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
  /**
   * Optional: reads f03.csv in parts at once, each on its own thread, with
   * readF03Part (`kodes` are the known kode_instansi; `meanwhile`, files the
   * calling thread reads while the parts are read). Resolves to the parts in
   * file order, or to undefined when the file is better read in one go
   * (small, or no safe place to split it); the result is the same either way.
   */
  readF03Parts?(
    path: string,
    o: { readonly method: F03Method; readonly kodes: readonly string[]; readonly meanwhile?: readonly string[] },
  ): Promise<F03Part[] | undefined>;
}
