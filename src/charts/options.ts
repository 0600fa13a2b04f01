import { isCompact } from "./layout/sizes.ts";
import type { ChartKind, ChartOptions } from "./types.ts";

export const DEFAULT_WIDTH = 640;

/** Options with the defaults filled in; every builder starts here. */
export function resolve(
  kind: ChartKind,
  o: ChartOptions,
): { width: number; id: string; pretty: boolean; compact: boolean } {
  const width = o.width ?? DEFAULT_WIDTH;
  if (!(width >= 280)) throw new RangeError(`lebar grafik terlalu kecil: ${width}`);
  const id = o.id ?? kind;
  if (!/^[A-Za-z][\w-]*$/.test(id)) throw new Error(`id grafik tidak sah: "${id}"`);
  return { width, id, pretty: o.pretty ?? false, compact: isCompact(width) };
}
