/**
 * The Content Security Policy of one page, checked from its HTML: a <meta>
 * policy (the only kind a plain static host can carry) placed before any
 * script or stylesheet, whose script-src allows no inline code but by hash,
 * and which really covers the inline scripts and styles the page has. Inline
 * event handlers and style attributes are refused by such a policy, so their
 * presence means a feature broken in the browser (or injected markup).
 */
import { createHash } from "node:crypto";
import { DATA_BLOCK_TYPES, isExecutable, type ScannedPage } from "./html.ts";

export type Directives = ReadonlyMap<string, readonly string[]>;

export function parseCsp(policy: string): Directives {
  const out = new Map<string, string[]>();
  for (const part of policy.split(";")) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name && !out.has(name.toLowerCase())) out.set(name.toLowerCase(), values);
  }
  return out;
}

const sha256 = (s: string) => `'sha256-${createHash("sha256").update(s, "utf8").digest("base64")}'`;

/** Sources that would let any script run: the policy then protects nothing. */
const LOOSE = new Set(["'unsafe-inline'", "*", "http:", "https:", "data:", "blob:"]);

/** Problems with the page's policy, as short sentences; empty when it holds. */
export function cspProblems(scanned: ScannedPage): string[] {
  const metas = scanned.tags.filter((t) => t.name === "meta" && t.attrs.get("http-equiv")?.toLowerCase() === "content-security-policy");
  if (metas.length === 0) return ["no <meta http-equiv=content-security-policy>"];
  const problems: string[] = [];
  const csp = parseCsp(metas[0]!.attrs.get("content") ?? "");
  const scriptSrc = csp.get("script-src") ?? csp.get("default-src");
  if (!scriptSrc) problems.push("no script-src or default-src");
  for (const s of scriptSrc ?? []) if (LOOSE.has(s.toLowerCase())) problems.push(`script-src allows ${s}`);

  const metaAt = scanned.tags.indexOf(metas[0]!);
  // A data block (JSON, JSON-LD) never runs, so it may come before the policy; it is checked below instead.
  const firstLoad = scanned.tags.findIndex((t) => (t.name === "script" && isExecutable(t)) || t.name === "style" || (t.name === "link" && /stylesheet|modulepreload/.test(t.attrs.get("rel") ?? "")));
  if (firstLoad >= 0 && firstLoad < metaAt) problems.push(`the policy comes after a <${scanned.tags[firstLoad]!.name}>, which it does not cover`);

  const scriptHashes = new Set(scriptSrc ?? []);
  for (const s of scanned.raw)
    if (s.name === "script" && !s.attrs.has("src") && isExecutable(s) && !scriptHashes.has(sha256(s.body))) problems.push(`inline script not allowed by hash: ${s.body.slice(0, 60)}`);
  problems.push(...dataBlockProblems(scanned));
  const styleSrc = new Set(csp.get("style-src") ?? csp.get("default-src") ?? []);
  if (!styleSrc.has("'unsafe-inline'"))
    for (const s of scanned.raw) if (s.name === "style" && !styleSrc.has(sha256(s.body))) problems.push(`inline <style> not allowed by hash: ${s.body.slice(0, 60)}`);

  for (const t of scanned.tags) {
    for (const name of t.attrs.keys())
      if (/^on[a-z]+$/.test(name)) problems.push(`<${t.name} ${name}=…>: inline event handler (refused by the policy)`);
    if (t.attrs.has("style") && !styleSrc.has("'unsafe-inline'")) problems.push(`<${t.name} style="${t.attrs.get("style")!.slice(0, 40)}">: style attribute (refused by the policy)`);
  }
  return problems;
}

/**
 * Inline scripts the policy does not cover because the browser never runs
 * them: data blocks. That holds only for a type the site means (JSON for its
 * scripts, JSON-LD for search engines; an unknown type could be anything),
 * a body that really is JSON, and no markup in it that would end the element
 * early or hide the rest of the page (`</script`, `<script`, `<!--`): the
 * generators write every "<" as \u003c.
 */
export function dataBlockProblems(scanned: ScannedPage): string[] {
  const problems: string[] = [];
  for (const s of scanned.raw) {
    if (s.name !== "script" || isExecutable(s)) continue;
    const type = (s.attrs.get("type") ?? "").trim().toLowerCase();
    if (!DATA_BLOCK_TYPES.has(type)) {
      problems.push(`inline <script type="${type}">: not a data block type the site writes (${[...DATA_BLOCK_TYPES].join(", ")})`);
      continue;
    }
    if (s.attrs.has("src")) problems.push(`<script type="${type}" src>: a data block is inline`);
    if (/<\/?script|<!--/i.test(s.body)) problems.push(`<script type="${type}"> holds markup (</script, <script or <!--): ${s.body.slice(0, 60)}`);
    try {
      JSON.parse(s.body);
    } catch (e) {
      problems.push(`<script type="${type}"> is not valid JSON: ${(e as Error).message}`);
    }
  }
  return problems;
}
