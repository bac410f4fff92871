import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { steamIconUrl } from '../../src/core/inventory/icons.js';
import { createMockInventory, mockIconSvg } from '../../src/mock/index.js';
import { server } from '../server.js';
import { installMock } from './helpers.js';

describe('mockIconSvg', () => {
  it('is deterministic and differs between hashes', () => {
    expect(mockIconSvg('mock-abc')).toBe(mockIconSvg('mock-abc'));
    const many = new Set(['mock-a', 'mock-b', 'mock-c', 'mock-d', 'mock-e'].map(mockIconSvg));
    expect(many.size).toBe(5);
  });

  it.each(['mock-abc', '"><script>alert(1)</script>', '<svg onload=x>', '', 'javascript:alert(1)'])(
    'produces a self-contained SVG with no text from the input (%s)',
    (input) => {
      const svg = mockIconSvg(input);
      expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]*>.*<\/svg>$/);
      expect(svg).not.toMatch(/script|onload|alert|javascript|href|<text|<image/i);
      // Only the namespace URL may appear: no external references.
      expect(svg.match(/https?:/g)).toEqual(['http:']);
      const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
      expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
      expect(doc.documentElement.textContent).toBe('');
    },
  );

  it('ignores unsafe characters: a hash with them draws like its safe part', () => {
    expect(mockIconSvg('mock-abc<>')).toBe(mockIconSvg('mock-abc'));
  });
});

describe('icon host', () => {
  const hash = createMockInventory({ count: 1 })[0]!.iconUrl;

  it.each([
    steamIconUrl(hash, { size: 128 }),
    steamIconUrl(hash),
    steamIconUrl(hash, { host: 'community.akamai.steamstatic.com', size: [512, 384] }),
    steamIconUrl(hash, { host: 'community.fastly.steamstatic.com' }),
    steamIconUrl(hash, { host: 'steamcommunity-a.akamaihd.net' }),
  ])('serves %s as SVG', async (url) => {
    const mock = installMock();
    const response = await fetch(url!);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('image/svg+xml');
    expect(await response.text()).toBe(mockIconSvg(hash));
    // Images are not API calls and are left out of the log.
    expect(mock.requests).toEqual([]);
  });

  it('serves nothing when iconHost is false', async () => {
    server.use(http.get('*', () => new HttpResponse(null, { status: 418 })));
    installMock({ iconHost: false });
    expect((await fetch(steamIconUrl(hash)!)).status).toBe(418);
  });
});
