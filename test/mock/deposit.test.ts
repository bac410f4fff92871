import { describe, expect, it } from 'vitest';
import type { MockAssetPayOptions, RawInventoryItem } from '../../src/mock/index.js';
import { getInventory, installMock, line, postDeposit, row, stack } from './helpers.js';

const cs2 = () => [
  row('d-ok-1', 'AK-47 | Redline', 0.1),
  row('d-ok-2', 'AWP | Asiimov', 0.2),
  row('d-big', '★ Karambit | Doppler', 30.01),
  row('d-locked', 'Glock-18 | Fade', 5, { tradable: false }),
  row('d-refused', 'Sticker | Crown (Foil)', 5, { accepted: false }),
  row('d-nooffer', 'Kilowatt Case', null, { accepted: false }),
  row('d-nooffer-2', 'Recoil Case', null),
];
const rust = () => [
  stack('r-wood', 'Wood', 0.07, 100),
  stack('r-sulfur', 'Sulfur Ore', 0.05, 50, 20),
  stack('r-skin', 'Tempered AK47', 12.34, 1),
];

const setup = (options: MockAssetPayOptions = {}) => installMock({ inventories: { 730: cs2(), 252490: rust() }, ...options });
const find = (rows: RawInventoryItem[], id: string) => rows.find((item) => item.id === id) as RawInventoryItem;

describe('POST /client/trading/deposit: success', () => {
  it('creates a CS2 trade with an exact total and removes the items', async () => {
    const mock = setup();
    const items = mock.inventory(730);
    const body = { items: [line(find(items, 'd-ok-1')), line(find(items, 'd-ok-2'))], game: '730', externalId: 'ext-1', isInstant: true };
    const { status, json } = await postDeposit(body);
    expect(status).toBe(200);
    expect(json.success).toBe(true);
    const trade = json.data;
    expect(trade).toMatchObject({
      type: 'DEPOSIT',
      status: 'INITIATED',
      game: '730',
      totalPrice: 0.3, // 0.1 + 0.2 in floating point would be 0.30000000000000004
      isInstant: true,
      preCredit: 0.3,
      pendingCredit: 0,
      externalId: 'ext-1',
      botInfo: { name: expect.any(String) },
    });
    expect(trade.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(trade.items.map((item: { id: string }) => item.id)).toEqual(['d-ok-1', 'd-ok-2']);
    expect(Date.parse(trade.createdAt)).not.toBeNaN();
    expect(trade.updatedAt).toBe(trade.createdAt);
    expect(mock.trades).toHaveLength(1);
    expect(mock.trades[0]?.id).toBe(trade.id);
    expect(mock.inventory(730).map((item) => item.id)).not.toContain('d-ok-1');
    expect((await getInventory()).json.data.count).toBe(5);
  });

  it('splits CS2 instant credit at the collateral and uses it up', async () => {
    const mock = setup({ collateral: 10 });
    const first = await postDeposit({ items: [line(find(mock.inventory(730), 'd-big'))] });
    expect(first.json.data).toMatchObject({ totalPrice: 30.01, preCredit: 10, pendingCredit: 20.01, isInstant: true, game: '730' });
    expect((await getInventory()).json.data.collateral).toBe(0);
    const second = await postDeposit({ items: [line(find(mock.inventory(730), 'd-ok-1'))] });
    expect(second.json.data).toMatchObject({ totalPrice: 0.1, preCredit: 0, pendingCredit: 0.1 });
  });

  it('credits nothing up front when isInstant is false', async () => {
    const mock = setup();
    const { json } = await postDeposit({ items: [line(find(mock.inventory(730), 'd-big'))], isInstant: false });
    expect(json.data).toMatchObject({ totalPrice: 30.01, preCredit: 0, pendingCredit: 30.01, isInstant: false });
  });

  it('sells at the current offer when the line has no offer', async () => {
    setup();
    const { status, json } = await postDeposit({ items: [{ itemId: 'd-ok-2' }] });
    expect(status).toBe(200);
    expect(json.data.totalPrice).toBe(0.2);
  });

  it('takes part of a Rust stack, credits it in full and leaves the rest', async () => {
    const mock = setup({ collateral: 0 });
    const wood = find(mock.inventory(252490), 'r-wood');
    const { status, json } = await postDeposit({ items: [line(wood, 3)], game: '252490' });
    expect(status).toBe(200);
    // 0.07 * 3 in floating point is 0.21000000000000002.
    expect(json.data).toMatchObject({ game: '252490', totalPrice: 0.21, preCredit: 0.21, pendingCredit: 0 });
    expect(json.data.items[0]).toMatchObject({ id: 'r-wood', amount: 3 });
    expect(wood.amount).toBe(97);
    expect(wood.offer?.maxAmount).toBe(97);
    const rest = await postDeposit({ items: [line(wood, 97)], game: '252490' });
    expect(rest.json.data.totalPrice).toBe(6.79);
    expect(mock.inventory(252490).map((item) => item.id)).toEqual(['r-sulfur', 'r-skin']);
  });

  it('sums several Rust lines exactly', async () => {
    const mock = setup();
    const rows = mock.inventory(252490);
    const body = { items: [line(find(rows, 'r-wood'), 7), line(find(rows, 'r-sulfur'), 20), line(find(rows, 'r-skin'))], game: '252490' };
    const { json } = await postDeposit(body);
    expect(json.data.totalPrice).toBe(13.83); // 0.49 + 1.00 + 12.34
  });
});

describe('POST /client/trading/deposit: refusals', () => {
  const tooMany = Array.from({ length: 251 }, (_, i) => ({ itemId: `bulk-${i}` }));
  it.each<[string, (mock: ReturnType<typeof setup>) => unknown, number, string, number, unknown]>([
    ['an empty basket', () => ({ items: [] }), 400, 'MISSING_ITEMS', 2, undefined],
    ['251 items', () => ({ items: tooMany }), 400, 'TOO_MANY_ITEMS', 8, undefined],
    ['an unknown item', () => ({ items: [{ itemId: 'nope-1' }, { itemId: 'd-ok-1' }] }), 400, 'ITEMS_UNAVAILABLE', 9, [{ itemId: 'nope-1' }]],
    ['a CS2 item sent as Rust', () => ({ items: [{ itemId: 'd-ok-1' }], game: '252490' }), 400, 'ITEMS_UNAVAILABLE', 9, [{ itemId: 'd-ok-1' }]],
    ['a trade-locked item', (m) => ({ items: [line(find(m.inventory(730), 'd-locked'))] }), 400, 'ITEMS_NOT_ACCEPTED', 10, [{ itemId: 'd-locked' }]],
    ['a refused item', (m) => ({ items: [line(find(m.inventory(730), 'd-refused'))] }), 400, 'ITEMS_NOT_ACCEPTED', 10, [{ itemId: 'd-refused' }]],
    ['an item without offer', () => ({ items: [{ itemId: 'd-nooffer' }] }), 400, 'NO_OFFER_FOUND', 4, [{ itemId: 'd-nooffer' }]],
    ['an accepted item without offer', () => ({ items: [{ itemId: 'd-nooffer-2' }] }), 400, 'NO_OFFER_FOUND', 4, [{ itemId: 'd-nooffer-2' }]],
    [
      'a stale price',
      () => ({ items: [{ itemId: 'd-ok-1', offer: { price: 0.11, reference: 'ref-d-ok-1' } }] }),
      409,
      'PRICE_CHANGED',
      11,
      [{ itemId: 'd-ok-1', oldPrice: 0.11, newPrice: 0.1 }],
    ],
    [
      'a stale reference',
      () => ({ items: [{ itemId: 'd-ok-1', offer: { price: 0.1, reference: 'old' } }] }),
      409,
      'PRICE_CHANGED',
      11,
      [{ itemId: 'd-ok-1', oldPrice: 0.1, newPrice: 0.1 }],
    ],
    ['two units of a CS2 item', (m) => ({ items: [line(find(m.inventory(730), 'd-ok-1'), 2)] }), 400, 'INSUFFICIENT_ITEM_AMOUNT', 19, [{ itemId: 'd-ok-1', amount: 2, available: 1 }]],
    [
      'more Rust units than owned',
      (m) => ({ items: [line(find(m.inventory(252490), 'r-sulfur'), 51)], game: '252490' }),
      400,
      'INSUFFICIENT_ITEM_AMOUNT',
      19,
      [{ itemId: 'r-sulfur', amount: 51, available: 50 }],
    ],
    [
      'more Rust units than maxAmount',
      (m) => ({ items: [line(find(m.inventory(252490), 'r-sulfur'), 21)], game: '252490' }),
      400,
      'EXCEEDS_MAX_AMOUNT',
      20,
      [{ itemId: 'r-sulfur', amount: 21, maxAmount: 20 }],
    ],
  ])('refuses %s (details: rich)', async (_label, body, status, key, code, detailItems) => {
    const mock = setup({ details: 'rich' });
    const before = structuredClone([mock.inventory(730), mock.inventory(252490)]);
    const answer = await postDeposit(body(mock));
    expect(answer.status).toBe(status);
    expect(answer.json).toMatchObject({ success: false, error: { key, code, message: expect.any(String) } });
    expect(answer.json.requestId).toEqual(expect.any(String));
    if (detailItems !== undefined) expect(answer.json.error.details.items).toEqual(detailItems);
    expect(mock.trades).toEqual([]);
    expect([mock.inventory(730), mock.inventory(252490)]).toEqual(before);
  });

  it('refuses a reused externalId with EXTERNAL_ID_EXISTS and keeps the item', async () => {
    const mock = setup();
    expect((await postDeposit({ items: [{ itemId: 'd-ok-1' }], externalId: 'order-7' })).status).toBe(200);
    const again = await postDeposit({ items: [{ itemId: 'd-ok-2' }], externalId: 'order-7' });
    expect(again.status).toBe(409);
    expect(again.json.error).toMatchObject({ key: 'EXTERNAL_ID_EXISTS', code: 1 });
    expect(mock.trades).toHaveLength(1);
    expect(mock.inventory(730).some((item) => item.id === 'd-ok-2')).toBe(true);
  });

  it('refuses an item that was already deposited', async () => {
    setup();
    await postDeposit({ items: [{ itemId: 'd-ok-1' }] });
    const again = await postDeposit({ items: [{ itemId: 'd-ok-1' }] });
    expect(again.json.error.key).toBe('ITEMS_UNAVAILABLE');
  });

  it('accepts the new price after a reprice, and refuses the old one', async () => {
    const mock = setup({ details: 'rich' });
    const item = find(mock.inventory(730), 'd-ok-1');
    const shown = line(item);
    mock.reprice('d-ok-1', 0.09);
    expect(item.offer?.price).toBe(0.09);
    expect(item.offer?.reference).not.toBe(shown.offer?.reference);
    const stale = await postDeposit({ items: [shown] });
    expect(stale.json.error.details.items).toEqual([{ itemId: 'd-ok-1', oldPrice: 0.1, newPrice: 0.09 }]);
    const fresh = await postDeposit({ items: [line(item)] });
    expect(fresh.status).toBe(200);
    expect(fresh.json.data.totalPrice).toBe(0.09);
  });
});

describe('POST /client/trading/deposit: validation', () => {
  const long = 'x'.repeat(257);
  it.each<[string, unknown, string]>([
    ['no items', {}, 'items'],
    ['items not an array', { items: 'd-ok-1' }, 'items'],
    ['an item that is not an object', { items: ['d-ok-1'] }, 'items.0'],
    ['a short itemId', { items: [{ itemId: 'abcd' }] }, 'items.0.itemId'],
    ['a long itemId', { items: [{ itemId: long }] }, 'items.0.itemId'],
    ['a numeric itemId', { items: [{ itemId: 12345 }] }, 'items.0.itemId'],
    ['a repeated itemId', { items: [{ itemId: 'd-ok-1' }, { itemId: 'd-ok-1' }] }, 'items.1.itemId'],
    ['an offer that is null', { items: [{ itemId: 'd-ok-1', offer: null }] }, 'items.0.offer'],
    ['a price that is a string', { items: [{ itemId: 'd-ok-1', offer: { price: '0.1', reference: 'r' } }] }, 'items.0.offer.price'],
    ['a fraction of a cent', { items: [{ itemId: 'd-ok-1', offer: { price: 0.105, reference: 'r' } }] }, 'items.0.offer.price'],
    ['a negative price', { items: [{ itemId: 'd-ok-1', offer: { price: -1, reference: 'r' } }] }, 'items.0.offer.price'],
    ['no reference', { items: [{ itemId: 'd-ok-1', offer: { price: 0.1 } }] }, 'items.0.offer.reference'],
    ['amount 0', { items: [{ itemId: 'd-ok-1', amount: 0 }] }, 'items.0.amount'],
    ['amount 1.5', { items: [{ itemId: 'd-ok-1', amount: 1.5 }] }, 'items.0.amount'],
    ['amount 10001', { items: [{ itemId: 'd-ok-1', amount: 10_001 }] }, 'items.0.amount'],
    ['amount "2"', { items: [{ itemId: 'd-ok-1', amount: '2' }] }, 'items.0.amount'],
    ['game as a number', { items: [{ itemId: 'd-ok-1' }], game: 730 }, 'game'],
    ['an unknown game', { items: [{ itemId: 'd-ok-1' }], game: '440' }, 'game'],
    ['an externalId with a comma', { items: [{ itemId: 'd-ok-1' }], externalId: 'a,b' }, 'externalId'],
    ['a 129-character externalId', { items: [{ itemId: 'd-ok-1' }], externalId: 'x'.repeat(129) }, 'externalId'],
    ['a blank externalId', { items: [{ itemId: 'd-ok-1' }], externalId: ' ' }, 'externalId'],
    ['a numeric externalId', { items: [{ itemId: 'd-ok-1' }], externalId: 5 }, 'externalId'],
    ['isInstant as a string', { items: [{ itemId: 'd-ok-1' }], isInstant: 'true' }, 'isInstant'],
    ['a body that is not JSON', 'nope{', 'body'],
    ['a body that is an array', [{ itemId: 'd-ok-1' }], 'body'],
  ])('answers VALIDATION_FAILED for %s', async (_label, body, field) => {
    const mock = setup();
    const { status, json } = await postDeposit(body);
    expect(status).toBe(400);
    expect(json.error).toMatchObject({ key: 'VALIDATION_FAILED', code: 1001 });
    expect(Object.keys(json.error.fields)).toEqual([field]);
    expect(json.error.fields[field]).toEqual(expect.any(String));
    expect(mock.trades).toEqual([]);
  });

  it('reports every broken field with the documented dotted paths', async () => {
    setup();
    const { json } = await postDeposit({ items: [{ itemId: 'd-ok-1', amount: 0 }, { itemId: 'abc' }], game: 1 });
    expect(json.error.fields).toEqual({
      'items.0.amount': 'must be an integer 1-10000',
      'items.1.itemId': expect.any(String),
      game: expect.any(String),
    });
  });

  it('accepts an externalId of exactly 128 characters', async () => {
    setup();
    const { status, json } = await postDeposit({ items: [{ itemId: 'd-ok-1' }], externalId: 'x'.repeat(128) });
    expect(status).toBe(200);
    expect(json.data.externalId).toHaveLength(128);
  });
});
