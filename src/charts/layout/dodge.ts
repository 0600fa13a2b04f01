/**
 * Beeswarm placement, done here rather than with Plot's dodgeY so we know
 * the pile height before drawing and can size the chart to fit: every
 * circle keeps its exact x and is raised from the baseline just enough not
 * to overlap the circles placed before it. Placement runs in ascending x
 * (ties in input order), so the result is deterministic.
 *
 * Returns, for each input x (in input order), the height of the circle's
 * centre above the lowest centre; 0 for circles on the baseline.
 */
export function dodge(xs: readonly number[], r: number, padding = 0.5): number[] {
  const d = 2 * r + padding;
  const d2 = d * d - 1e-9;
  const order = xs.map((_, i) => i).sort((a, b) => xs[a]! - xs[b]! || a - b);
  const placedX: number[] = [];
  const placedY: number[] = [];
  const out = new Array<number>(xs.length).fill(0);
  let first = 0; // placed circles left of x - d can no longer collide

  for (const i of order) {
    const x = xs[i]!;
    while (first < placedX.length && placedX[first]! < x - d) first++;
    const candidates = [0];
    for (let j = first; j < placedX.length; j++) {
      const h = Math.sqrt(Math.max(0, d * d - (x - placedX[j]!) ** 2));
      candidates.push(placedY[j]! + h, placedY[j]! - h);
    }
    candidates.sort((a, b) => a - b);
    let y = 0;
    for (const c of candidates) {
      if (c < 0) continue;
      let free = true;
      for (let j = first; j < placedX.length && free; j++) free = (x - placedX[j]!) ** 2 + (c - placedY[j]!) ** 2 >= d2;
      if (free) {
        y = c;
        break;
      }
    }
    placedX.push(x);
    placedY.push(y);
    out[i] = y;
  }
  return out;
}
