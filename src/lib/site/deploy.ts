/**
 * Where the built site will be served: the two publishing settings, read
 * once by astro.config.mjs (Astro's `base`) and src/pagedata/deploy.ts (the
 * pages), never anywhere else.
 *
 * - `BASE_PATH`: the sub-path the site lives under ("/ipp/"); "/" (the
 *   default) for the root of a host.
 * - `SITE_URL`: the public address ("https://example.go.id/" or, with the
 *   sub-path, "https://example.go.id/ipp/"). Only with it can the build write
 *   absolute URLs (canonical links, sitemap, structured data); without it
 *   they are left out rather than guessed.
 *
 * When SITE_URL carries a path and BASE_PATH is unset, that path is the
 * base; when both are set they must agree.
 */

export interface Deploy {
  /** Always starts and ends with "/": "/" at a host's root, "/ipp/" under a sub-path. */
  readonly base: string;
  /** "https://example.go.id" (scheme and host, no path), or null when SITE_URL is unset. */
  readonly origin: string | null;
}

export const ROOT_DEPLOY: Deploy = { base: "/", origin: null };

/** The message the build prints once when SITE_URL is unset. */
export const NO_SITE_URL_NOTICE =
  "SITE_URL tidak diisi: URL absolut (tautan kanonis absolut, sitemap.xml, robots.txt, url pada data terstruktur, og:image kartu sosial) tidak dibuat. Isi SITE_URL=https://alamat.situs/ untuk membuatnya.";

const SEGMENT = /^[A-Za-z0-9._~-]+$/;

/** "/ipp/", "ipp", "/ipp" → "/ipp/"; "" or "/" → "/". Throws on anything that is not a plain path. */
export function normaliseBase(raw: string): string {
  const trimmed = raw.trim();
  const parts = trimmed.split("/").filter(Boolean);
  for (const p of parts)
    if (!SEGMENT.test(p) || p === "." || p === "..")
      throw new Error(
        `BASE_PATH "${raw}" tidak sah: gunakan jalur sederhana seperti /ipp/ (huruf, angka, titik, garis bawah, tanda hubung; tanpa skema, host, ?, # atau ..)`,
      );
  return parts.length ? `/${parts.join("/")}/` : "/";
}

/** Reads the settings from an environment (process.env at build time). */
export function parseDeploy(env: Readonly<Record<string, string | undefined>>): Deploy {
  const rawBase = env["BASE_PATH"]?.trim() ?? "";
  const rawSite = env["SITE_URL"]?.trim() ?? "";
  let origin: string | null = null;
  let sitePath = "/";
  if (rawSite) {
    let url: URL;
    try {
      url = new URL(rawSite);
    } catch {
      throw new Error(`SITE_URL "${rawSite}" bukan URL yang sah: tulis lengkap, mis. https://example.go.id/`);
    }
    if (url.protocol !== "https:" && url.protocol !== "http:")
      throw new Error(`SITE_URL "${rawSite}" harus diawali https:// (atau http://)`);
    if (url.search || url.hash || url.username || url.password)
      throw new Error(`SITE_URL "${rawSite}" tidak boleh memuat ?, #, atau nama pengguna`);
    origin = url.origin;
    sitePath = normaliseBase(decodeURIComponent(url.pathname));
  }
  const base = rawBase ? normaliseBase(rawBase) : sitePath;
  if (rawBase && rawSite && sitePath !== "/" && sitePath !== base)
    throw new Error(
      `SITE_URL "${rawSite}" dan BASE_PATH "${rawBase}" tidak cocok: jalur di SITE_URL (${sitePath}) harus sama dengan BASE_PATH (${base}), atau kosongkan salah satunya`,
    );
  return { base, origin };
}

/**
 * The absolute URL of a site address (an address that already carries the
 * base, as the route table builds them), or null without SITE_URL: nothing
 * pretends to be absolute.
 */
export function absoluteUrl(deploy: Deploy, address: string): string | null {
  if (deploy.origin === null) return null;
  if (!address.startsWith(deploy.base)) throw new Error(`${address} tidak berada di bawah ${deploy.base}`);
  return `${deploy.origin}${address}`;
}
