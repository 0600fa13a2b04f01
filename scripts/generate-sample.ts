/**
 * npm run sample -- [--out data] [--force] [--years 2022,2023,2024]
 * Writes synthetic PEKPPP input data (F-02, F-03, tahun.json marked "sample")
 * for the sample years. Never touches a year directory it did not make, and
 * skips its own when already up to date. See data/README.md.
 */
import { parseArgs } from "node:util";
import { generateSample } from "./sample/run.ts";

const { values } = parseArgs({
  options: {
    out: { type: "string", default: "data" },
    force: { type: "boolean", default: false },
    years: { type: "string" },
  },
});

const start = performance.now();
try {
  const years = values.years?.split(",").map((y) => {
    if (!/^\d{4}$/.test(y.trim())) throw new Error(`--years: "${y}" bukan tahun`);
    return Number(y.trim());
  });
  await generateSample({
    out: values.out.replace(/\/$/, ""),
    force: values.force,
    ...(years ? { years } : {}),
    log: (m) => console.log(m),
  });
  console.log(`Data sampel selesai dalam ${((performance.now() - start) / 1000).toFixed(1)} s.`);
} catch (e) {
  console.error((e as Error).message);
  process.exit(1);
}
