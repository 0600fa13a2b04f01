// mapshaper ships no types; this is the one call the geo build uses.
declare module "mapshaper" {
  /** Runs mapshaper commands on in-memory inputs (file name → content) and resolves to the -o outputs by file name. */
  export function applyCommands(
    commands: string,
    input: Record<string, unknown>,
  ): Promise<Record<string, string | Uint8Array>>;
  const mapshaper: { applyCommands: typeof applyCommands };
  export default mapshaper;
}
