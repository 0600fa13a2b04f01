import type { ParseArgsConfig } from "node:util";

/** The options a section adds to `npm run bench -- …` (all are passed to every section that declares them). */
export type SectionOptions = NonNullable<ParseArgsConfig["options"]>;
export type OptionValues = Readonly<Record<string, string | boolean | (string | boolean)[] | undefined>>;

/**
 * One part of `npm run bench`: the pipeline now, Lighthouse on the built
 * pages later. A section measures, prints its own table and returns its
 * figures, which the entry writes as JSON next to the others.
 */
export interface BenchSection {
  /** Used by `--only <name>` and as the JSON file name. */
  readonly name: string;
  readonly summary: string;
  readonly options: SectionOptions;
  run(values: OptionValues): Promise<unknown>;
}
