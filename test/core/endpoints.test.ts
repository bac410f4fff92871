import { describe, expect, it, vi } from 'vitest';
import {
  AssetPayError,
  createAssetPayClient,
  createDeposit,
  DEPOSIT_TIMEOUT_MS,
  fetchInventory,
  inventoryQuery,
  pageCountOf,
  parseTradeResponse,
  type DepositRequest,
  type InventoryParams,
} from '../../src/core/index.js';
import { inventoryEnvelope, rawCs2Row } from './makeItem.js';

const respond = (body: unknown, status = 200) => vi.fn<typeof fetch>(async () => new Response(JSON.stringify(body), { status }));
const clientOver = (fetch: typeof globalThis.fetch) => createAssetPayClient({ getToken: () => 'tkn', fetch });
const trade = { id: 'trade-1', type: 'DEPOSIT', status: 'INITIATED', game: '730', items: [], totalPrice: 10.75, externalId: 'order-1' };
const deposit: DepositRequest = { items: [{ itemId: 'a', offer: { price: 10.75, reference: 'r' } }], game: '730', externalId: 'order-1', isInstant: true };

describe('inventoryQuery / pageCountOf', () => {
  it.each<[InventoryParams, Record<string, unknown>]>([
    [{}, { game: 730 }],
    [{ game: 252490, refresh: true, page: 2, perPage: 100 }, { game: 252490, refresh: true, page: 2, perPage: 100 }],
    [{ search: 'door', sort: 'priceDesc', minPrice: 0.5, maxPrice: 10 }, { game: 730, search: 'door', sort: 'priceDesc', minPrice: 0.5, maxPrice: 10 }],
  ])('%j → %j', (params, query) => {
    const built = inventoryQuery(params);
    expect(Object.fromEntries(Object.entries(built).filter(([, v]) => v !== undefined))).toEqual(query);
  });

  it.each<[number, number | undefined, number]>([
    [0, undefined, 1],
    [1, undefined, 1],
    [50, undefined, 1],
    [51, undefined, 2],
    [120, 50, 3],
    [120, 100, 2],
  ])('%s items at %s a page → %s pages', (count, perPage, pages) => {
    expect(pageCountOf(count, perPage)).toBe(pages);
  });
});

describe('fetchInventory', () => {
  it('GETs /client/inventory with the documented parameters and validates the page', async () => {
    const fetch = respond(inventoryEnvelope([rawCs2Row('a'), { id: 'bad' }], { count: 2 }));
    const page = await fetchInventory(clientOver(fetch), { game: 730, page: 2, perPage: 25, search: 'ak' });
    expect(fetch.mock.calls[0]![0]).toBe('https://api.assetpay.co/client/inventory?game=730&search=ak&page=2&perPage=25');
    expect(page.items.map((item) => item.id)).toEqual(['a']);
    expect(page.rejected).toHaveLength(1);
  });

  it('a body that is not an inventory envelope → INVALID_RESPONSE', async () => {
    await expect(fetchInventory(clientOver(respond({ success: true, data: {} })))).rejects.toMatchObject({ key: 'INVALID_RESPONSE' });
  });
});

describe('createDeposit', () => {
  it('POSTs the body to /client/trading/deposit and returns the trade', async () => {
    const fetch = respond({ requestId: 'r', success: true, data: trade });
    const result = await createDeposit(clientOver(fetch), deposit);
    expect(fetch.mock.calls[0]![0]).toBe('https://api.assetpay.co/client/trading/deposit');
    expect(fetch.mock.calls[0]![1]!.method).toBe('POST');
    expect(JSON.parse(fetch.mock.calls[0]![1]!.body as string)).toEqual(deposit);
    expect(result).toMatchObject({ id: 'trade-1', status: 'INITIATED', totalPrice: 10.75 });
  });

  it('waits 100 s by default', () => {
    expect(DEPOSIT_TIMEOUT_MS).toBe(100_000);
  });

  it('a network drop is outcomeUnknown', async () => {
    const fetch = vi.fn<typeof globalThis.fetch>(async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(createDeposit(clientOver(fetch), deposit)).rejects.toMatchObject({ key: 'NETWORK_ERROR', outcomeUnknown: true });
  });

  it('a 409 PRICE_CHANGED is a definite failure', async () => {
    const fetch = respond({ requestId: 'r', success: false, error: { code: 11, key: 'PRICE_CHANGED', message: 'Price changed' } }, 409);
    await expect(createDeposit(clientOver(fetch), deposit)).rejects.toMatchObject({ key: 'PRICE_CHANGED', status: 409, outcomeUnknown: false });
  });
});

describe('parseTradeResponse', () => {
  it.each<[string, Record<string, unknown>, Record<string, unknown>]>([
    ['a .co trade', trade, { id: 'trade-1', status: 'INITIATED' }],
    ['a .gg trade with a numeric game', { ...trade, status: 'initiated', game: 730 }, { status: 'initiated', game: '730' }],
    ['a trade without items', { id: 't', status: 'INITIATED' }, { items: [] }],
    ['unknown fields kept', { ...trade, collateral: { merchant: 1, provider: 2 } }, { collateral: { merchant: 1, provider: 2 } }],
    ['related trades validated one by one', { ...trade, relatedTrades: [{ id: 't2', status: 'active' }, { id: 't3' }] }, { relatedTrades: [{ id: 't2', status: 'active' }] }],
    ['a broken botInfo dropped', { ...trade, botInfo: { avatar: 'x' } }, { botInfo: undefined }],
  ])('%s', (_, data, expected) => {
    expect(parseTradeResponse({ success: true, data })).toMatchObject(expected);
  });

  it.each<[string, unknown]>([
    ['no trade id', { success: true, data: { status: 'INITIATED' } }],
    ['no status', { success: true, data: { id: 't' } }],
    ['not an envelope', '<html/>'],
    ['success false', { success: false, data: trade }],
  ])('%s → INVALID_RESPONSE with outcomeUnknown (the trade may exist)', (_, body) => {
    let caught: unknown;
    try {
      parseTradeResponse(body);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(AssetPayError);
    expect(caught).toMatchObject({ key: 'INVALID_RESPONSE', outcomeUnknown: true });
  });
});
