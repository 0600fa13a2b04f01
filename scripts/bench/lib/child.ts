import { execFile } from "node:child_process";

/**
 * Runs a TypeScript file in a fresh Node process (the same Node 24 as this
 * one) and returns the last line it printed, parsed as JSON. A fresh process
 * per measurement keeps each peak RSS its own and every run equally cold.
 */
export function runJson<T>(script: string, args: readonly string[], nodeFlags: readonly string[] = []): Promise<T> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [...nodeFlags, script, ...args], { maxBuffer: 1 << 24 }, (error, stdout, stderr) => {
      if (error) return reject(new Error(`${script} ${args.join(" ")} failed: ${stderr || error.message}`));
      const last = stdout.trim().split("\n").at(-1) ?? "";
      try {
        resolve(JSON.parse(last) as T);
      } catch {
        reject(new Error(`${script} printed no JSON result: ${stdout}${stderr}`));
      }
    });
  });
}
