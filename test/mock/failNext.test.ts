import { describe, expect, it } from 'vitest';
import { getInventory, installMock, line, postDeposit, row, stack } from './helpers.js';

const setup = () => installMock({ inventories: { 730: [row('f-ok-1', 'AK-47 | Redline', 10)], 252490: [] } });

describe('failNext', () => {
  it('answers the named endpoint once with the documented key, code, status and Retry-After', async () => {
    const mock = setup();
    mock.failNext('FLEET_DEGRADED', { endpoint: 'deposit', retryAfter: 30 });
    // The inventory is not the named endpoint: it still answers.
    expect((await getInventory()).status).toBe(200);
    const basket = { items: [line(mock.inventory(730)[0]!)], game: '730' };
    const refused = await postDeposit(basket);
    expect(refused.status).toBe(503);
    expect(refused.headers.get('Retry-After')).toBe('30');
    expect(refused.json).toMatchObject({ success: false, error: { key: 'FLEET_DEGRADED' } });
    // 1011 is a .gg code; .co documents none for this key.
    expect(refused.json.error).not.toHaveProperty('code');
    expect(mock.trades).toEqual([]);
    expect((await postDeposit(basket)).status).toBe(200);
  });

  it.each([
    ['NO_OFFER_FOUND', (rows: { offer?: unknown }[]) => expect(rows[0]!.offer).toBeUndefined()],
    ['ITEMS_UNAVAILABLE', (rows: unknown[]) => expect(rows).toHaveLength(0)],
  ] as const)('%s without details changes the live row, so the next inventory read shows why', async (key, check) => {
    const mock = setup();
    mock.failNext(key, { endpoint: 'deposit' });
    const refused = await postDeposit({ items: [line(mock.inventory(730)[0]!)], game: '730' });
    expect(refused.json.error).toMatchObject({ key });
    expect(refused.json.error).not.toHaveProperty('details');
    check((await getInventory()).json.data.inventory);
  });

  it('fails `times` answers in a row on any endpoint, oldest queued first, and reset clears the queue', async () => {
    const mock = setup();
    mock.failNext('STEAM_UNAVAILABLE', { times: 2 });
    mock.failNext('INVENTORY_PRIVATE');
    expect((await getInventory()).json.error.key).toBe('STEAM_UNAVAILABLE');
    expect((await getInventory()).json.error.key).toBe('STEAM_UNAVAILABLE');
    expect((await getInventory()).json.error.key).toBe('INVENTORY_PRIVATE');
    expect((await getInventory()).status).toBe(200);
    mock.failNext('SYSTEM_MAINTENANCE', { times: 5 });
    mock.reset();
    expect((await getInventory()).status).toBe(200);
  });

  it('passes details and fields through, and refuses keys it does not know', async () => {
    const mock = setup();
    mock.failNext('VALIDATION_FAILED', { fields: { 'items.0.amount': 'must be >= 1' }, message: 'Validation failed: items.0.amount' });
    const refused = await getInventory();
    expect(refused.status).toBe(400);
    expect(refused.json.error).toEqual({ code: 1001, key: 'VALIDATION_FAILED', message: 'Validation failed: items.0.amount', fields: { 'items.0.amount': 'must be >= 1' } });
    expect(() => mock.failNext('NOT_A_KEY' as never)).toThrow(/Unknown mock error key/);
  });

  it.each<[string, number, Record<string, unknown>]>([
    ['ITEMS_NOT_ACCEPTED', 5, { itemId: 's-wood' }],
    ['ITEM_OVERSTOCKED', 5, { itemId: 's-wood', marketHashName: 'Wood', remaining: 4 }],
    ['EXCEEDS_MAX_AMOUNT', 5, { itemId: 's-wood', amount: 5, maxAmount: 4 }],
    ['INSUFFICIENT_ITEM_AMOUNT', 5, { itemId: 's-wood', amount: 5, available: 4 }],
  ])('%s without details (details: rich): details.items names the deposit’s first item, and the live row follows', async (key, amount, expected) => {
    const mock = installMock({ inventories: { 730: [], 252490: [stack('s-wood', 'Wood', 0.07, 100, 50)] }, details: 'rich' });
    mock.failNext(key as never, { endpoint: 'deposit' });
    const refused = await postDeposit({ items: [line(mock.inventory(252490)[0]!, amount)], game: '252490' });
    expect(refused.json.error.details).toEqual({ items: [expected] });
    const wood = mock.inventory(252490)[0]!;
    if (key === 'ITEMS_NOT_ACCEPTED') expect(wood.accepted).toBe(false);
    if (key === 'ITEM_OVERSTOCKED' || key === 'EXCEEDS_MAX_AMOUNT') expect(wood.offer!.maxAmount).toBe(4);
    if (key === 'INSUFFICIENT_ITEM_AMOUNT') expect(wood.amount).toBe(4);
  });
});
