/**
 * One part of f03.csv, read on a worker thread started by f03Threads.ts.
 * Sends back the part, its typed memory transferred rather than copied.
 */
import { parentPort, workerData } from "node:worker_threads";
import { readF03Range, type F03Range } from "./f03Range.ts";

const result = await readF03Range(workerData as F03Range);
parentPort!.postMessage(result, result.part.respondents.blocks.map((b) => b.buffer as ArrayBuffer));
