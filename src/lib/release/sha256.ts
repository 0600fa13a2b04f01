/**
 * SHA-256 of a text (its UTF-8 bytes) as lowercase hex, through the Web
 * Crypto API that Node and browsers both provide: no Node module in the core.
 */
export async function sha256Text(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}
