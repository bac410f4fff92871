import { describe, expect, it } from 'vitest';
import type { MockAssetPayOptions, MockScenario, MockVariant } from '../../src/mock/index.js';
import { getInventory, installMock, line, postDeposit, row, stack } from './helpers.js';

const fixture = () => ({
  730: [
    row('x-ok-1', 'AK-47 | Redline', 10),
    row('x-ok-2', 'AWP | Asiimov', 20),
    row('x-locked', 'Glock-18 | Fade', 5, { tradable: false }),
    row('x-nooffer', 'Kilowatt Case', null),
  ],
  252490: [stack('x-wood', 'Wood', 0.07, 100, 50)],
});
const setup = (options: MockAssetPayOptions = {}) => installMock({ inventories: fixture(), ...options });

/** A deposit body for `variant`: `.co` lines sell at the shown offer, `.gg` lines name their price. */
function basket(variant: MockVariant, items: { itemId: string; price?: number; amount?: number }[], game = '730') {
  return {
    game,
    items: items.map(({ itemId, price, amount }) => {
      const entry: Record<string, unknown> = { itemId };
      if (price !== undefined) entry[variant === 'gg' ? 'price' : 'offer'] = variant === 'gg' ? price : { price, reference: `ref-${itemId}` };
      else if (variant === 'gg') entry.price = 1;
      if (amount !== undefined) entry.amount = amount;
      return entry;
    }),
  };
}

describe("details: 'documented' (default) sends details only with ITEM_OVERSTOCKED", () => {
  describe.each<MockVariant>(['co', 'gg'])('.%s', (variant) => {
    it.each<[string, { itemId: string; price?: number; amount?: number }[], string, string]>([
      ['an unknown item', [{ itemId: 'nope-1', price: 1 }], '730', 'ITEMS_UNAVAILABLE'],
      ['a trade-locked item', [{ itemId: 'x-locked', price: 5 }], '730', 'ITEMS_NOT_ACCEPTED'],
      ['an item without offer', [{ itemId: 'x-nooffer', price: 1 }], '730', 'NO_OFFER_FOUND'],
      ['a stale price', [{ itemId: 'x-ok-1', price: 9 }], '730', 'PRICE_CHANGED'],
      ['more units than owned', [{ itemId: 'x-wood', price: 0.07, amount: 101 }], '252490', 'INSUFFICIENT_ITEM_AMOUNT'],
      ['more units than maxAmount', [{ itemId: 'x-wood', price: 0.07, amount: 51 }], '252490', 'EXCEEDS_MAX_AMOUNT'],
    ])('%s: %s without details', async (_label, items, game, key) => {
      setup({ variant });
      const { json } = await postDeposit(basket(variant, items, game));
      expect(json.error.key).toBe(key);
      expect(json.error).not.toHaveProperty('details');
    });
  });

  it('.co: TOO_MANY_ITEMS without details', async () => {
    setup();
    const { json } = await postDeposit({ items: Array.from({ length: 251 }, (_, i) => ({ itemId: `bulk-${i}` })) });
    expect(json.error.key).toBe('TOO_MANY_ITEMS');
    expect(json.error).not.toHaveProperty('details');
  });

  it.each<[MockScenario, string]>([
    ['items-unavailable', 'ITEMS_UNAVAILABLE'],
    ['no-offer-found', 'NO_OFFER_FOUND'],
    ['price-changed', 'PRICE_CHANGED'],
  ])('one-shot %s: no details, but the live row still changes', async (scenario, key) => {
    const mock = setup({ scenario });
    const { json } = await postDeposit({ items: [line(mock.inventory(730)[0]!)] });
    expect(json.error.key).toBe(key);
    expect(json.error).not.toHaveProperty('details');
    const first = (await getInventory()).json.data.inventory.find((item: { id: string }) => item.id === 'x-ok-1');
    if (scenario === 'items-unavailable') expect(first).toBeUndefined();
    if (scenario === 'no-offer-found') expect(first.offer).toBeUndefined();
    if (scenario === 'price-changed') expect(first.offer.price).toBe(10.5);
  });

  it('one-shot exceeds-max-amount: no details, maxAmount still lowered', async () => {
    const mock = setup({ scenario: 'exceeds-max-amount' });
    const { json } = await postDeposit({ items: [line(mock.inventory(252490)[0]!, 6)], game: '252490' });
    expect(json.error.key).toBe('EXCEEDS_MAX_AMOUNT');
    expect(json.error).not.toHaveProperty('details');
    expect(mock.inventory(252490)[0]!.offer!.maxAmount).toBe(5);
  });

  it.each<MockVariant>(['co', 'gg'])('.%s one-shot item-overstocked: the documented details.items shape', async (variant) => {
    setup({ variant, scenario: 'item-overstocked' });
    const { json } = await postDeposit(basket(variant, [{ itemId: 'x-wood', price: 0.07, amount: 5 }], '252490'));
    expect(json.error.details).toEqual({ items: [{ itemId: 'x-wood', marketHashName: 'Wood', remaining: 4 }] });
  });

  it('failNext: ITEM_OVERSTOCKED derives details, other keys change the row but send none', async () => {
    const mock = setup();
    mock.failNext('ITEM_OVERSTOCKED', { endpoint: 'deposit' });
    mock.failNext('INSUFFICIENT_ITEM_AMOUNT', { endpoint: 'deposit' });
    const wood = mock.inventory(252490)[0]!;
    const overstocked = await postDeposit({ items: [line(wood, 5)], game: '252490' });
    expect(overstocked.json.error.details).toEqual({ items: [{ itemId: 'x-wood', marketHashName: 'Wood', remaining: 4 }] });
    const insufficient = await postDeposit({ items: [line(wood, 3)], game: '252490' });
    expect(insufficient.json.error.key).toBe('INSUFFICIENT_ITEM_AMOUNT');
    expect(insufficient.json.error).not.toHaveProperty('details');
    expect(wood.amount).toBe(2);
  });
});

describe("details: 'rich' keeps the extra details", () => {
  it.each<MockVariant>(['co', 'gg'])('.%s: item ids, amounts and price changes', async (variant) => {
    setup({ variant, details: 'rich' });
    const unknown = await postDeposit(basket(variant, [{ itemId: 'nope-1', price: 1 }]));
    expect(unknown.json.error.details).toEqual({ items: [{ itemId: 'nope-1' }] });
    const stale = await postDeposit(basket(variant, [{ itemId: 'x-ok-1', price: 9 }]));
    expect(stale.json.error.details).toEqual({ items: [{ itemId: 'x-ok-1', oldPrice: 9, newPrice: 10 }] });
    const over = await postDeposit(basket(variant, [{ itemId: 'x-wood', price: 0.07, amount: 51 }], '252490'));
    expect(over.json.error.details).toEqual({ items: [{ itemId: 'x-wood', amount: 51, maxAmount: 50 }] });
  });
});

describe('failNext details are sent exactly as given, in both modes', () => {
  it.each<'documented' | 'rich'>(['documented', 'rich'])('%s', async (details) => {
    const mock = setup({ details });
    const given = { items: [{ itemId: 'x-ok-1', oldPrice: 1, newPrice: 2 }], note: 'custom' };
    mock.failNext('PRICE_CHANGED', { endpoint: 'deposit', details: given });
    mock.failNext('ITEM_OVERSTOCKED', { endpoint: 'deposit', details: { items: [] } });
    expect((await postDeposit({ items: [line(mock.inventory(730)[0]!)] })).json.error.details).toEqual(given);
    expect((await postDeposit({ items: [line(mock.inventory(730)[0]!)] })).json.error.details).toEqual({ items: [] });
    // A given `details` also means the live row is left alone.
    expect(mock.inventory(730)[0]!.accepted).toBe(true);
  });
});
