// Issue 4, "Hostile and broken data": what the public parser does with rows an API (or a proxy in
// front of it) should never send. Each row is either kept and shown as not depositable, or left
// out with a RejectedItem that says why; nothing throws past the boundary, and money stays exact.
import { describe, expect, it } from 'vitest';
import {
  AssetPayError,
  createSelectionStore,
  formatCents,
  isDepositable,
  itemDisabledReason,
  MAX_DEPOSIT_AMOUNT,
  MAX_USD,
  maxDepositAmount,
  parseInventoryResponse,
  rarityColour,
  toCents,
  type InventoryPage,
} from '../../src/core/index.js';
import { inventoryEnvelope, rawCs2Row, rawRustRow } from './makeItem.js';

/** Through JSON text, as `response.json()` would hand it over (NaN becomes null, `__proto__` an own key). */
const wire = (body: unknown): unknown => JSON.parse(JSON.stringify(body));
const page = (rows: unknown[], data: Record<string, unknown> = {}): InventoryPage => parseInventoryResponse(inventoryEnvelope(rows, data));
const offer = (price: unknown, extra: Record<string, unknown> = {}) => ({ price, reference: 'ref', maxAmount: 1, ...extra });

function invalidResponse(body: unknown): AssetPayError {
  try {
    parseInventoryResponse(body);
  } catch (error) {
    expect(error).toBeInstanceOf(AssetPayError);
    expect((error as AssetPayError).key).toBe('INVALID_RESPONSE');
    return error as AssetPayError;
  }
  throw new Error('expected INVALID_RESPONSE');
}

/** One hostile row between two good ones: the good ones survive in order, the bad one is reported at index 1. */
function sandwich(bad: unknown) {
  const result = page([rawCs2Row('before'), bad, rawRustRow('after')]);
  expect(result.items.map((item) => item.id).filter((id) => id === 'before' || id === 'after')).toEqual(['before', 'after']);
  return result;
}

describe('hostile prices', () => {
  it.each<[string, unknown]>([
    ['negative', -1],
    ['a negative cent', -0.01],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['1e308', 1e308],
    ['just above MAX_USD', MAX_USD + 0.01],
    ['more cents than Number.MAX_SAFE_INTEGER', (Number.MAX_SAFE_INTEGER + 1) / 100],
    ['Number.MAX_SAFE_INTEGER dollars', Number.MAX_SAFE_INTEGER],
    ['Number.MAX_VALUE', Number.MAX_VALUE],
    ['the string "12.5"', '12.5'],
    ['the string "abc"', 'abc'],
    ['an empty string', ''],
    ['null', null],
    ['true', true],
    ['an array', [12.5]],
    ['an object', { usd: 12.5 }],
    ['a fraction of a cent', 0.005],
    ['the smallest double', Number.MIN_VALUE],
  ])('offer.price %s: the row is rejected with an offer.price reason', (_, price) => {
    const { rejected, items } = sandwich(rawCs2Row('bad', { offer: offer(price) }));
    expect(items).toHaveLength(2);
    expect(rejected).toEqual([{ index: 1, id: 'bad', reason: expect.stringMatching(/^offer\.price: /) }]);
  });

  it('NaN sent as JSON arrives as null and is rejected the same way', () => {
    const body = wire(inventoryEnvelope([rawCs2Row('bad', { offer: offer(Number.NaN) })]));
    expect(parseInventoryResponse(body).rejected).toEqual([{ index: 0, id: 'bad', reason: expect.stringMatching(/^offer\.price/) }]);
  });

  it.each<[string, Record<string, unknown>]>([
    ['offer missing', { offer: undefined }],
    ['offer null', { offer: null }],
    ['offer.price 0', { offer: offer(0) }],
    ['offer.price -0', { offer: offer(-0) }],
  ])('%s: kept, shown as not depositable (no-offer)', (_, overrides) => {
    const { items, rejected } = page([rawCs2Row('x', overrides)]);
    expect(rejected).toEqual([]);
    expect(itemDisabledReason(items[0]!)).toBe('no-offer');
    expect(isDepositable(items[0]!)).toBe(false);
  });

  it('offer.price -0 is stored and shown as 0 cents, never as "-$0.00"', () => {
    const [item] = page([rawCs2Row('x', { offer: offer(-0) })]).items;
    expect(Object.is(item!.offer!.priceCents, 0)).toBe(true);
    expect(formatCents(item!.offer!.priceCents)).toBe('$0.00');
    expect(Object.is(toCents(-0), 0)).toBe(true);
    expect(formatCents(-0)).toBe('$0.00');
  });

  it.each<[string, unknown]>([
    ['an array', []],
    ['a string', '10.75'],
    ['a number', 10.75],
    ['true', true],
  ])('offer as %s: rejected with an offer reason', (_, value) => {
    const { rejected } = sandwich(rawCs2Row('bad', { offer: value }));
    expect(rejected).toEqual([{ index: 1, id: 'bad', reason: expect.stringMatching(/^offer/) }]);
  });

  it('MAX_USD itself is the largest price kept, in exact cents', () => {
    const [item] = page([rawCs2Row('max', { offer: offer(MAX_USD) })]).items;
    expect(item!.offer!.priceCents).toBe(MAX_USD * 100);
    expect(isDepositable(item!)).toBe(true);
  });

  it.each<[string, unknown]>([
    ['1e308', 1e308],
    ['negative', -5],
    ['"12.5"', '12.5'],
    ['"abc"', 'abc'],
    ['a fraction of a cent', 12.345],
  ])('marketPrice %s never becomes a market figure in cents', (_, marketPrice) => {
    const { items, rejected } = page([rawCs2Row('m', { marketPrice })]);
    expect(rejected).toEqual([]);
    expect(items[0]!.marketPriceCents).toBeNull();
    expect(items[0]!.offer!.priceCents).toBe(1075);
  });
});

describe('hostile amounts', () => {
  it.each<[string, unknown]>([
    ['0', 0],
    ['negative', -3],
    ['fractional', 2.5],
    ['above the safe integers', 2 ** 60],
    ['1e308', 1e308],
    ['a string', '12'],
    ['null', null],
    ['an array', [12]],
  ])('amount %s: rejected with an amount reason', (_, amount) => {
    const { rejected } = sandwich(rawRustRow('bad', { amount }));
    expect(rejected).toEqual([{ index: 1, id: 'bad', reason: expect.stringMatching(/^amount/) }]);
  });

  it.each<[string, unknown]>([
    ['0', 0],
    ['negative', -1],
    ['fractional', 1.5],
    ['a string', '10'],
  ])('offer.maxAmount %s: rejected with an offer.maxAmount reason', (_, maxAmount) => {
    const { rejected } = sandwich(rawRustRow('bad', { offer: offer(0.07, { maxAmount }) }));
    expect(rejected).toEqual([{ index: 1, id: 'bad', reason: expect.stringMatching(/^offer\.maxAmount/) }]);
  });

  it('amount 1e9 is kept but a deposit carries at most 10,000 units of it', () => {
    const [item] = page([rawRustRow('big', { amount: 1e9, offer: offer(0.07, { maxAmount: 1e12 }) })]).items;
    expect(item!.amount).toBe(1e9);
    expect(maxDepositAmount(item!)).toBe(MAX_DEPOSIT_AMOUNT);
    const store = createSelectionStore();
    store.dispatch({ type: 'select', item: item!, amount: 1e9 });
    expect(store.amountOf('big')).toBe(MAX_DEPOSIT_AMOUNT);
    expect(store.getTotals().totalCents).toBe(7 * MAX_DEPOSIT_AMOUNT);
  });
});

describe('hostile names and ids', () => {
  it('a 10,000-character name full of markup is kept as it was sent', () => {
    const name = '<script>alert(1)</script><img src=x onerror=alert(1)>'.repeat(200).slice(0, 10_000);
    const [item] = page([rawCs2Row('long', { name, marketHashName: name })]).items;
    expect(item!.name).toBe(name);
    expect(item!.name).toHaveLength(10_000);
  });

  it.each<[string, unknown]>([
    ['a 10,000-character id', 'i'.repeat(10_000)],
    ['an empty id', ''],
    ['a numeric id', 12345],
    ['an object id', { toString: 'x' }],
    ['an array id', ['a']],
    ['a null id', null],
  ])('%s: rejected with an id reason', (_, id) => {
    const { rejected } = sandwich(rawCs2Row('x', { id }));
    expect(rejected).toHaveLength(1);
    expect(rejected[0]!.index).toBe(1);
    expect(rejected[0]!.reason).toMatch(/^id/);
  });

  it('duplicate ids in one response: the first is kept, every later copy is reported', () => {
    const result = page([
      rawCs2Row('dup', { name: 'first' }),
      rawCs2Row('dup', { name: 'second', offer: offer(999) }),
      rawCs2Row('other'),
      rawCs2Row('dup', { name: 'third' }),
    ]);
    expect(result.items.map((item) => [item.id, item.name])).toEqual([
      ['dup', 'first'],
      ['other', 'AK-47 | Redline'],
    ]);
    expect(result.rejected).toEqual([
      { index: 1, id: 'dup', reason: 'id: duplicate of an earlier row' },
      { index: 3, id: 'dup', reason: 'id: duplicate of an earlier row' },
    ]);
    expect(result.items[0]!.offer!.priceCents).toBe(1075);
  });

  it('ids that are Object.prototype keys are ordinary ids', () => {
    const ids = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype'];
    const result = parseInventoryResponse(wire(inventoryEnvelope(ids.map((id) => rawCs2Row(id)))));
    expect(result.rejected).toEqual([]);
    expect(result.items.map((item) => item.id)).toEqual(ids);
    for (const item of result.items) expect(Object.getPrototypeOf(item)).toBe(Object.prototype);
  });
});

describe('null rows, arrays and prototype keys', () => {
  it.each<[string, unknown]>([
    ['null', null],
    ['undefined', undefined],
    ['an empty array', []],
    ['an array holding a valid row', [rawCs2Row('inner')]],
    ['a number', 0],
    ['a string', '{"id":"s"}'],
    ['a boolean', false],
    ['an empty object', {}],
  ])('row %s: rejected at its index', (_, bad) => {
    const { rejected, items } = sandwich(bad);
    expect(items.map((item) => item.id)).toEqual(['before', 'after']);
    expect(rejected).toHaveLength(1);
    expect(rejected[0]).toMatchObject({ index: 1, id: undefined });
    expect(rejected[0]!.reason).toEqual(expect.any(String));
    expect(rejected[0]!.reason.length).toBeGreaterThan(0);
  });

  it('a __proto__ key in a row never supplies a missing field, nor pollutes Object.prototype', () => {
    const text = JSON.stringify(inventoryEnvelope([rawCs2Row('ok'), { id: 'p', appid: 730 }])).replace(
      '{"id":"p","appid":730}',
      '{"id":"p","appid":730,"__proto__":{"tradable":true,"accepted":true,"offer":{"price":1},"polluted":"yes"}}',
    );
    const result = parseInventoryResponse(JSON.parse(text));
    expect(result.items.map((item) => item.id)).toEqual(['ok']);
    expect(result.rejected).toEqual([{ index: 1, id: 'p', reason: expect.stringMatching(/^tradable/) }]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).tradable).toBeUndefined();
  });

  it('__proto__ and constructor keys on a valid row are dropped, and the item is a plain object', () => {
    const text = JSON.stringify(inventoryEnvelope([rawCs2Row('ok')])).replace(
      '{"id":"ok"',
      '{"__proto__":{"polluted":"yes","tradable":false},"constructor":{"prototype":{"polluted":"yes"}},"id":"ok"',
    );
    const [item] = parseInventoryResponse(JSON.parse(text)).items;
    expect(item!.tradable).toBe(true);
    expect(Object.getPrototypeOf(item)).toBe(Object.prototype);
    expect(Object.keys(item!)).not.toContain('__proto__');
    expect(Object.keys(item!)).not.toContain('constructor');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('prototype keys inside offer and stickers are ignored', () => {
    const text = JSON.stringify(inventoryEnvelope([rawCs2Row('ok', { offer: { reference: 'r' }, stickers: [{ slot: 0 }] })]))
      .replace('"offer":{"reference":"r"}', '"offer":{"reference":"r","__proto__":{"price":1}}')
      .replace('"stickers":[{"slot":0}]', '"stickers":[{"slot":0,"__proto__":{"name":"inherited"}},{"name":"own","slot":1,"constructor":"x"}]');
    const result = parseInventoryResponse(JSON.parse(text));
    // The offer has no own price: rejected rather than priced from the prototype.
    expect(result.rejected).toEqual([{ index: 0, id: 'ok', reason: expect.stringMatching(/^offer\.price/) }]);
    const withStickers = parseInventoryResponse(
      JSON.parse(
        JSON.stringify(inventoryEnvelope([rawCs2Row('s', { stickers: [{ slot: 0 }] })])).replace(
          '"stickers":[{"slot":0}]',
          '"stickers":[{"slot":0,"__proto__":{"name":"inherited"}},{"name":"own","slot":1,"constructor":"x"}]',
        ),
      ),
    );
    expect(withStickers.items[0]!.stickers).toEqual([{ name: 'own', slot: 1 }]);
  });

  it.each<[string, string]>([
    ['the whole envelope under __proto__', '{"__proto__":{"success":true,"data":{"inventory":[],"count":0,"updatedAt":"2024-05-01T12:00:00.000Z"}}}'],
    ['data under __proto__', '{"success":true,"data":{"__proto__":{"inventory":[],"count":0,"updatedAt":"2024-05-01T12:00:00.000Z"}}}'],
    ['success under constructor.prototype', '{"constructor":{"prototype":{"success":true}},"data":{"inventory":[],"count":0,"updatedAt":"2024-05-01T12:00:00.000Z"}}'],
    ['inventory an object with a __proto__ key', '{"success":true,"data":{"inventory":{"__proto__":[]},"count":0,"updatedAt":"2024-05-01T12:00:00.000Z"}}'],
    ['data an array', '{"success":true,"data":[]}'],
    ['inventory null', '{"success":true,"data":{"inventory":null,"count":0,"updatedAt":"2024-05-01T12:00:00.000Z"}}'],
    ['count 1e308', '{"success":true,"data":{"inventory":[],"count":1e308,"updatedAt":"2024-05-01T12:00:00.000Z"}}'],
    ['success "true"', '{"success":"true","data":{"inventory":[],"count":0,"updatedAt":"2024-05-01T12:00:00.000Z"}}'],
  ])('envelope with %s → INVALID_RESPONSE, Object.prototype untouched', (_, text) => {
    invalidResponse(JSON.parse(text));
    expect(({} as Record<string, unknown>).success).toBeUndefined();
    expect(({} as Record<string, unknown>).inventory).toBeUndefined();
  });

  it('extra __proto__ / constructor keys beside a valid envelope change nothing', () => {
    const text = JSON.stringify(inventoryEnvelope([rawCs2Row('a')])).replace(
      '{"requestId"',
      '{"__proto__":{"success":false},"constructor":{"name":"x"},"requestId"',
    );
    const result = parseInventoryResponse(JSON.parse(text));
    expect(result.items.map((item) => item.id)).toEqual(['a']);
    expect(Object.getPrototypeOf(result)).toBe(Object.prototype);
  });

  it.each<[string, unknown]>([
    ['1e308', 1e308],
    ['negative', -1],
    ['"25"', '25'],
  ])('collateral %s never promises more than the total', (_, collateral) => {
    const result = page([rawCs2Row('a')], { collateral });
    expect(result.collateralCents).toBeGreaterThanOrEqual(0);
    expect(Number.isNaN(result.collateralCents)).toBe(false);
  });
});

describe('hostile colours', () => {
  it.each<[string, string]>([
    ['CSS injection', 'red; background:url(x)'],
    ['a hex with a CSS tail', '#D32CE6; background:url(https://evil.com/x)'],
    ['#12345g', '#12345g'],
    ['expression()', 'expression(alert(1))'],
    ['url()', 'url(javascript:alert(1))'],
    ['a colour name', 'red'],
    ['three hex digits', '#fff'],
    ['eight hex digits', '#D32CE6FF'],
    ['no #', 'D32CE6'],
    ['a trailing newline', '#D32CE6\n'],
    ['var()', 'var(--x)'],
  ])('color %s is dropped at the boundary; the rarity table is used instead', (_, color) => {
    const [item] = page([rawCs2Row('c', { color, rarity: 'Covert' })]).items;
    expect(item!.color).toBeUndefined();
    expect(rarityColour(item!.color, item!.rarity)).toBe('#eb4b4b');
  });

  it.each<[string, string | undefined, string | undefined, string | undefined]>([
    ['a valid hex', '#D32CE6', 'Covert', '#D32CE6'],
    ['CSS injection in a hand-made item', 'red; background:url(x)', 'Covert', '#eb4b4b'],
    ['expression() in a hand-made item', 'expression(alert(1))', undefined, undefined],
    ['#12345g in a hand-made item', '#12345g', undefined, undefined],
    ['rarity "constructor"', undefined, 'constructor', undefined],
    ['rarity "__proto__"', undefined, '__proto__', undefined],
    ['rarity "toString"', undefined, 'toString', undefined],
    ['an unknown rarity', undefined, 'Legendary', undefined],
  ])('rarityColour with %s', (_, color, rarity, expected) => {
    expect(rarityColour(color, rarity)).toBe(expected);
  });
});

describe('unsupported games', () => {
  it.each([440, 0, -730, 753])('a row of appid %s is kept but not depositable', (appid) => {
    const { items, rejected } = page([rawCs2Row('g', { appid })]);
    expect(rejected).toEqual([]);
    expect(isDepositable(items[0]!)).toBe(false);
    const store = createSelectionStore();
    store.dispatch({ type: 'select', item: items[0]! });
    store.dispatch({ type: 'selectAll', items });
    expect(store.getTotals().count).toBe(0);
  });
});

describe('totals over a hostile page stay exact', () => {
  it('prices that are inexact in binary sum to exact cents, line by line', () => {
    const rows = [
      rawCs2Row('a', { offer: offer(0.1) }),
      rawCs2Row('b', { offer: offer(0.2) }),
      rawCs2Row('c', { offer: offer(0.7) }),
      rawCs2Row('bad-price', { offer: offer('12.5') }),
      null,
      rawCs2Row('a', { offer: offer(1000) }),
      rawCs2Row('d', { offer: offer(10.75) }),
      rawCs2Row('no-offer', { offer: undefined }),
      rawRustRow('wood', { amount: 1e9, offer: offer(0.07, { maxAmount: 1e9 }) }),
      rawRustRow('stone', { amount: 3, offer: offer(0.01, { maxAmount: 3 }) }),
    ];
    const result = page(rows);
    expect(result.rejected.map((r) => r.index)).toEqual([3, 4, 5]);
    const cs2 = createSelectionStore();
    cs2.dispatch({ type: 'selectAll', items: result.items });
    const totals = cs2.getTotals();
    expect(totals.selectedItems.map((line) => line.item.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(totals.totalCents).toBe(10 + 20 + 70 + 1075);
    expect(totals.totalCents).toBe(totals.selectedItems.reduce((sum, line) => sum + line.lineTotalCents, 0));
    expect(formatCents(totals.totalCents)).toBe('$11.75');

    const rust = createSelectionStore();
    const rustItems = result.items.filter((item) => item.appid === 252490);
    for (const item of rustItems) rust.dispatch({ type: 'select', item, amount: Number.MAX_SAFE_INTEGER });
    expect(rust.getTotals().selectedItems.map((line) => [line.item.id, line.amount, line.lineTotalCents])).toEqual([
      ['wood', MAX_DEPOSIT_AMOUNT, 7 * MAX_DEPOSIT_AMOUNT],
      ['stone', 3, 3],
    ]);
    expect(rust.getTotals().totalCents).toBe(7 * MAX_DEPOSIT_AMOUNT + 3);
  });

  it('the worst case the API allows at the default cap is still an exact safe integer', () => {
    const rows = Array.from({ length: 260 }, (_, i) => rawRustRow(`r${i}`, { amount: 1e9, offer: offer(MAX_USD, { maxAmount: 1e9 }), marketPrice: MAX_USD }));
    const { items } = page(rows);
    const store = createSelectionStore();
    store.dispatch({ type: 'selectAll', items });
    for (const item of items) store.dispatch({ type: 'setAmount', id: item.id, amount: Infinity });
    const totals = store.getTotals();
    expect(totals.count).toBe(250);
    expect(totals.units).toBe(250 * MAX_DEPOSIT_AMOUNT);
    expect(totals.totalCents).toBe(250 * MAX_DEPOSIT_AMOUNT * MAX_USD * 100);
    expect(Number.isSafeInteger(totals.totalCents)).toBe(true);
    expect(totals.marketTotalCents).toBe(totals.totalCents);
  });
});
