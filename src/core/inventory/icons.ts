/** Steam CDN hosts that serve economy images. Only these ever reach an `src`. */
export const STEAM_IMAGE_HOSTS: readonly string[] = [
  'community.cloudflare.steamstatic.com',
  'community.akamai.steamstatic.com',
  'community.fastly.steamstatic.com',
  'steamcommunity-a.akamaihd.net',
];

/** Options of {@link steamIconUrl}. */
export interface SteamIconOptions {
  /** Square size in px, or `[width, height]`. Omitted: Steam's default size. */
  size?: number | readonly [number, number];
  /** One of {@link STEAM_IMAGE_HOSTS}. @default 'community.cloudflare.steamstatic.com' */
  host?: string;
}

const ICON_HASH = /^[A-Za-z0-9_-]{1,2048}$/;

/**
 * Builds `https://<host>/economy/image/<hash>/<W>fx<H>f` from the API's `iconUrl` hash.
 * Returns `null` for anything else: a value that is neither a plain icon hash nor an https URL on
 * a Steam image host is never turned into a URL (no `javascript:`, `data:` or foreign hosts).
 */
export function steamIconUrl(iconUrl: string | undefined | null, options: SteamIconOptions = {}): string | null {
  if (typeof iconUrl !== 'string' || iconUrl === '') return null;
  if (/^https?:/i.test(iconUrl)) {
    let parsed: URL;
    try {
      parsed = new URL(iconUrl);
    } catch {
      return null;
    }
    return parsed.protocol === 'https:' && STEAM_IMAGE_HOSTS.includes(parsed.hostname) && !parsed.username && !parsed.password && !parsed.port
      ? parsed.href
      : null;
  }
  if (!ICON_HASH.test(iconUrl)) return null;
  const host = options.host && STEAM_IMAGE_HOSTS.includes(options.host) ? options.host : STEAM_IMAGE_HOSTS[0];
  const size = options.size;
  const suffix = size === undefined ? '' : typeof size === 'number' ? `/${size}fx${size}f` : `/${size[0]}fx${size[1]}f`;
  return `https://${host}/economy/image/${iconUrl}${suffix}`;
}
