/**
 * Some views are still placeholders (their h1 ends in "(HomeView)" and the
 * like) while others write them. Tests of behaviour those pages promise are
 * written now and skipped, naming the view, while the built page is still the
 * placeholder; they run by themselves as soon as the real view is built.
 */
import { readFileSync } from "node:fs";
import { fileFor } from "./transfer.ts";

/** The placeholder view `path` is built from, or undefined when the page is real. */
export function placeholderView(dist: string, path: string): string | undefined {
  const file = fileFor(dist, path);
  if (!file) return undefined;
  return /\((\w+View)\)<\/h1>/.exec(readFileSync(file, "utf8"))?.[1];
}

/** A test-name suffix saying why a test is skipped, or "" when it runs. */
export function pendingNote(view: string | undefined): string {
  return view ? ` [pending: ${view} is still a placeholder]` : "";
}
