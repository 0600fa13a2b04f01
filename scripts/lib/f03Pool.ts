import { Worker } from "node:worker_threads";
import type { F03Part } from "../../src/lib/ingest/f03.ts";
import { fromMessage, type F03Message, type F03Range } from "./f03Range.ts";

type Result = { part: F03Part; quoted: boolean };

interface Slot {
  readonly worker: Worker;
  job: { resolve: (r: Result) => void; reject: (e: Error) => void } | undefined;
  failed: Error | undefined;
}

/**
 * Worker threads that read parts of f03.csv (f03Worker.ts), started at once
 * so that they boot while the caller loads its region master, and kept for
 * every year of the build. An idle worker does not keep the process alive.
 */
export class F03Pool {
  private readonly slots: Slot[];
  /** Resolves once every worker has loaded its modules and waits for work. */
  readonly ready: Promise<void>;

  constructor(size: number) {
    const booted: Promise<void>[] = [];
    this.slots = Array.from({ length: size }, () => {
      const slot: Slot = {
        worker: new Worker(new URL("./f03Worker.ts", import.meta.url)),
        job: undefined,
        failed: undefined,
      };
      const fail = (e: Error) => {
        slot.failed = e;
        slot.job?.reject(e);
        slot.job = undefined;
      };
      // Held until booted, so that waiting for `ready` keeps the process alive; idle afterwards.
      booted.push(
        new Promise((resolve, reject) => {
          slot.worker.once("message", () => {
            if (!slot.job) slot.worker.unref();
            resolve();
          });
          slot.worker.once("error", reject);
        }),
      );
      slot.worker.on("message", (m: F03Message | { failed: string } | "ready") => {
        if (m === "ready") return;
        const job = slot.job;
        slot.job = undefined;
        slot.worker.unref();
        if ("failed" in m) job?.reject(new Error(m.failed));
        else job?.resolve(fromMessage(m));
      });
      slot.worker.on("error", fail);
      slot.worker.on("exit", (code) => fail(new Error(`a thread reading f03.csv stopped (exit ${code})`)));
      return slot;
    });
    this.ready = Promise.all(booted).then(() => {});
    this.ready.catch(() => {}); // a failure also reaches the job that needs the thread
  }

  get size(): number {
    return this.slots.length;
  }

  /** Reads one part on an idle worker (the caller never asks for more parts at once than there are workers). */
  read(range: F03Range): Promise<Result> {
    const slot = this.slots.find((s) => !s.job && !s.failed);
    if (!slot) return Promise.reject(new Error("F03Pool: no idle thread"));
    return new Promise<Result>((resolve, reject) => {
      slot.job = {
        resolve,
        reject: (e) => reject(new Error(`${range.path}, bytes ${range.start}–${range.end}: ${e.message}`)),
      };
      slot.worker.ref();
      slot.worker.postMessage(range);
    });
  }

  /** Stops the workers (not needed before exit: idle workers do not hold the process). */
  async close(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
