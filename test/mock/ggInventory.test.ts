import { describe, expect, it } from 'vitest';
import type { RawGgInventoryItem } from '../../src/mock/index.js';
import { getInventory, installMock, row, stack } from './helpers.js';

const fixture = () => ({
  730: [
    row('g-ak', 'AK-47 | Redline', 10.5),
    row('g-awp', 'AWP | Asiimov', 0.29),
    row('g-refused', 'Sticker | Crown (Foil)', 5, { accepted: false }),
    row('g-none', 'Kilowatt Case', null, { accepted: false }),
  ],
  252490: [stack('g-wood', 'Wood', 0.07, 100, 40)],
});
const setup = () => installMock({ variant: 'gg', inventories: fixture() });
const rowsOf = (json: any) => json.data.inventory as RawGgInventoryItem[];

describe('.gg GET /client/inventory: row shape', () => {
  it('reports its variant; .co is the default', () => {
    expect(setup().variant).toBe('gg');
    expect(installMock().variant).toBe('co');
  });

  it('sends offer.{price, maxAmount, accepted}, an assetId, and no accepted, contextid or reference', async () => {
    const mock = setup();
    const { status, json } = await getInventory();
    expect(status).toBe(200);
    const [ak, awp, refused, none] = rowsOf(json);
    expect(ak).toEqual({
      id: 'g-ak',
      assetId: expect.stringMatching(/^\d+$/),
      appid: 730,
      name: 'AK-47 | Redline',
      marketHashName: 'AK-47 | Redline',
      type: 'Rifle',
      iconUrl: 'mock-test',
      tradable: true,
      marketPrice: 15.75,
      offer: { price: 10.5, maxAmount: 1, accepted: true },
    });
    expect(awp!.offer).toEqual({ price: 0.29, maxAmount: 1, accepted: true });
    expect(refused!.offer).toEqual({ price: 5, maxAmount: 1, accepted: false });
    expect(none).not.toHaveProperty('offer');
    for (const item of rowsOf(json)) {
      expect(item).not.toHaveProperty('accepted');
      expect(item).not.toHaveProperty('contextid');
    }
    // The live rows stay in the .co shape the handlers work on.
    expect(mock.inventory(730)[0]).toMatchObject({ accepted: true, contextid: 2, offer: { reference: 'ref-g-ak' } });
  });

  it('keeps each assetId stable across answers and distinct between rows, on generated rows too', async () => {
    installMock({ variant: 'gg', counts: { 730: 300 } });
    const first = rowsOf((await getInventory({ limit: -1 })).json);
    const second = rowsOf((await getInventory({ limit: -1, sort: 'priceDesc' })).json);
    const byId = new Map(second.map((item) => [item.id, item.assetId]));
    for (const item of first) {
      expect(item.assetId).toMatch(/^\d+$/);
      expect(byId.get(item.id)).toBe(item.assetId);
      expect(item).not.toHaveProperty('accepted');
      if (item.offer) expect(item.offer).not.toHaveProperty('reference');
    }
    expect(new Set(first.map((item) => item.assetId)).size).toBe(300);
  });

  it('shows a reprice made on the live rows', async () => {
    const mock = setup();
    mock.reprice('g-ak', 11);
    expect(rowsOf((await getInventory()).json)[0]!.offer!.price).toBe(11);
  });

  it('serves Rust stacks with amount and maxAmount', async () => {
    setup();
    const [wood] = rowsOf((await getInventory({ game: 252490 })).json);
    expect(wood).toMatchObject({ id: 'g-wood', appid: 252490, amount: 100, offer: { price: 0.07, maxAmount: 40, accepted: true } });
  });
});

describe('.gg GET /client/inventory: query', () => {
  it('acceptedOnly=true keeps only rows whose offer.accepted is true', async () => {
    setup();
    expect(rowsOf((await getInventory({ acceptedOnly: true })).json).map((item) => item.id)).toEqual(['g-ak', 'g-awp']);
    expect(rowsOf((await getInventory({ acceptedOnly: false })).json)).toHaveLength(4);
  });

  it.each(['priceAsc', 'priceDesc', 'nameAsc', 'nameDesc', 'relevance'])('accepts sort=%s', async (sort) => {
    setup();
    expect((await getInventory({ sort })).status).toBe(200);
  });

  it('sorts by offer price', async () => {
    setup();
    expect(rowsOf((await getInventory({ sort: 'priceAsc' })).json).map((item) => item.id)).toEqual(['g-awp', 'g-refused', 'g-ak', 'g-none']);
  });

  it('allows a search of 100 characters', async () => {
    setup();
    const { status, json } = await getInventory({ search: 'a'.repeat(100) });
    expect(status).toBe(200);
    expect(json.data.count).toBe(0);
  });

  it.each<[Record<string, string>, string]>([
    [{ search: 'a'.repeat(101) }, 'search'],
    [{ sort: 'price_asc' }, 'sort'],
    [{ sort: 'PRICEASC' }, 'sort'],
    [{ acceptedOnly: 'yes' }, 'acceptedOnly'],
    [{ refresh: '1' }, 'refresh'],
    [{ game: '440' }, 'game'],
    [{ page: '0' }, 'page'],
    [{ minPrice: 'cheap' }, 'minPrice'],
  ])('answers 422 VALIDATION_FAILED for %o', async (query, field) => {
    setup();
    const { status, json } = await getInventory(query);
    expect(status).toBe(422);
    expect(json).toMatchObject({ success: false, error: { key: 'VALIDATION_FAILED', code: 1001 } });
    expect(Object.keys(json.error.fields)).toEqual([field]);
  });

  it('ignores query parameters .gg does not have', async () => {
    setup();
    const { status, json } = await getInventory({ perPage: 'not-a-number', foo: 'bar', type: 'x' });
    expect(status).toBe(200);
    expect(json.data.count).toBe(4);
  });
});
