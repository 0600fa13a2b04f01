// Worker thread of digestAll (digest.ts): digests its share of the pages and posts them back.
import { parentPort, workerData } from "node:worker_threads";
import type { PageKind } from "../../../src/lib/site/routes.ts";
import { digestPage } from "./digest.ts";

const { dist, files, fetched, base } = workerData as { dist: string; files: string[]; fetched: Partial<Record<PageKind, string[]>>; base: string };
parentPort?.postMessage(files.map((rel) => digestPage(dist, rel, fetched, base)));
