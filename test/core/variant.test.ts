import { describe, expect, it } from 'vitest';
import {
  API_VARIANTS,
  clampSearch,
  createAssetPayClient,
  inferApiVariant,
  inventoryQuery,
  retryDelayOf,
  toDepositBody,
  tradesQuery,
  type DepositRequest,
} from '../../src/core/index.js';
import { envelope, headersOf, ok, setup, TOKEN } from './fakeFetch.js';

describe('inferApiVariant', () => {
  it.each([
    ['https://api.assetpay.gg', 'gg'],
    ['https://api-staging.assetpay.gg/', 'gg'],
    ['https://assetpay.gg', 'gg'],
    ['https://API.AssetPay.GG', 'gg'],
    ['https://api.assetpay.co', 'co'],
    ['https://staging-api.assetpay.co', 'co'],
    ['https://assetpay.gg.evil.example', 'co'],
    ['https://notassetpay.gg', 'co'],
    ['/api/assetpay-proxy', 'co'],
  ])('%s → %s', (url, variant) => {
    expect(inferApiVariant(url)).toBe(variant);
  });

  it('is what the client follows unless apiVariant overrides it', () => {
    const getToken = () => 't';
    expect(createAssetPayClient({ getToken, baseUrl: 'https://api.assetpay.gg' }).variant).toBe('gg');
    expect(createAssetPayClient({ getToken }).variant).toBe('co');
    expect(createAssetPayClient({ getToken, baseUrl: '/proxy', apiVariant: 'gg' }).rules).toBe(API_VARIANTS.gg);
  });
});

describe('auth scheme per variant', () => {
  it('sends the raw token on .co and Bearer on .gg by default', async () => {
    const co = setup([ok()]);
    await co.client.request('/client/inventory');
    expect(headersOf(co.fetch).Authorization).toBe(TOKEN);
    const gg = setup([ok()], { baseUrl: 'https://api.assetpay.gg' });
    await gg.client.request('/client/inventory');
    expect(headersOf(gg.fetch).Authorization).toBe(`Bearer ${TOKEN}`);
  });

  it('MISSING_BEARER resends once with Bearer and the same token, then keeps Bearer', async () => {
    const { client, fetch, getToken } = setup([envelope(401, 'MISSING_BEARER'), ok({ n: 1 }), ok({ n: 2 })]);
    await expect(client.request('/client/inventory')).resolves.toMatchObject({ data: { n: 1 } });
    expect(headersOf(fetch, 0).Authorization).toBe(TOKEN);
    expect(headersOf(fetch, 1).Authorization).toBe(`Bearer ${TOKEN}`);
    // Not an expired token: no forced refresh.
    expect(getToken.mock.calls.every((call) => call[0] === undefined)).toBe(true);
    await client.request('/client/trades');
    expect(headersOf(fetch, 2).Authorization).toBe(`Bearer ${TOKEN}`);
    expect(fetch).toHaveBeenCalledTimes(3);
  });

  it('MISSING_BEARER then an expired token: Bearer, then one refresh', async () => {
    const { client, fetch, getToken } = setup([envelope(401, 'MISSING_BEARER'), envelope(401, 'TOKEN_EXPIRED'), ok({ fine: 1 })]);
    await expect(client.request('/a')).resolves.toMatchObject({ data: { fine: 1 } });
    expect(getToken).toHaveBeenLastCalledWith({ forceRefresh: true });
    expect(headersOf(fetch, 2).Authorization).toMatch(/^Bearer /);
  });
});

describe('x-request-id', () => {
  it('is a new UUID per request and the same on its replays', async () => {
    const { client, fetch } = setup([envelope(401, 'INVALID_TOKEN'), ok(), ok()]);
    await client.request('/a');
    await client.request('/b');
    const ids = [0, 1, 2].map((call) => headersOf(fetch, call)['x-request-id']);
    expect(ids[0]).toBe(ids[1]);
    expect(ids[2]).not.toBe(ids[0]);
  });

  it('takes the id the caller passes', async () => {
    const { client, fetch } = setup([ok()]);
    await client.request('/a', { requestId: 'fixed-id' });
    expect(headersOf(fetch)['x-request-id']).toBe('fixed-id');
  });
});

describe('inventoryQuery per variant', () => {
  it('names the page size perPage on .co and limit on .gg', () => {
    expect(inventoryQuery({ perPage: 500 }, API_VARIANTS.co)).toMatchObject({ perPage: 500 });
    expect(inventoryQuery({ perPage: 500 }, API_VARIANTS.co)).not.toHaveProperty('limit');
    expect(inventoryQuery({ perPage: -1 }, API_VARIANTS.gg)).toMatchObject({ limit: -1 });
    expect(inventoryQuery({ perPage: 500 }, API_VARIANTS.gg)).not.toHaveProperty('perPage');
  });

  it('sends acceptedOnly and game, and rejects an undocumented sort', () => {
    expect(inventoryQuery({ acceptedOnly: true, sort: 'priceDesc' }, API_VARIANTS.gg)).toMatchObject({ acceptedOnly: true, sort: 'priceDesc', game: 730 });
    expect(() => inventoryQuery({ sort: 'price_asc' as never }, API_VARIANTS.gg)).toThrow(/sort must be one of/);
  });

  it('cuts search to 100 characters, never inside a surrogate pair', () => {
    expect(clampSearch('a'.repeat(150))).toHaveLength(100);
    expect(clampSearch('short')).toBe('short');
    const emoji = `${'a'.repeat(99)}😀tail`;
    expect(clampSearch(emoji)).toBe('a'.repeat(99));
    expect(inventoryQuery({ search: 'x'.repeat(101) }).search).toHaveLength(100);
  });
});

const request: DepositRequest = {
  items: [
    { itemId: 'item-1', offer: { price: 10.75, reference: 'ref-1' } },
    { itemId: 'item-2', offer: { price: 0.07, reference: 'ref-2' }, amount: 3 },
  ],
  game: '730',
  externalId: 'ext-1',
  isInstant: true,
};

describe('toDepositBody', () => {
  it('.co: offer.{price, reference} per item', () => {
    expect(toDepositBody(request, API_VARIANTS.co)).toEqual({
      items: [
        { itemId: 'item-1', offer: { price: 10.75, reference: 'ref-1' } },
        { itemId: 'item-2', offer: { price: 0.07, reference: 'ref-2' }, amount: 3 },
      ],
      game: '730',
      externalId: 'ext-1',
      isInstant: true,
    });
  });

  it('.gg: price per item and nothing else', () => {
    expect(toDepositBody(request, API_VARIANTS.gg)).toEqual({
      items: [
        { itemId: 'item-1', price: 10.75 },
        { itemId: 'item-2', price: 0.07, amount: 3 },
      ],
      game: '730',
      externalId: 'ext-1',
      isInstant: true,
    });
  });
});

describe('tradesQuery', () => {
  const co = { rules: API_VARIANTS.co };
  const gg = { rules: API_VARIANTS.gg };
  it('.co: upper-case type, page numbers', () => {
    expect(tradesQuery(co, { game: '252490' })).toEqual({ type: 'DEPOSIT', game: '252490', limit: 50, page: 1 });
    expect(tradesQuery(co, { game: '730', after: { page: 3 }, limit: 500 })).toEqual({ type: 'DEPOSIT', game: '730', limit: 100, page: 3 });
  });
  it('.gg: lower-case type, cursors, limit at most 100', () => {
    expect(tradesQuery(gg, { game: '730' })).toEqual({ type: 'deposit', game: '730', limit: 50 });
    expect(tradesQuery(gg, { game: '730', after: { cursor: 'abc' }, limit: 1000 })).toEqual({ type: 'deposit', game: '730', limit: 100, cursor: 'abc' });
  });
});

describe('retryDelayOf', () => {
  it('prefers Retry-After, falls back per key, else nothing', () => {
    expect(retryDelayOf({ key: 'RATE_LIMITED', retryAfterMs: 7000 })).toBe(7000);
    expect(retryDelayOf({ key: 'RATE_LIMITED', retryAfterMs: undefined })).toBe(30_000);
    expect(retryDelayOf({ key: 'DEPOSIT_IN_PROGRESS', retryAfterMs: undefined })).toBe(5000);
    expect(retryDelayOf({ key: 'PRICE_CHANGED', retryAfterMs: undefined })).toBeUndefined();
    expect(retryDelayOf({ key: 'toString', retryAfterMs: undefined })).toBeUndefined();
  });
});
