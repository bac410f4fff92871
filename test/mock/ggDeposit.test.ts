import { describe, expect, it } from 'vitest';
import { getInventory, ggLine, installMock, postDeposit, row, stack } from './helpers.js';

const fixture = () => ({
  730: [row('gd-ak-1', 'AK-47 | Redline', 10), row('gd-awp-1', 'AWP | Asiimov', 20.5)],
  252490: [stack('gd-wood', 'Wood', 0.07, 100, 50)],
});
const setup = (options: { collateral?: number } = {}) => installMock({ variant: 'gg', inventories: fixture(), ...options });

describe('.gg POST /client/trading/deposit: success', () => {
  it('takes { itemId, price } lines and answers a .gg trade', async () => {
    const mock = setup({ collateral: 100 });
    const body = { items: [{ itemId: 'gd-ak-1', price: 10 }, { itemId: 'gd-awp-1', price: 20.5 }], game: '730', externalId: 'gg-1', isInstant: true };
    const { status, json } = await postDeposit(body);
    expect(status).toBe(200);
    expect(json.data).toMatchObject({
      type: 'deposit',
      source: 'client',
      status: 'initiated',
      game: '730',
      totalPrice: 30.5,
      isInstant: true,
      preCredit: 30.5,
      pendingCredit: 0,
      externalId: 'gg-1',
    });
    const item = json.data.items[0];
    expect(item).toMatchObject({ id: 'gd-ak-1', assetId: expect.stringMatching(/^\d+$/), offer: { price: 10, accepted: true } });
    expect(item).not.toHaveProperty('accepted');
    expect(item).not.toHaveProperty('contextid');
    expect(item.offer).not.toHaveProperty('reference');
    expect(mock.trades[0]).toMatchObject({ id: json.data.id, type: 'deposit', status: 'initiated' });
    expect(mock.inventory(730)).toEqual([]);
  });

  it('defaults a missing isInstant to false (OpenAPI default), so nothing is credited up front', async () => {
    setup({ collateral: 100 });
    const { json } = await postDeposit({ items: [{ itemId: 'gd-ak-1', price: 10 }] });
    expect(json.data).toMatchObject({ isInstant: false, preCredit: 0, pendingCredit: 10 });
  });

  it('takes part of a Rust stack at the unit price', async () => {
    const mock = setup();
    const body = { items: [{ itemId: 'gd-wood', price: 0.07, amount: 3 }], game: '252490' };
    const { status, json } = await postDeposit(body);
    expect(status).toBe(200);
    expect(json.data).toMatchObject({ game: '252490', totalPrice: 0.21, items: [{ id: 'gd-wood', amount: 3 }] });
    expect(mock.inventory(252490)[0]!.amount).toBe(97);
  });

  it('ignores extra keys inside an item: additionalProperties is false on the root only', async () => {
    setup();
    expect((await postDeposit({ items: [{ itemId: 'gd-ak-1', price: 10, note: 'x' }] })).status).toBe(200);
  });
});

describe('.gg POST /client/trading/deposit: validation (422)', () => {
  const ok = { itemId: 'gd-ak-1', price: 10 };
  const many = Array.from({ length: 251 }, (_, i) => ({ itemId: `bulk-${i}`, price: 1 }));
  it.each<[string, unknown, string[]]>([
    ['an extra root key', { items: [ok], amount: 1 }, ['amount']],
    ['two extra root keys', { items: [ok], note: 'x', clientId: 'y' }, ['note', 'clientId']],
    // The OpenAPI deposit body has no tradeUrl (the token carries the trade URL).
    ['tradeUrl on the root', { items: [ok], tradeUrl: 'https://steamcommunity.com/tradeoffer/new/?partner=1&token=abcdefgh' }, ['tradeUrl']],
    ['a missing price', { items: [{ itemId: 'gd-ak-1' }] }, ['items.0.price']],
    ['a price of 0', { items: [{ itemId: 'gd-ak-1', price: 0 }] }, ['items.0.price']],
    ['a negative price', { items: [{ itemId: 'gd-ak-1', price: -10 }] }, ['items.0.price']],
    ['a price as a string', { items: [{ itemId: 'gd-ak-1', price: '10' }] }, ['items.0.price']],
    ['a .co-style body', { items: [{ itemId: 'gd-ak-1', offer: { price: 10, reference: 'ref-gd-ak-1' } }] }, ['items.0.price']],
    ['251 items', { items: many }, ['items']],
    ['no items', { game: '730' }, ['items']],
    ['a short itemId', { items: [{ itemId: 'abcd', price: 1 }] }, ['items.0.itemId']],
    ['amount 0', { items: [{ ...ok, amount: 0 }] }, ['items.0.amount']],
    ['amount 10001', { items: [{ ...ok, amount: 10_001 }] }, ['items.0.amount']],
    ['game as a number', { items: [ok], game: 730 }, ['game']],
    ['an empty externalId', { items: [ok], externalId: '' }, ['externalId']],
    ['a 129-character externalId', { items: [ok], externalId: 'x'.repeat(129) }, ['externalId']],
    ['isInstant as a string', { items: [ok], isInstant: 'false' }, ['isInstant']],
    ['a body that is not an object', [ok], ['body']],
  ])('refuses %s', async (_label, body, fields) => {
    const mock = setup();
    const { status, json } = await postDeposit(body);
    expect(status).toBe(422);
    expect(json.error).toMatchObject({ key: 'VALIDATION_FAILED', code: 1001 });
    expect(Object.keys(json.error.fields)).toEqual(fields);
    expect(mock.trades).toEqual([]);
  });

  it('answers an empty basket with MISSING_ITEMS (2)', async () => {
    setup();
    const { status, json } = await postDeposit({ items: [] });
    expect(status).toBe(400);
    expect(json.error).toMatchObject({ key: 'MISSING_ITEMS', code: 2 });
  });

  it('allows 250 items through validation', async () => {
    setup();
    const items = Array.from({ length: 250 }, (_, i) => ({ itemId: `bulk-${i}`, price: 1 }));
    expect((await postDeposit({ items })).json.error.key).toBe('ITEMS_UNAVAILABLE');
  });
});

describe('.gg POST /client/trading/deposit: price check', () => {
  it.each([
    ['a higher price', 10.01],
    ['a lower price', 9.99],
    ['a fraction of a cent off', 10.004],
  ])('refuses %s with PRICE_CHANGED, sent without code or details', async (_label, price) => {
    const mock = setup();
    const { status, json } = await postDeposit({ items: [{ itemId: 'gd-ak-1', price }] });
    expect(status).toBe(409);
    expect(json.error.key).toBe('PRICE_CHANGED');
    expect(json.error).not.toHaveProperty('code');
    expect(json.error).not.toHaveProperty('details');
    expect(mock.trades).toEqual([]);
  });

  it('accepts the price in binary noise of the same cents, and the new price after a reprice', async () => {
    const mock = setup();
    expect((await postDeposit({ items: [{ itemId: 'gd-awp-1', price: 0.1 * 205 }] })).status).toBe(200);
    mock.reprice('gd-ak-1', 9.5);
    expect((await postDeposit({ items: [{ itemId: 'gd-ak-1', price: 10 }] })).json.error.key).toBe('PRICE_CHANGED');
    const fresh = (await getInventory()).json.data.inventory[0];
    expect((await postDeposit({ items: [ggLine(fresh)] })).status).toBe(200);
  });
});

describe('.gg one-shot deposit scenarios', () => {
  it('validation-failed: 422 naming the .gg field items.0.price, once', async () => {
    const mock = installMock({ variant: 'gg', inventories: fixture(), scenario: 'validation-failed' });
    const refused = await postDeposit({ items: [{ itemId: 'gd-ak-1', price: 10 }] });
    expect(refused.status).toBe(422);
    expect(Object.keys(refused.json.error.fields)).toEqual(['items.0.price']);
    expect(mock.scenario).toBe('default');
  });

  it('price-changed: the shown price is refused once, the re-read price goes through', async () => {
    installMock({ variant: 'gg', inventories: fixture(), scenario: 'price-changed' });
    const refused = await postDeposit({ items: [{ itemId: 'gd-ak-1', price: 10 }] });
    expect(refused.json.error.key).toBe('PRICE_CHANGED');
    const fresh = (await getInventory()).json.data.inventory[0];
    expect(fresh.offer.price).toBe(10.5);
    expect((await postDeposit({ items: [ggLine(fresh)] })).json.data.totalPrice).toBe(10.5);
  });

  it('server-error: the .gg trade exists, the answer is a bare 500', async () => {
    const mock = installMock({ variant: 'gg', inventories: fixture(), scenario: 'server-error' });
    const lost = await postDeposit({ items: [{ itemId: 'gd-ak-1', price: 10 }], externalId: 'gg-lost' });
    expect(lost.status).toBe(500);
    expect(lost.json).toBeUndefined();
    expect(mock.trades[0]).toMatchObject({ externalId: 'gg-lost', type: 'deposit', status: 'initiated' });
    expect((await postDeposit({ items: [{ itemId: 'gd-awp-1', price: 20.5 }], externalId: 'gg-lost' })).json.error).toEqual({
      code: 1,
      key: 'EXTERNAL_ID_EXISTS',
      message: expect.any(String),
    });
  });
});
