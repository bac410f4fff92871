import { describe, expect, it } from 'vitest';
import { API_VARIANTS, AssetPayError, collateralToCents, parseInventoryItems, parseInventoryResponse } from '../../src/core/index.js';
import { inventoryEnvelope, rawCs2Row, rawRustRow } from './makeItem.js';

const offer = (extra: Record<string, unknown>) => ({ price: 10.75, reference: 'ref', ...extra });

describe('parseInventoryItems: a valid .co row', () => {
  it('keeps the API field names and adds priceCents / marketPriceCents', () => {
    const { items, rejected } = parseInventoryItems([rawCs2Row('enc-1')]);
    expect(rejected).toEqual([]);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      id: 'enc-1',
      appid: 730,
      contextid: 2,
      name: 'AK-47 | Redline',
      marketHashName: 'AK-47 | Redline (Field-Tested)',
      type: 'Rifle',
      tradable: true,
      accepted: true,
      marketPrice: 12.5,
      marketPriceCents: 1250,
      offer: { price: 10.75, priceCents: 1075, reference: 'ref-enc-1', maxAmount: 1 },
      exterior: 'Field-Tested',
      wear: '0.25432',
      rarity: 'Classified',
      color: '#D32CE6',
      paintSeed: 661,
      stickers: [{ name: 'Sticker | Crown (Foil)', slot: 0, wear: 0.1, iconUrl: 'abc_DEF-123' }],
    });
    expect(items[0]!.iconUrl).toMatch(/^-9a81dlWLwJ2UUGc/);
  });

  it('keeps a Rust stack with its amount', () => {
    const [item] = parseInventoryItems([rawRustRow('rust-1')]).items;
    expect(item).toMatchObject({ appid: 252490, amount: 12, offer: { price: 0.07, priceCents: 7, maxAmount: 10 }, marketPriceCents: 9 });
  });

  it.each<[string, 'co' | 'gg', Record<string, unknown>, boolean]>([
    ['.co top-level accepted true', 'co', { accepted: true }, true],
    ['.co top-level accepted false', 'co', { accepted: false }, false],
    ['.co ignores offer.accepted', 'co', { accepted: undefined, offer: offer({ accepted: true }) }, false],
    ['.co top level false, offer.accepted true', 'co', { accepted: false, offer: offer({ accepted: true }) }, false],
    ['.gg offer.accepted true', 'gg', { accepted: undefined, offer: offer({ accepted: true }) }, true],
    ['.gg offer.accepted false', 'gg', { accepted: undefined, offer: offer({ accepted: false }) }, false],
    ['.gg ignores the top-level flag', 'gg', { accepted: true, offer: offer({}) }, false],
    ['.gg offer.accepted not a boolean', 'gg', { accepted: undefined, offer: offer({ accepted: 'yes' }) }, false],
  ])('accepted from %s → %s', (_, variant, overrides, accepted) => {
    const { items, rejected } = parseInventoryItems([rawCs2Row('a', overrides)], API_VARIANTS[variant]);
    expect(rejected).toEqual([]);
    expect(items[0]!.accepted).toBe(accepted);
  });

  it.each<[string, Record<string, unknown>, Record<string, unknown>]>([
    ['no offer', { offer: undefined }, { offer: undefined }],
    ['offer null', { offer: null }, { offer: undefined }],
    ['no marketPrice', { marketPrice: undefined }, { marketPriceCents: null }],
    ['marketPrice with a fraction of a cent', { marketPrice: 12.345 }, { marketPrice: 12.345, marketPriceCents: null }],
    ['no name: marketHashName is shown', { name: undefined }, { name: 'AK-47 | Redline (Field-Tested)' }],
    ['no name nor marketHashName: the id is shown', { name: undefined, marketHashName: undefined }, { name: 'a' }],
    ['offer without reference (.gg)', { offer: { price: 1 } }, { offer: { price: 1, priceCents: 100 } }],
    ['an offer price of 0', { offer: { price: 0, reference: 'r' } }, { offer: { price: 0, priceCents: 0, reference: 'r' } }],
    ['no stickers', { stickers: undefined }, { stickers: [] }],
    ['stickers not an array', { stickers: 'none' }, { stickers: [] }],
  ])('%s', (_, overrides, expected) => {
    const { items, rejected } = parseInventoryItems([rawCs2Row('a', overrides)]);
    expect(rejected).toEqual([]);
    expect(items[0]).toMatchObject(expected);
  });

  it('keeps a 10,000-character name as plain text', () => {
    const name = '<img src=x onerror=alert(1)>'.padEnd(10_000, 'x');
    const [item] = parseInventoryItems([rawCs2Row('a', { name })]).items;
    expect(item!.name).toBe(name);
  });
});

describe('parseInventoryItems: malformed rows are rejected, the others kept', () => {
  it.each<[string, unknown, string | undefined, RegExp]>([
    ['missing id', rawCs2Row('x', { id: undefined }), undefined, /^id/],
    ['empty id', rawCs2Row(''), '', /^id/],
    ['numeric id', rawCs2Row('x', { id: 42 }), undefined, /^id/],
    ['a 257-character id', rawCs2Row('i'.repeat(257)), 'i'.repeat(257), /^id/],
    ['tradable as a string', rawCs2Row('bad', { tradable: 'true' }), 'bad', /^tradable/],
    ['missing tradable', rawCs2Row('bad', { tradable: undefined }), 'bad', /^tradable/],
    ['missing appid', rawCs2Row('bad', { appid: undefined }), 'bad', /^appid/],
    ['appid as a string', rawCs2Row('bad', { appid: '730' }), 'bad', /^appid/],
    ['accepted as a string', rawCs2Row('bad', { accepted: 'true' }), 'bad', /^accepted/],
    ['price as a string', rawCs2Row('bad', { offer: offer({ price: '12' }) }), 'bad', /^offer\.price/],
    ['price NaN', rawCs2Row('bad', { offer: offer({ price: Number.NaN }) }), 'bad', /^offer\.price/],
    ['price Infinity', rawCs2Row('bad', { offer: offer({ price: Number.POSITIVE_INFINITY }) }), 'bad', /^offer\.price/],
    ['price -1', rawCs2Row('bad', { offer: offer({ price: -1 }) }), 'bad', /^offer\.price/],
    ['price 0.001', rawCs2Row('bad', { offer: offer({ price: 0.001 }) }), 'bad', /^offer\.price/],
    ['price 10.755', rawCs2Row('bad', { offer: offer({ price: 10.755 }) }), 'bad', /^offer\.price/],
    ['price above MAX_USD', rawCs2Row('bad', { offer: offer({ price: 1e8 }) }), 'bad', /^offer\.price/],
    ['missing price', rawCs2Row('bad', { offer: { reference: 'r' } }), 'bad', /^offer\.price/],
    ['offer as a string', rawCs2Row('bad', { offer: '10.75' }), 'bad', /^offer/],
    ['reference as a number', rawCs2Row('bad', { offer: offer({ reference: 7 }) }), 'bad', /^offer\.reference/],
    ['amount 0', rawRustRow('bad', { amount: 0 }), 'bad', /^amount/],
    ['amount 1.5', rawRustRow('bad', { amount: 1.5 }), 'bad', /^amount/],
    ['amount -3', rawRustRow('bad', { amount: -3 }), 'bad', /^amount/],
    ['amount as a string', rawRustRow('bad', { amount: '3' }), 'bad', /^amount/],
    ['offer.maxAmount 0', rawRustRow('bad', { offer: offer({ maxAmount: 0 }) }), 'bad', /^offer\.maxAmount/],
    ['offer.maxAmount 2.5', rawRustRow('bad', { offer: offer({ maxAmount: 2.5 }) }), 'bad', /^offer\.maxAmount/],
    ['null', null, undefined, /./],
    ['a number', 42, undefined, /./],
    ['a string', 'item', undefined, /./],
    ['an array', [rawCs2Row('arr')], undefined, /./],
  ])('%s', (_, bad, id, reason) => {
    const { items, rejected } = parseInventoryItems([rawCs2Row('before'), bad, rawRustRow('after')]);
    expect(items.map((item) => item.id)).toEqual(['before', 'after']);
    expect(rejected).toHaveLength(1);
    expect(rejected[0]!.index).toBe(1);
    expect(rejected[0]!.id).toBe(id);
    expect(rejected[0]!.reason).toMatch(reason);
  });

  it('rejects the second of two rows with the same id', () => {
    const { items, rejected } = parseInventoryItems([rawCs2Row('dup', { name: 'first' }), rawCs2Row('other'), rawCs2Row('dup', { name: 'second' })]);
    expect(items.map((item) => [item.id, item.name])).toEqual([
      ['dup', 'first'],
      ['other', 'AK-47 | Redline'],
    ]);
    expect(rejected).toEqual([{ index: 2, id: 'dup', reason: expect.stringMatching(/duplicate/) }]);
  });

  it('a rejected row does not make a later row with its id a duplicate', () => {
    const { items, rejected } = parseInventoryItems([rawCs2Row('x', { tradable: 'no' }), rawCs2Row('x')]);
    expect(items.map((item) => item.id)).toEqual(['x']);
    expect(rejected.map((row) => row.index)).toEqual([0]);
  });

  it('reports each bad row with its own index', () => {
    const { items, rejected } = parseInventoryItems([null, rawCs2Row('ok'), rawCs2Row('b', { amount: 0 }), rawCs2Row('c', { tradable: 1 })]);
    expect(items.map((item) => item.id)).toEqual(['ok']);
    expect(rejected.map(({ index, id }) => [index, id])).toEqual([
      [0, undefined],
      [2, 'b'],
      [3, 'c'],
    ]);
  });
});

describe('parseInventoryItems: soft fields are dropped without rejecting the row', () => {
  it.each<[string, Record<string, unknown>, string]>([
    ['color "red"', { color: 'red' }, 'color'],
    ['color javascript:', { color: 'javascript:alert(1)' }, 'color'],
    ['color with CSS injection', { color: '#D32CE6; background:url(x)' }, 'color'],
    ['color without #', { color: 'D32CE6' }, 'color'],
    ['wear as a number', { wear: 0.25 }, 'wear'],
    ['paintSeed as a string', { paintSeed: '661' }, 'paintSeed'],
    ['marketPrice negative', { marketPrice: -1 }, 'marketPrice'],
    ['marketPrice as a string', { marketPrice: '12.50' }, 'marketPrice'],
    ['iconUrl as an object', { iconUrl: { url: 'x' } }, 'iconUrl'],
    ['charm without name', { charm: { iconUrl: 'abc' } }, 'charm'],
    ['fade without percentage', { fade: {} }, 'fade'],
    ['doppler as a string', { doppler: 'Ruby' }, 'doppler'],
  ])('%s', (_, overrides, field) => {
    const { items, rejected } = parseInventoryItems([rawCs2Row('a', overrides)]);
    expect(rejected).toEqual([]);
    expect(items).toHaveLength(1);
    expect(items[0]![field as keyof (typeof items)[0]]).toBeUndefined();
    expect(items[0]!.offer?.priceCents).toBe(1075);
  });

  it('a name that is not a string falls back to marketHashName', () => {
    expect(parseInventoryItems([rawCs2Row('a', { name: 5 })]).items[0]!.name).toBe('AK-47 | Redline (Field-Tested)');
  });

  it('drops a broken sticker on its own and keeps the good ones', () => {
    const stickers = [
      { name: 'Good', slot: 0, iconUrl: 'a' },
      { name: 'Bad slot', slot: -1, iconUrl: 'b' },
      { name: 'Fraction slot', slot: 1.5, iconUrl: 'c' },
      { name: 'String slot', slot: '2', iconUrl: 'd' },
      { slot: 3, iconUrl: 'no-name' },
      'not a sticker',
      { name: 'Bad wear kept without wear', slot: 4, wear: 7 },
      { name: 'Also good', slot: 5, wear: null },
    ];
    const [item] = parseInventoryItems([rawCs2Row('a', { stickers })]).items;
    expect(item!.stickers.map((sticker) => sticker.name)).toEqual(['Good', 'Bad wear kept without wear', 'Also good']);
    expect(item!.stickers[1]!.wear).toBeUndefined();
  });
});

describe('parseInventoryResponse', () => {
  it('returns the page with counts, dates, collateral and rejects', () => {
    const body = inventoryEnvelope([rawCs2Row('a'), rawCs2Row('b', { tradable: 'x' })], { count: 120, collateral: 25.5 });
    const page = parseInventoryResponse(body);
    expect(page.items.map((item) => item.id)).toEqual(['a']);
    expect(page.rejected).toEqual([{ index: 1, id: 'b', reason: expect.stringMatching(/^tradable/) }]);
    expect(page.count).toBe(120);
    expect(page.updatedAt).toEqual(new Date('2024-05-01T12:00:00.000Z'));
    expect(page.collateral).toBe(25.5);
    expect(page.collateralCents).toBe(2550);
    expect(page.requestId).toBe('req-1');
  });

  it.each<[number, number]>([
    [25.5, 2550],
    [0, 0],
    [0.29, 29],
    [12.345, 1234],
    [12.349999, 1234],
    [0.009, 0],
    [1e8, 1e10],
  ])('collateral %s → %s cents, rounded down', (collateral, cents) => {
    expect(parseInventoryResponse(inventoryEnvelope([], { collateral })).collateralCents).toBe(cents);
    expect(collateralToCents(collateral)).toBe(cents);
  });

  it.each<[string, unknown]>([
    ['missing', undefined],
    ['negative', -5],
    ['a string', '25.50'],
  ])('collateral %s → 0', (_, collateral) => {
    const page = parseInventoryResponse(inventoryEnvelope([], { collateral }));
    expect(page.collateral).toBe(0);
    expect(page.collateralCents).toBe(0);
  });

  it.each<[string, unknown]>([
    ['not an object', 'hello'],
    ['null', null],
    ['an array', []],
    ['a success:false error envelope', { success: false, error: { key: 'RATE_LIMITED', code: 1007 } }],
    ['success missing', { data: inventoryEnvelope([]).data }],
    ['data missing', { success: true }],
    ['inventory missing', inventoryEnvelope([], { inventory: undefined })],
    ['inventory not an array', inventoryEnvelope([], { inventory: { 0: {} } })],
    ['count missing', inventoryEnvelope([], { count: undefined })],
    ['count negative', inventoryEnvelope([], { count: -1 })],
    ['count as a string', inventoryEnvelope([], { count: '10' })],
    ['count a fraction', inventoryEnvelope([], { count: 1.5 })],
    ['updatedAt missing', inventoryEnvelope([], { updatedAt: undefined })],
    ['updatedAt not a date', inventoryEnvelope([], { updatedAt: 'yesterday' })],
  ])('envelope %s → INVALID_RESPONSE', (_, body) => {
    let caught: unknown;
    try {
      parseInventoryResponse(body);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(AssetPayError);
    expect((caught as AssetPayError).key).toBe('INVALID_RESPONSE');
  });
});
