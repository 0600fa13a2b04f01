import type { Instansi } from "../../src/lib/schema/master.ts";
import { YEAR_LEVEL, yearLevel } from "./config.ts";
import { rngFor } from "./prng.ts";

/**
 * Broad regional level (IPP points) by province code. Java/Bali generally
 * higher, eastern Indonesia and Papua generally lower; every region keeps a
 * wide spread (see `structural`), so each has leaders and laggards.
 */
function regionOffset(prov: string): number {
  const p = Number(prov);
  if ([31, 32, 33, 34, 35, 51].includes(p)) return 0.25;
  if (p === 36) return 0.12; // Banten
  if (p >= 11 && p <= 21) return 0; // Sumatera, Kepulauan Riau
  if (p >= 61 && p <= 65) return 0; // Kalimantan
  if (p >= 71 && p <= 76) return -0.06; // Sulawesi
  if (p === 52 || p === 53) return -0.2; // Nusa Tenggara
  if (p === 81 || p === 82) return -0.35; // Maluku
  if (p >= 91) return -0.5; // Papua
  throw new Error(`latent: provinsi ${prov} tidak punya wilayah`);
}

const TINGKAT_OFFSET = { provinsi: 0.12, kota: 0.1, kabupaten: 0, kl: 0 } as const;

/** A fixed figure the instansi must reach in some year: its latent level is built around it. */
export interface Hint {
  readonly tahun: number;
  readonly ipp: number;
}

interface Structure {
  /** Persistent level relative to the year's centre. */
  readonly level: number;
  /** Own yearly drift, on top of the general improvement. */
  readonly growth: number;
}

function structure(seed: number, inst: Instansi, hint: Hint | undefined): Structure {
  const rng = rngFor(seed, "struktur", inst.kode);
  const own = rng.normal(0, inst.tingkat === "kl" ? 0.26 : 0.3);
  // A minority of units struggle badly: the tail down to C/D the real data shows.
  const tail = rng.chance(0.07) ? -Math.abs(rng.normal(0.65, 0.35)) : 0;
  const growth = rng.normal(0, 0.04);
  const group = inst.tingkat === "kl" ? "kl" : "pemda";
  if (hint) return { level: hint.ipp - YEAR_LEVEL[group][hint.tahun]! - growth * (hint.tahun - 2022), growth };
  const prov = inst.kode_provinsi;
  const regional = prov === null ? 0 : regionOffset(prov) + rngFor(seed, "provinsi", prov).normal(0, 0.1);
  return { level: regional + TINGKAT_OFFSET[inst.tingkat] + own + tail, growth };
}

/**
 * Even the best units fall short somewhere (the published top is 4.76), so
 * levels above 4.45 saturate smoothly towards 4.8 instead of running on.
 */
const softCeiling = (x: number) => (x <= 4.45 ? x : 4.45 + 0.35 * Math.tanh((x - 4.45) / 0.35));

/** Latent quality of an instansi in a year, as its expected IPP. */
export function instansiLatent(seed: number, inst: Instansi, tahun: number, hint?: Hint): number {
  const group = inst.tingkat === "kl" ? "kl" : "pemda";
  const centre = yearLevel(group, tahun);
  if (centre === undefined) throw new Error(`latent: tahun ${tahun} tidak punya tingkat dasar`);
  const s = structure(seed, inst, hint);
  return softCeiling(
    centre + s.level + s.growth * (tahun - 2022) + rngFor(seed, "tahun", tahun, inst.kode).normal(0, 0.08),
  );
}
