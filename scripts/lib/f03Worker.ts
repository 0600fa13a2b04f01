/**
 * A worker thread of F03Pool: reads the parts of f03.csv it is sent, one at
 * a time, and sends each back, its typed memory transferred rather than
 * copied.
 */
import { parentPort } from "node:worker_threads";
import { readF03Range, type F03Range } from "./f03Range.ts";

parentPort!.on("message", async (range: F03Range) => {
  const result = await readF03Range(range);
  parentPort!.postMessage(result, result.part.respondents.blocks.map((b) => b.buffer as ArrayBuffer));
});
parentPort!.postMessage("ready");
