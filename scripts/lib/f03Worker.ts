/**
 * A worker thread of F03Pool: reads the parts of f03.csv it is sent, one at
 * a time, and sends each back (f03Range.ts's toMessage).
 */
import { parentPort } from "node:worker_threads";
import { readF03Range, toMessage, type F03Range } from "./f03Range.ts";

parentPort!.on("message", async (range: F03Range) => {
  let read;
  try {
    read = await readF03Range(range);
  } catch (e) {
    // The part could not be read (not UTF-8, a line over the limit…): the caller reads the file in one go and reports it.
    parentPort!.postMessage({ failed: (e as Error).message });
    return;
  }
  const { message, transfer } = toMessage(read);
  parentPort!.postMessage(message, transfer);
});
parentPort!.postMessage("ready");
