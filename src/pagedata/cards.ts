/**
 * Social cards (Open Graph / Twitter, 1200 × 630 PNG): which page shows
 * which card, what each card says (from the same data product as the
 * pages), and the PNG, rendered at build time with resvg and the DejaVu
 * font shipped in node_modules (no system font is read, so every machine
 * renders the same bytes), written with a palette (palettePng.ts).
 *
 * One file per card, shared by both languages: /kartu/<year>/<key>.png with
 * key `beranda` (home), `peta` (map), `provinsi-<kode>` (province page) and
 * the instansi slug; which cards exist and which card a page shows is the
 * pure rule of src/lib/site/cards.ts (CARD_EDITIONS most recent editions
 * for instansi cards).
 */
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { Resvg } from "@resvg/resvg-js";
import { socialCard, type CardInput } from "../charts/export/index.ts";
import { pick, type Lang } from "../lib/format/lang.ts";
import { formatIpp } from "../lib/format/number.ts";
import { fileUrl, type Page } from "../lib/site/routes.ts";
import {
  cardList,
  cardOfPage,
  instansiCardYears as instansiCardYearsOf,
  parseCardEditions,
  provinceOfCard,
  type CardRef,
} from "../lib/site/cards.ts";
import { predikatFor, stepOf } from "../charts/ladder.ts";
import { tingkatLabel } from "../charts/text.ts";
import { cache, once } from "./cache.ts";
import { palettePng } from "./palettePng.ts";
import { siteData, yearBundle } from "./data.ts";
import { deploy } from "./deploy.ts";

/** CARD_EDITIONS: how many of the most recent editions get a card per instansi (src/lib/site/cards.ts). */
export const cardEditions = once((): number => parseCardEditions(process.env["CARD_EDITIONS"]));

/** The editions whose instansi have cards of their own. */
export const instansiCardYears = once(() => instansiCardYearsOf([...siteData().years.keys()], cardEditions()));

/** Every card of the build, each once: the same instansi and provinces as the route table's pages. */
export const allCards = once((): readonly CardRef[] => {
  const site = siteData();
  return cardList(
    {
      years: [...site.years.keys()],
      slugs: site.instansi.map((i) => i.slug),
      provinces: site.instansi.filter((i) => i.tingkat === "provinsi").map((i) => i.kode),
    },
    cardEditions(),
  );
});

/** The card a page shows. */
export const cardOf = (page: Pick<Page, "kind" | "year" | "key">): CardRef => cardOfPage(page, instansiCardYears());

/** The card's address on the site (under BASE_PATH). */
export const cardPath = (ref: CardRef): string => fileUrl(deploy(), `kartu/${ref.year}/${ref.key}.png`);

const inputs = cache<CardInput>();

/** What a card says. */
export function cardInput(ref: CardRef): CardInput {
  return inputs.get(`${ref.year}|${ref.key}`, () => makeInput(ref));
}

function makeInput({ year, key }: CardRef): CardInput {
  const b = yearBundle(year);
  const site = siteData();
  const ladder = b.profile.def.predikat;
  const step = (kode: string | null) => {
    const s = kode ? stepOf(ladder, kode) : undefined;
    return s ? { kode: s.kode, label: s.label } : null;
  };
  const common = { year, status: b.data.status, source: b.data.sumber };
  const countsOf = (rec: Readonly<Record<string, number>>) =>
    ladder.map((s) => ({ kode: s.kode, n: rec[s.kode] ?? 0 }));
  const allCounts = () => {
    const sum: Record<string, number> = {};
    for (const t of b.summary.per_tingkat) for (const [k, n] of Object.entries(t.predikat)) sum[k] = (sum[k] ?? 0) + n;
    return countsOf(sum);
  };
  const meanCard = (kicker: string, name: string): CardInput => {
    const mean = b.summary.pemda.rata_rata;
    return {
      ...common,
      kicker,
      name,
      ipp: mean,
      ippLabel: "Rata-rata IPP pemda / Mean IPP of local governments",
      predikat: mean === null ? null : step(predikatFor(ladder, mean).kode),
      counts: allCounts(),
    };
  };
  if (key === "beranda") return meanCard("Beranda / Home", `Hasil PEKPPP ${year}: ${b.data.instansi.length} instansi`);
  if (key === "peta") return meanCard("Peta / Map", `Peta predikat per daerah ${year}`);
  const provinceCode = provinceOfCard(key);
  if (provinceCode !== undefined) {
    const kode = provinceCode;
    const p = b.summary.per_provinsi.find((x) => x.kode_provinsi === kode);
    if (!p) {
      // A province of the master not evaluated this year still has its page, so its card says so.
      const m = site.instansi.find((i) => i.tingkat === "provinsi" && i.kode === kode);
      if (!m) throw new Error(`kartu ${key}: provinsi ${kode} tidak dikenal`);
      return {
        ...common,
        kicker: "Provinsi / Province",
        name: m.nama,
        ipp: null,
        ippLabel: "IPP pemerintah provinsi / of the provincial government",
        predikat: null,
        missing: "Tidak dievaluasi / Not evaluated",
        counts: countsOf({}),
      };
    }
    return {
      ...common,
      kicker: `Provinsi / Province · ${p.jumlah_kabkota_dievaluasi} kab/kota`,
      name: p.nama,
      ipp: p.ipp_provinsi,
      ippLabel: "IPP pemerintah provinsi / of the provincial government",
      predikat: step(p.predikat_provinsi),
      missing: "Tidak dievaluasi / Not evaluated",
      counts: countsOf(p.predikat_kabkota),
    };
  }
  const master = site.bySlug.get(key);
  if (!master) throw new Error(`kartu ${key}: instansi tidak dikenal`);
  const result = b.byCode.get(master.kode) ?? null;
  const province = master.kode_provinsi && master.tingkat !== "provinsi" ? site.byCode.get(master.kode_provinsi) : null;
  return {
    ...common,
    kicker: [tingkatLabel(master.tingkat, "id"), province?.nama].filter(Boolean).join(" · "),
    name: master.nama,
    ipp: result?.ipp ?? null,
    ippLabel: "Indeks Pelayanan Publik (IPP)",
    predikat: result ? step(result.predikat) : null,
    missing: `Tidak dievaluasi pada ${year} / Not evaluated`,
  };
}

/** The image's text alternative (og:image:alt), in the page's language. */
export function cardAlt(ref: CardRef, lang: Lang): string {
  const c = cardInput(ref);
  const figure =
    c.ipp === null
      ? pick(lang, "tidak dievaluasi", "not evaluated")
      : `IPP ${formatIpp(c.ipp, lang)}${c.predikat ? `, ${pick(lang, "predikat", "grade")} ${c.predikat.kode}` : ""}`;
  const sample =
    c.status === "sample" ? pick(lang, "; data sampel, bukan hasil resmi", "; sample data, not official") : "";
  return `${c.name}: ${figure} (PEKPPP ${c.year})${sample}`;
}

const FONT_DIR = once(() =>
  join(createRequire(join(process.cwd(), "package.json")).resolve("dejavu-fonts-ttf/package.json"), "..", "ttf"),
);

/** resvg's settings: the shipped DejaVu Sans only, never the machine's fonts. */
export const renderOptions = once(() => ({
  font: {
    loadSystemFonts: false,
    fontFiles: [join(FONT_DIR(), "DejaVuSans.ttf"), join(FONT_DIR(), "DejaVuSans-Bold.ttf")],
    defaultFontFamily: "DejaVu Sans",
    sansSerifFamily: "DejaVu Sans",
  },
}));

/** The PNG of one card, rendered in this thread: with a palette (palettePng.ts) when it fits in one, as the workers do. */
export function renderCard(input: CardInput): Uint8Array {
  const image = new Resvg(socialCard(input), renderOptions()).render();
  return palettePng(image.pixels, image.width, image.height) ?? image.asPng();
}

/** The palette encoder, by path: the workers load it themselves (they run no bundled code). */
const ENCODER = () => pathToFileURL(join(process.cwd(), "src", "pagedata", "palettePng.ts")).href;

/**
 * The worker threads' program: resvg for each SVG it is sent, the PNG back.
 * Given as text (the build bundles this module, so there is no file to
 * point a Worker at); it loads resvg from the project's node_modules.
 */
const WORKER = `
const { parentPort, workerData } = require("node:worker_threads");
const { Resvg } = require(workerData.resvg);
const encoder = import(workerData.encoder);
parentPort.on("message", async ({ id, svg }) => {
  const { palettePng } = await encoder;
  const image = new Resvg(svg, workerData.options).render();
  const png = palettePng(image.pixels, image.width, image.height) ?? image.asPng();
  parentPort.postMessage({ id, png });
});
`;

const batches = cache<Promise<ReadonlyMap<string, Uint8Array>>>();

/**
 * A card's PNG. Astro asks for the files one by one; the first request
 * renders every card of the build on one worker thread per core (resvg and
 * its PNG encoder are synchronous), the others wait for it.
 */
export async function cardPng(ref: CardRef): Promise<Uint8Array> {
  const all = await batches.get("", renderAll);
  const png = all.get(`${ref.year}/${ref.key}`);
  if (!png) throw new Error(`kartu ${ref.year}/${ref.key} tidak ada`);
  return png;
}

async function renderAll(): Promise<ReadonlyMap<string, Uint8Array>> {
  const started = performance.now();
  const refs = allCards();
  const svgs = refs.map((r) => socialCard(cardInput(r)));
  const out = new Map<string, Uint8Array>();
  const threads = Math.max(1, Math.min(availableParallelism(), 4, refs.length));
  const resvg = createRequire(join(process.cwd(), "package.json")).resolve("@resvg/resvg-js");
  let next = 0;
  const run = (worker: Worker) =>
    new Promise<void>((resolve, reject) => {
      const send = () => {
        if (next >= refs.length) return resolve();
        const id = next++;
        worker.postMessage({ id, svg: svgs[id] });
      };
      worker.on("message", ({ id, png }: { id: number; png: Uint8Array }) => {
        const r = refs[id]!;
        out.set(`${r.year}/${r.key}`, new Uint8Array(png));
        send();
      });
      worker.on("error", reject);
      send();
    });
  const workers = Array.from(
    { length: threads },
    () => new Worker(WORKER, { eval: true, workerData: { resvg, encoder: ENCODER(), options: renderOptions() } }),
  );
  try {
    await Promise.all(workers.map(run));
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  const bytes = [...out.values()].reduce((sum, png) => sum + png.length, 0);
  console.log(
    `kartu sosial: ${out.size} PNG (${(bytes / 1e6).toFixed(1)} MB) dalam ${((performance.now() - started) / 1000).toFixed(1)} s, ${threads} thread`,
  );
  return out;
}
