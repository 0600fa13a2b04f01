/**
 * axe-core in the page under test. The source is evaluated through the
 * DevTools protocol rather than added as a <script>, so the page's own CSP
 * (which would refuse an injected inline script) stays in force. Rules run
 * with axe's defaults: WCAG 2.0/2.1/2.2 A and AA plus best practices.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";
import type { AxeResults, ImpactValue } from "axe-core";

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

export const BLOCKING: readonly ImpactValue[] = ["serious", "critical"];

export interface Finding {
  readonly rule: string;
  readonly impact: ImpactValue | null | undefined;
  readonly help: string;
  /** CSS selectors of the offending elements (first few) and axe's summary for the first. */
  readonly targets: readonly string[];
  readonly summary: string;
}

export async function runAxe(page: Page): Promise<Finding[]> {
  await page.evaluate(axeSource);
  const results = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<AxeResults> } }).axe;
    return axe.run(document, { resultTypes: ["violations"] });
  });
  return results.violations.map((v) => ({
    rule: v.id,
    impact: v.impact,
    help: v.help,
    targets: v.nodes.slice(0, 5).map((n) => n.target.join(" ")),
    summary: v.nodes[0]?.failureSummary?.replace(/\s+/g, " ") ?? "",
  }));
}

export function describeFinding(path: string, f: Finding): string {
  return `${path}: [${f.impact}] ${f.rule} (${f.help}) at ${f.targets.join(", ")}: ${f.summary}`;
}
