import { fromLinear, linearRgb, type Rgb } from "./srgb.ts";

/**
 * Colour-vision-deficiency simulation after Machado, Oliveira & Fernandes
 * (2009), severity 1 (dichromacy), applied to linear-light sRGB and clamped.
 * Their tritanopia model is the least validated of the three; it is still a
 * useful tripwire for a palette that leans on the blue–yellow axis.
 */

export const DEFICIENCIES = ["protanopia", "deuteranopia", "tritanopia"] as const;
export type Deficiency = (typeof DEFICIENCIES)[number];

type Matrix = readonly [Rgb, Rgb, Rgb];

const MACHADO_2009: Record<Deficiency, Matrix> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

const clamp = (c: number) => Math.min(1, Math.max(0, c));

/** Linear-light result of viewing `rgb` (gamma-encoded) with deficiency `d`. */
export function simulateLinear(rgb: Rgb, d: Deficiency): Rgb {
  const lin = linearRgb(rgb);
  const row = (m: Rgb) => clamp(m[0] * lin[0] + m[1] * lin[1] + m[2] * lin[2]);
  const [r0, r1, r2] = MACHADO_2009[d];
  return [row(r0), row(r1), row(r2)];
}

/** Gamma-encoded result, for showing the simulated palette. */
export function simulate(rgb: Rgb, d: Deficiency): Rgb {
  const [r, g, b] = simulateLinear(rgb, d);
  return [fromLinear(r), fromLinear(g), fromLinear(b)];
}
