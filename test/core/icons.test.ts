import { describe, expect, it } from 'vitest';
import { STEAM_IMAGE_HOSTS, steamIconUrl, type SteamIconOptions } from '../../src/core/index.js';

const HASH = '-9a81dlWLwJ2UUGcVs_nsVtzdOEdtWwKGZZLQHTxDZ7I56KU0Zwwo4NUX4oFJZEHLbXH5ApeO4YmlhxYQknCRvCo04DEVlxkKgpot7HxfDhjxszJemkV09';
const CDN = 'https://community.cloudflare.steamstatic.com/economy/image';

describe('steamIconUrl from an icon hash', () => {
  it.each<[string, SteamIconOptions, string]>([
    ['no size', {}, `${CDN}/${HASH}`],
    ['size 128', { size: 128 }, `${CDN}/${HASH}/128fx128f`],
    ['size 64', { size: 64 }, `${CDN}/${HASH}/64fx64f`],
    ['size [512, 384]', { size: [512, 384] }, `${CDN}/${HASH}/512fx384f`],
    ['size [360, 360]', { size: [360, 360] }, `${CDN}/${HASH}/360fx360f`],
    ['akamai host', { host: 'community.akamai.steamstatic.com', size: 128 }, `https://community.akamai.steamstatic.com/economy/image/${HASH}/128fx128f`],
    ['fastly host', { host: 'community.fastly.steamstatic.com' }, `https://community.fastly.steamstatic.com/economy/image/${HASH}`],
    ['legacy akamaihd host', { host: 'steamcommunity-a.akamaihd.net' }, `https://steamcommunity-a.akamaihd.net/economy/image/${HASH}`],
    ['a refused host falls back to the default', { host: 'evil.com', size: 128 }, `${CDN}/${HASH}/128fx128f`],
    ['a host with a path is refused', { host: 'evil.com/economy' }, `${CDN}/${HASH}`],
    ['a look-alike host is refused', { host: 'community.cloudflare.steamstatic.com.evil.com' }, `${CDN}/${HASH}`],
  ])('%s', (_, options, url) => {
    expect(steamIconUrl(HASH, options)).toBe(url);
  });

  it('builds the documented 128px URL', () => {
    expect(steamIconUrl('IzMF03bk9Wp', { size: 128 })).toBe('https://community.cloudflare.steamstatic.com/economy/image/IzMF03bk9Wp/128fx128f');
  });
});

describe('steamIconUrl from a full URL', () => {
  it.each(STEAM_IMAGE_HOSTS.map((host) => [host]))('keeps an https URL on %s', (host) => {
    const url = `https://${host}/economy/image/${HASH}/256fx256f`;
    expect(steamIconUrl(url)).toBe(url);
    expect(steamIconUrl(url, { size: 64, host: 'community.fastly.steamstatic.com' })).toBe(url);
  });

  it.each([
    ['http://', `http://community.cloudflare.steamstatic.com/economy/image/${HASH}`],
    ['javascript:', 'javascript:alert(1)'],
    ['JavaScript: in mixed case', 'JavaScript:alert(document.cookie)'],
    ['data:', 'data:image/svg+xml;base64,PHN2Zz48L3N2Zz4='],
    ['a protocol-relative URL', '//evil.com/x.png'],
    ['a foreign host', 'https://evil.com/economy/image/abc'],
    ['a look-alike host', 'https://community.cloudflare.steamstatic.com.evil.com/x'],
    ['a Steam-host prefix as userinfo', 'https://community.cloudflare.steamstatic.com@evil.com/x'],
    ['a username on a Steam host', 'https://evil@community.cloudflare.steamstatic.com/x'],
    ['a password-only userinfo on a Steam host', 'https://:secret@community.cloudflare.steamstatic.com/x'],
    ['a port on a Steam host', 'https://community.cloudflare.steamstatic.com:8443/x'],
    ['an unparsable https URL', 'https://'],
    ['a path-relative value', '/economy/image/abc'],
  ])('refuses %s', (_, value) => {
    expect(steamIconUrl(value)).toBeNull();
  });
});

describe('steamIconUrl refuses values that are not a plain hash', () => {
  it.each([
    ['a hash with /', 'abc/def'],
    ['a hash with ..', '../../evil'],
    ['a hash with ?', 'abc?x=1'],
    ['a hash with #', 'abc#x'],
    ['a hash with "', 'abc"onerror="alert(1)'],
    ["a hash with '", "abc'x"],
    ['a hash with a space', 'abc def'],
    ['a hash with a leading space', ' abc'],
    ['a hash with a newline', 'abc\ndef'],
    ['a hash with <', 'abc<script>'],
    ['a hash with %', 'abc%2Fdef'],
    ['a hash with a backslash', 'abc\\def'],
    ['a hash with a colon', 'abc:def'],
    ['a hash with a dot', 'abc.png'],
    ['an empty string', ''],
    ['a hash of 2049 characters', 'a'.repeat(2049)],
  ])('%s', (_, value) => {
    expect(steamIconUrl(value, { size: 128 })).toBeNull();
  });

  it.each([[undefined], [null], [42], [{}]])('a non-string value (%j)', (value) => {
    expect(steamIconUrl(value as unknown as string)).toBeNull();
  });

  it('accepts a hash of 2048 characters', () => {
    expect(steamIconUrl('a'.repeat(2048))).toBe(`${CDN}/${'a'.repeat(2048)}`);
  });
});
