import type { CsvSource } from "./csv/readCsv.ts";
import type { F03Method, F03Part } from "./ingest/f03.ts";

/**
 * What is at a path, as the data build needs to know it before reading:
 * a regular file, a folder, nothing, or something there that cannot be read
 * (a broken or looping symbolic link, a named pipe or device, no
 * permission), with the reason in words a person can act on.
 */
export type PathState =
  | { readonly kind: "file" }
  | { readonly kind: "dir" }
  | { readonly kind: "absent" }
  | { readonly kind: "unreadable"; readonly reason: string };

/**
 * The plain file effects the data build needs from the outside world; the
 * pipeline only talks to this interface. `npm run data` and the tests pass
 * the file-system version (scripts/lib/fileEffects.ts); the tests that feed
 * inputs too large to store pass their own (test/support/memoryEffects.ts).
 * Paths are '/'-separated and relative to the roots the caller chose. A
 * failure to read throws an InputError (src/lib/validate/inputError.ts)
 * whose message says what is wrong and what to do.
 */
export interface Effects {
  /** Names of the entries directly inside a directory, sorted ([] when it does not exist). */
  list(dir: string): Promise<string[]>;
  /** What is at `path`; symbolic links are followed. Never throws. */
  stat(path: string): Promise<PathState>;
  readText(path: string): Promise<string>;
  /** Opens a regular file for streaming; the CSV reader pulls it chunk by chunk. */
  openText(path: string): CsvSource;
  writeText(path: string, text: string): Promise<void>;
  /** SHA-256 of a file's bytes, lowercase hex (a frozen edition's inputs are sealed by it). */
  sha256(path: string): Promise<string>;
  log(message: string): void;
}

/**
 * Reads f03.csv in parts at once (each on its own thread in `npm run data`)
 * with readF03Part. `kodes` are the known kode_instansi; `meanwhile`, files
 * the calling thread reads while the parts are read. Resolves to the parts
 * in file order, or to undefined when the file is better read in one go
 * (small, no safe place to split it, or a part could not be read: one
 * reading then reports why); the result is the same either way. Passed to
 * the build beside the Effects, since it is a way of reading, not a file effect.
 */
export type F03InParts = (
  path: string,
  o: { readonly method: F03Method; readonly kodes: readonly string[]; readonly meanwhile?: readonly string[] },
) => Promise<F03Part[] | undefined>;
