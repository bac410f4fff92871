import { describe, expect, it, vi } from 'vitest';
import { buildUrl, createAssetPayClient, DEFAULT_BASE_URL, type AssetPayClientOptions, type RequestOptions } from '../../src/core/index.js';
import { envelope, failure, FRESH, headersOf, ok, setup, text, TOKEN } from './fakeFetch.js';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('buildUrl', () => {
  it.each<[string, string, RequestOptions['query'], string]>([
    ['https://api.assetpay.co', '/client/inventory', undefined, 'https://api.assetpay.co/client/inventory'],
    ['https://api.assetpay.co/', '/client/inventory', {}, 'https://api.assetpay.co/client/inventory'],
    ['https://staging-api.assetpay.co//', '/x', { game: 730 }, 'https://staging-api.assetpay.co/x?game=730'],
    ['https://a.co', '/x', { game: 730, refresh: undefined, page: 2 }, 'https://a.co/x?game=730&page=2'],
    ['https://a.co', '/x', { refresh: false, search: undefined }, 'https://a.co/x?refresh=false'],
    ['https://a.co', '/x', { search: 'AK-47 | Red & Blue' }, 'https://a.co/x?search=AK-47+%7C+Red+%26+Blue'],
    ['https://a.co', '/x', { minPrice: 0.5, maxPrice: 0 }, 'https://a.co/x?minPrice=0.5&maxPrice=0'],
    ['https://a.co', '/x', { a: undefined, b: undefined }, 'https://a.co/x'],
  ])('%s + %s + %j', (base, path, query, url) => {
    expect(buildUrl(base, path, query)).toBe(url);
  });
});

describe('request headers and URL', () => {
  it('uses the .co production API by default', async () => {
    const { client, fetch } = setup([ok()]);
    expect(client.baseUrl).toBe(DEFAULT_BASE_URL);
    await client.request('/client/inventory', { query: { game: 730, refresh: undefined } });
    expect(fetch.mock.calls[0]![0]).toBe('https://api.assetpay.co/client/inventory?game=730');
  });

  it.each<[AssetPayClientOptions['authScheme'], string]>([
    [undefined, TOKEN],
    ['raw', TOKEN],
    ['bearer', `Bearer ${TOKEN}`],
  ])('scheme %s sends Authorization %s and no Content-Type without a body', async (authScheme, authorization) => {
    const { client, fetch } = setup([ok()], { authScheme });
    await client.request('/client/inventory');
    expect(headersOf(fetch)).toEqual({ Accept: 'application/json', Authorization: authorization, 'x-request-id': expect.stringMatching(UUID_V4) });
    expect(fetch.mock.calls[0]![1]!.method).toBe('GET');
    expect(fetch.mock.calls[0]![1]!.body).toBeUndefined();
  });

  it('sends a JSON body with Content-Type', async () => {
    const { client, fetch } = setup([ok()], { authScheme: 'bearer' });
    await client.request('/client/trading/deposit', { method: 'POST', body: { items: [{ itemId: 'a' }] } });
    const init = fetch.mock.calls[0]![1]!;
    expect(init.method).toBe('POST');
    expect(init.body).toBe('{"items":[{"itemId":"a"}]}');
    expect(headersOf(fetch)).toEqual({
      Accept: 'application/json',
      Authorization: `Bearer ${TOKEN}`,
      'Content-Type': 'application/json',
      'x-request-id': expect.stringMatching(UUID_V4),
    });
  });

  it('never puts the token in the URL', async () => {
    const { client, fetch } = setup([ok()], { baseUrl: 'https://staging-api.assetpay.co' });
    await client.request('/client/inventory', { query: { game: 252490, search: 'door' } });
    const url = String(fetch.mock.calls[0]![0]);
    expect(url).toBe('https://staging-api.assetpay.co/client/inventory?game=252490&search=door');
    expect(url).not.toContain(TOKEN);
  });

  it('asks getToken for every request and returns the parsed envelope', async () => {
    const { client, getToken } = setup([ok({ n: 1 })]);
    await expect(client.request('/a')).resolves.toEqual({ requestId: 'req-ok', success: true, data: { n: 1 } });
    await client.request('/b');
    expect(getToken).toHaveBeenCalledTimes(2);
    for (const call of getToken.mock.calls) expect(call[0]?.forceRefresh).toBeFalsy();
  });

  it('awaits an async getToken', async () => {
    const fetch = vi.fn<typeof globalThis.fetch>(async () => ok()());
    const client = createAssetPayClient({ getToken: async () => 'async-token', fetch });
    await client.request('/a');
    expect(headersOf(fetch).Authorization).toBe('async-token');
  });
});

describe('token refresh on 401', () => {
  it.each(['INVALID_TOKEN', 'TOKEN_EXPIRED', 'TOKEN_INVALID_OR_EXPIRED', 'UNAUTHORIZED'])(
    '%s: gets a fresh token once and replays once',
    async (key) => {
      const { client, fetch, getToken } = setup([envelope(401, key), ok({ after: 'refresh' })]);
      await expect(client.request('/client/inventory')).resolves.toMatchObject({ data: { after: 'refresh' } });
      expect(getToken).toHaveBeenCalledTimes(2);
      expect(getToken.mock.calls[1]![0]).toEqual({ forceRefresh: true });
      expect(fetch).toHaveBeenCalledTimes(2);
      expect(headersOf(fetch, 0).Authorization).toBe(TOKEN);
      expect(headersOf(fetch, 1).Authorization).toBe(FRESH);
    },
  );

  it.each(['INVALID_TOKEN', 'TOKEN_EXPIRED'])('%s twice: no second replay, the 401 is thrown', async (key) => {
    const { client, fetch, getToken } = setup([envelope(401, key)]);
    const error = await failure(client.request('/client/inventory'));
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(getToken).toHaveBeenCalledTimes(2);
    expect(error).toMatchObject({ key, status: 401 });
    expect(error.isAuthError).toBe(true);
  });

  it('replays a deposit (POST) with the same body', async () => {
    const { client, fetch } = setup([envelope(401, 'INVALID_TOKEN'), ok()]);
    await client.request('/client/trading/deposit', { method: 'POST', body: { x: 1 }, unsafe: true });
    expect(fetch.mock.calls[1]![1]!.body).toBe('{"x":1}');
    expect(fetch.mock.calls[1]![1]!.method).toBe('POST');
  });

  it.each([
    ['another key', envelope(401, 'FORBIDDEN')],
    ['a 401 without envelope', text('Unauthorized', 401, 'text/plain')],
    ['an auth key with HTTP 403', envelope(403, 'INVALID_TOKEN')],
  ])('%s: no replay', async (_, reply) => {
    const { client, fetch, getToken } = setup([reply, ok()]);
    await failure(client.request('/a'));
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(getToken).toHaveBeenCalledTimes(1);
  });

  it('a refresh that fails becomes TOKEN_UNAVAILABLE', async () => {
    const fetch = vi.fn<typeof globalThis.fetch>(async () => envelope(401, 'TOKEN_EXPIRED')());
    const getToken = vi.fn((opts?: { forceRefresh?: boolean }) => {
      if (opts?.forceRefresh) throw new Error('backend down');
      return TOKEN;
    });
    const error = await failure(createAssetPayClient({ getToken, fetch }).request('/a'));
    expect(error.key).toBe('TOKEN_UNAVAILABLE');
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});

describe('getToken failures', () => {
  it.each<[string, AssetPayClientOptions['getToken']]>([
    ['throws', () => { throw new Error('no session'); }],
    ['rejects', () => Promise.reject(new Error('no session'))],
    ['returns an empty string', () => ''],
    ['returns a non-string', () => undefined as unknown as string],
  ])('getToken %s → TOKEN_UNAVAILABLE, nothing sent', async (_, getToken) => {
    const fetch = vi.fn<typeof globalThis.fetch>(async () => ok()());
    const error = await failure(createAssetPayClient({ getToken, fetch }).request('/a'));
    expect(error.key).toBe('TOKEN_UNAVAILABLE');
    expect(error.status).toBe(0);
    expect(fetch).not.toHaveBeenCalled();
  });
});
