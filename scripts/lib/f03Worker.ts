/**
 * A worker thread of F03Pool: reads the parts of f03.csv it is sent, one at
 * a time, and sends each back (f03Range.ts's toMessage).
 */
import { parentPort } from "node:worker_threads";
import { readF03Range, toMessage, type F03Range } from "./f03Range.ts";

parentPort!.on("message", async (range: F03Range) => {
  const { message, transfer } = toMessage(await readF03Range(range));
  parentPort!.postMessage(message, transfer);
});
parentPort!.postMessage("ready");
