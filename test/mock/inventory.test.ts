import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../server.js';
import { API, getInventory, installMock, row } from './helpers.js';

// Original ("relevance") order: a, b, c, d, e, f.
const fixture = [
  row('item-a', 'AK-47 | Redline', 10.5, { marketHashName: 'AK-47 | Redline (Field-Tested)' }),
  row('item-b', 'AWP | Asiimov', 0.29),
  row('item-c', 'akimbo Case', null, { accepted: false }),
  row('item-d', 'Glock-18 | Fade', 100),
  row('item-e', 'M4A4 | Howl', 0.3),
  row('item-f', 'AK-47 | Slate', 10.5),
];

const ids = (body: any): string[] => body.data.inventory.map((item: { id: string }) => item.id);

describe('GET /client/inventory', () => {
  it('answers the documented envelope with defaults: CS2, page 1, 50 per page', async () => {
    const mock = installMock({ collateral: 12.34 });
    const { status, json, headers } = await getInventory();
    expect(status).toBe(200);
    expect(json.success).toBe(true);
    expect(json.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(headers.get('x-request-id')).toBe(json.requestId);
    expect(json.data.count).toBe(120);
    expect(json.data.inventory).toHaveLength(50);
    expect(json.data.inventory).toEqual(mock.inventory(730).slice(0, 50));
    expect(json.data.collateral).toBe(12.34);
    expect(new Date(json.data.updatedAt).toISOString()).toBe(json.data.updatedAt);
  });

  it('serves Rust for game=252490 and honours counts and seed', async () => {
    installMock({ counts: { 252490: 7 }, seed: 5 });
    const { json } = await getInventory({ game: 252490 });
    expect(json.data.count).toBe(7);
    expect(json.data.inventory.every((item: { appid: number }) => item.appid === 252490)).toBe(true);
  });

  it.each(['999', 'abc', '730.0', '-730'])('rejects game=%s with VALIDATION_FAILED on fields.game', async (game) => {
    installMock();
    const { status, json } = await getInventory({ game });
    expect(status).toBe(400);
    expect(json).toMatchObject({ success: false, error: { key: 'VALIDATION_FAILED', code: 1001 } });
    expect(json.error.fields).toHaveProperty('game');
  });

  it.each([
    ['redline', ['item-a']],
    ['AK-47', ['item-a', 'item-f']],
    ['ak', ['item-a', 'item-c', 'item-f']],
    ['FIELD-tested', ['item-a']],
    ['no such thing', []],
  ])('search=%s matches name or marketHashName, ignoring case', async (search, expected) => {
    installMock({ inventories: { 730: fixture } });
    const { json } = await getInventory({ search });
    expect(ids(json)).toEqual(expected);
    expect(json.data.count).toBe(expected.length);
  });

  it.each([
    ['priceAsc', ['item-b', 'item-e', 'item-a', 'item-f', 'item-d', 'item-c']],
    ['priceDesc', ['item-d', 'item-a', 'item-f', 'item-e', 'item-b', 'item-c']],
    ['nameAsc', ['item-a', 'item-f', 'item-c', 'item-b', 'item-d', 'item-e']],
    ['nameDesc', ['item-e', 'item-d', 'item-b', 'item-c', 'item-f', 'item-a']],
    ['relevance', ['item-a', 'item-b', 'item-c', 'item-d', 'item-e', 'item-f']],
  ])('sort=%s orders the rows (ties keep their order, rows without offer last)', async (sort, expected) => {
    installMock({ inventories: { 730: fixture } });
    const { status, json } = await getInventory({ sort });
    expect(status).toBe(200);
    expect(ids(json)).toEqual(expected);
  });

  // No source spells the sort values in snake_case (assetpay-api.md §7.1).
  it.each(['cheapest', 'PRICE_ASC', 'price', 'price_asc', 'price_desc', 'name_asc', 'name_desc', 'priceasc'])('rejects sort=%s', async (sort) => {
    installMock({ inventories: { 730: fixture } });
    const { status, json } = await getInventory({ sort });
    expect(status).toBe(400);
    expect(json.error.key).toBe('VALIDATION_FAILED');
    expect(json.error.fields).toHaveProperty('sort');
  });

  it.each([
    [{ minPrice: 0.29 }, ['item-a', 'item-b', 'item-d', 'item-e', 'item-f']],
    [{ minPrice: 0.3 }, ['item-a', 'item-d', 'item-e', 'item-f']],
    [{ maxPrice: 0.3 }, ['item-b', 'item-e']],
    [{ maxPrice: 0.29 }, ['item-b']],
    [{ minPrice: 10.5, maxPrice: 10.5 }, ['item-a', 'item-f']],
    [{ minPrice: 0 }, ['item-a', 'item-b', 'item-d', 'item-e', 'item-f']],
    [{ minPrice: 1000 }, []],
  ])('price range %o filters on offer.price, inclusive, dropping rows without offer', async (query, expected) => {
    installMock({ inventories: { 730: fixture } });
    const { json } = await getInventory(query);
    expect(ids(json)).toEqual(expected);
    expect(json.data.count).toBe(expected.length);
  });

  it.each<Record<string, string>>([{ minPrice: 'x' }, { maxPrice: '-1' }])('rejects a bad price bound %o', async (query) => {
    installMock({ inventories: { 730: fixture } });
    const { status, json } = await getInventory(query);
    expect(status).toBe(400);
    expect(Object.keys(json.error.fields)).toEqual(Object.keys(query));
  });

  it.each([
    [{ perPage: 2 }, ['item-a', 'item-b']],
    [{ perPage: 2, page: 2 }, ['item-c', 'item-d']],
    [{ perPage: 4, page: 2 }, ['item-e', 'item-f']],
    [{ perPage: 2, page: 9 }, []],
    [{ perPage: 2, page: 2, sort: 'priceDesc' }, ['item-f', 'item-e']],
    [{ perPage: 1, search: 'ak-47', page: 2 }, ['item-f']],
  ])('pages with %o and reports the total count before paging', async (query, expected) => {
    installMock({ inventories: { 730: fixture } });
    const { json } = await getInventory(query);
    expect(ids(json)).toEqual(expected);
    expect(json.data.count).toBe('search' in query ? 2 : 6);
  });

  it.each([
    [{ perPage: -1 }, 'perPage'],
    [{ perPage: 0 }, 'perPage'],
    [{ perPage: 'ten' }, 'perPage'],
    [{ page: 0 }, 'page'],
    [{ page: 1.5 }, 'page'],
    [{ refresh: 'yes' }, 'refresh'],
  ])('rejects %o on fields.%s', async (query, field) => {
    installMock();
    const { status, json } = await getInventory(query);
    expect(status).toBe(400);
    expect(json.error.key).toBe('VALIDATION_FAILED');
    expect(json.error.fields).toHaveProperty(field);
  });

  it('names every bad parameter in one answer', async () => {
    installMock();
    const { json } = await getInventory({ game: 1, sort: 'x', page: 0 });
    expect(Object.keys(json.error.fields).sort()).toEqual(['game', 'page', 'sort']);
    expect(json.error.message).toContain('game');
  });

  it('keeps updatedAt fixed until refresh=true moves it to now', async () => {
    installMock();
    const first = (await getInventory()).json.data.updatedAt;
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect((await getInventory()).json.data.updatedAt).toBe(first);
    const refreshed = (await getInventory({ refresh: true })).json.data.updatedAt;
    expect(Date.parse(refreshed)).toBeGreaterThan(Date.parse(first));
    expect((await getInventory()).json.data.updatedAt).toBe(refreshed);
  });

  it('filters acceptedOnly=true to depositable offers', async () => {
    installMock({ inventories: { 730: fixture } });
    const { json } = await getInventory({ acceptedOnly: true });
    expect(ids(json)).toEqual(['item-a', 'item-b', 'item-d', 'item-e', 'item-f']);
  });

  it('matches only the configured origin when baseUrl is given', async () => {
    // Anything the mock does not match falls through to this teapot.
    server.use(http.get('*', () => new HttpResponse(null, { status: 418 })));
    installMock({ baseUrl: 'https://staging-api.assetpay.co/' });
    const staging = await fetch('https://staging-api.assetpay.co/client/inventory', { headers: { Authorization: 'tok' } });
    expect(staging.status).toBe(200);
    const production = await fetch(`${API}/client/inventory`, { headers: { Authorization: 'tok' } });
    expect(production.status).toBe(418);
  });

  it('does not let callers change the inventories they passed in', async () => {
    const mine = [row('item-z', 'Only Row', 1)];
    const mock = installMock({ inventories: { 730: mine } });
    mock.reprice('item-z', 2);
    expect(mine[0]?.offer?.price).toBe(1);
    expect((await getInventory()).json.data.inventory[0].offer.price).toBe(2);
  });
});
