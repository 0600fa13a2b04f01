/**
 * What the worker measures. Every mode reads f02.csv then f03.csv as UTF-8
 * in 64 KiB chunks, as the data build does:
 *   papa-stream  Papa.parse on a Node read stream, rows dropped in `chunk` (PapaParse's public streaming API)
 *   papa-core    PapaParse's core Papa.Parser fed piece by piece, rows dropped (the loop readCsv is built on)
 *   readcsv      the project's readCsv with a visitor that does nothing (the CSV layer alone)
 *   ingest       readYear: read and validate both files into per-lokus and per-respondent state (no scoring, no output)
 *   pipeline     buildDataProduct with the file effects: read, validate, score, rank, summarise, write
 *   pipeline-1   the same on one thread (f03.csv not split; see scripts/lib/f03Threads.ts)
 * ingest and pipeline read a big f03.csv in parts on as many threads as the data build uses.
 */
export const MODES = ["papa-stream", "papa-core", "readcsv", "ingest", "pipeline", "pipeline-1"] as const;
export type Mode = (typeof MODES)[number];

/** One measurement, printed by the worker as a JSON line. */
export interface Sample {
  readonly mode: Mode;
  /** Time of the measured work only (not process start-up, module loading or the region master). */
  readonly ms: number;
  /**
   * CPU time (user + system, all threads) over the same span. Other work on
   * the machine stretches wall time much more than CPU time, so ratios of CPU
   * time are the steadier check; V8's helper threads count here, not in wall time.
   */
  readonly cpuMs: number;
  /** CSV records seen (headers included), or rows read as the validation report counts them plus headers (pipeline). */
  readonly rows: number;
  /** Resident set size just before the measured work, and its peak over the whole process (KiB). */
  readonly rssBeforeKiB: number;
  readonly maxRssKiB: number;
}

/** What state.ts prints: the live memory the readers hold at the end of the files, and for how many lokus and respondents. */
export interface State {
  readonly stateBytes: number;
  readonly lokus: number;
  readonly respondents: number;
}
