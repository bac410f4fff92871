import { describe, expect, it } from 'vitest';
import type { MockScenario } from '../../src/mock/index.js';
import { getInventory, installMock, line, postDeposit, row, stack } from './helpers.js';

const fixture = () => ({
  730: [row('s-ok-1', 'AK-47 | Redline', 10), row('s-ok-2', 'AWP | Asiimov', 20)],
  252490: [stack('s-wood', 'Wood', 0.07, 100, 50), stack('s-stone', 'Stones', 0.05, 40)],
});
const setup = (scenario: MockScenario) => installMock({ inventories: fixture(), scenario, details: 'rich' });

describe('one-shot deposit refusals', () => {
  it.each<[MockScenario, string, number | undefined, number, unknown]>([
    ['items-unavailable', 'ITEMS_UNAVAILABLE', 9, 400, [{ itemId: 's-ok-1' }]],
    ['no-offer-found', 'NO_OFFER_FOUND', 4, 400, [{ itemId: 's-ok-1' }]],
    // 45 is the .gg code; .co documents none for ITEM_OVERSTOCKED.
    ['item-overstocked', 'ITEM_OVERSTOCKED', undefined, 409, [{ itemId: 's-ok-1', marketHashName: 'AK-47 | Redline', remaining: 0 }]],
  ])('%s: answers %s once with details.items, then accepts', async (scenario, key, code, status, items) => {
    const mock = setup(scenario);
    const basket = { items: mock.inventory(730).map((r) => line(r)), game: '730' };
    const refused = await postDeposit(basket);
    expect(refused.status).toBe(status);
    expect(refused.json.error).toMatchObject({ key, details: { items } });
    expect(refused.json.error.code).toBe(code);
    expect(mock.scenario).toBe('default');
    expect(mock.trades).toEqual([]);
    const fresh = (await getInventory()).json.data.inventory as { id: string; offer?: unknown; accepted: boolean }[];
    const first = fresh.find((item) => item.id === 's-ok-1');
    if (scenario === 'items-unavailable') expect(first).toBeUndefined();
    if (scenario === 'no-offer-found') expect(first?.offer).toBeUndefined();
    if (scenario === 'item-overstocked') expect(first?.accepted).toBe(false);
    const second = fresh.find((item) => item.id === 's-ok-2')!;
    expect((await postDeposit({ items: [line(second as never)], game: '730' })).status).toBe(200);
  });

  it('item-overstocked on a stack: remaining is one below the amount, and maxAmount follows', async () => {
    const mock = setup('item-overstocked');
    const refused = await postDeposit({ items: [line(mock.inventory(252490)[0]!, 5)], game: '252490' });
    expect(refused.json.error.details.items).toEqual([{ itemId: 's-wood', marketHashName: 'Wood', remaining: 4 }]);
    expect(mock.inventory(252490)[0]!.offer!.maxAmount).toBe(4);
  });

  it('exceeds-max-amount: lowers the first stack asked for more than one and names its maxAmount', async () => {
    const mock = setup('exceeds-max-amount');
    const [wood, stone] = mock.inventory(252490);
    const refused = await postDeposit({ items: [line(stone!, 1), line(wood!, 6)], game: '252490' });
    expect(refused.status).toBe(400);
    expect(refused.json.error).toMatchObject({ key: 'EXCEEDS_MAX_AMOUNT', code: 20, details: { items: [{ itemId: 's-wood', amount: 6, maxAmount: 5 }] } });
    expect(wood!.offer!.maxAmount).toBe(5);
    expect(mock.scenario).toBe('default');
  });

  it('exceeds-max-amount waits while no stack asks for more than one', async () => {
    const mock = setup('exceeds-max-amount');
    expect((await postDeposit({ items: [line(mock.inventory(730)[0]!)], game: '730' })).status).toBe(200);
    expect(mock.scenario).toBe('exceeds-max-amount');
  });

  it.each<[MockScenario, string, number]>([
    ['validation-failed', 'VALIDATION_FAILED', 400],
    ['unknown-error', 'UNDOCUMENTED_KEY', 400],
  ])('%s: answers %s once', async (scenario, key, status) => {
    const mock = setup(scenario);
    const refused = await postDeposit({ items: [line(mock.inventory(730)[0]!)], game: '730' });
    expect(refused.status).toBe(status);
    expect(refused.json.error.key).toBe(key);
    if (key === 'VALIDATION_FAILED') expect(Object.keys(refused.json.error.fields)).toEqual(['items.0.offer.price']);
    expect(mock.scenario).toBe('default');
  });

  it('existing refusals carry details.items: INSUFFICIENT_ITEM_AMOUNT names what is available', async () => {
    const mock = setup('default' as MockScenario);
    const refused = await postDeposit({ items: [line(mock.inventory(252490)[1]!, 41)], game: '252490' });
    expect(refused.json.error).toMatchObject({ key: 'INSUFFICIENT_ITEM_AMOUNT', details: { items: [{ itemId: 's-stone', amount: 41, available: 40 }] } });
  });
});
