import { meanOfFractions, type Fraction } from "../num/fraction.ts";
import { mean, type Rational } from "../num/rational.ts";
import type { LokusScore } from "./lokus.ts";

export interface InstansiScore {
  /** Mean of the unrounded lokus IPPs; round only when publishing. */
  readonly ipp: Rational;
  readonly aspects: readonly Fraction[];
  readonly f02: Fraction;
  /** Mean over the lokus that have F-03 responses; null when none has. */
  readonly f03: Rational | null;
  readonly lokus: number;
  readonly lokusWithoutF03: number;
}

/** Combines an instansi's lokus: the simple mean of each value over its lokus. */
export function scoreInstansi(lokus: readonly LokusScore[]): InstansiScore {
  if (lokus.length === 0) throw new RangeError("scoreInstansi: no lokus");
  const withF03 = lokus.filter((l) => l.f03 !== null).map((l) => l.f03!);
  return {
    ipp: mean(lokus.map((l) => l.ipp)),
    aspects: lokus[0]!.aspects.map((_, k) => meanOfFractions(lokus.map((l) => l.aspects[k]!))),
    f02: meanOfFractions(lokus.map((l) => l.f02)),
    f03: withF03.length ? mean(withF03) : null,
    lokus: lokus.length,
    lokusWithoutF03: lokus.length - withF03.length,
  };
}
