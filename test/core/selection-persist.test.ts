import { describe, expect, it } from 'vitest';
import { parseInventoryItems, type InventoryItem, type PriceChange, type SelectionValue } from '../../src/core/index.js';
import {
  parseStoredSelection,
  selectionStorageKey,
  toStoredSelection,
  withFreshSnapshots,
} from '../../src/core/selection/persist.js';
import { cs2Item, rawCs2Row, rustItem } from './makeItem.js';

const parsed = (row: Record<string, unknown>): InventoryItem => parseInventoryItems([row]).items[0]!;
const entriesOf = (...lines: [InventoryItem, number][]): SelectionValue =>
  Object.fromEntries(lines.map(([item, amount]) => [item.id, { item, amount }]));
const store = (entries: SelectionValue, priceChanges: PriceChange[] = [], shown = new Map<string, InventoryItem>()) =>
  toStoredSelection({ entries, priceChanges }, shown);
const text = (value: unknown) => JSON.stringify(value);
const validLine = { amount: 1, item: { id: 'a', appid: 730, name: 'A', tradable: true, accepted: true, offer: { price: 1.5, reference: 'r' } } };

describe('selectionStorageKey', () => {
  it.each([
    ['76561198000000001', 730, 'react-assetpay:selection:v1:76561198000000001:730'],
    ['76561198000000001', 252490, 'react-assetpay:selection:v1:76561198000000001:252490'],
    ['user', undefined, 'react-assetpay:selection:v1:user:any'],
    // A ':' in a user key cannot make it collide with another user's key for a game.
    ['a:730', undefined, 'react-assetpay:selection:v1:a%3A730:any'],
  ] as const)('%s / %s → %s', (user, game, key) => {
    expect(selectionStorageKey(user, game)).toBe(key);
  });
});

describe('toStoredSelection + parseStoredSelection', () => {
  it('round-trips ids, amounts and the offer the user saw, and leaves out cosmetics', () => {
    const ak = parsed(rawCs2Row('ak'));
    const door = rustItem('door', { amount: 12, maxAmount: 10, price: 0.07, reference: 'ref-door' });
    const stored = store(entriesOf([ak, 1], [door, 4]));
    expect(stored.text).not.toBeNull();
    const raw = JSON.parse(stored.text!);
    expect(raw.version).toBe(1);
    expect(raw.lines[0].item).not.toHaveProperty('stickers');
    expect(raw.lines[0].item).not.toHaveProperty('wear');
    expect(raw.lines[0].item).not.toHaveProperty('paintSeed');

    // Items of two games cannot be selected together; check each game on its own.
    const back = parseStoredSelection(store(entriesOf([ak, 1])).text!, { game: 730 })!;
    expect(back.ak).toMatchObject({ amount: 1, item: { id: 'ak', name: ak.name, iconUrl: ak.iconUrl, offer: ak.offer, marketPriceCents: 1250 } });
    const rust = parseStoredSelection(store(entriesOf([door, 4])).text!, { game: 252490 })!;
    expect(rust.door).toMatchObject({ amount: 4, item: { amount: 12, offer: { price: 0.07, priceCents: 7, reference: 'ref-door', maxAmount: 10 } } });
  });

  it('stores nothing for an empty selection', () => {
    expect(store({}).text).toBeNull();
  });

  it('keeps the snapshot stored before an unacknowledged price change', () => {
    const before = cs2Item('a', { price: 10, reference: 'old' });
    const after = cs2Item('a', { price: 12, reference: 'new' });
    const first = store(entriesOf([before, 1]));
    const change: PriceChange = { id: 'a', name: 'A', oldPriceCents: 1000, newPriceCents: 1200 };
    const pending = store(entriesOf([after, 1]), [change], first.shown);
    expect(parseStoredSelection(pending.text!)!.a!.item.offer).toMatchObject({ price: 10, reference: 'old' });
    const acknowledged = store(entriesOf([after, 1]), [], pending.shown);
    expect(parseStoredSelection(acknowledged.text!)!.a!.item.offer).toMatchObject({ price: 12, reference: 'new' });
  });

  it('clamps amounts to the stored stack and keeps at most maxItems', () => {
    const body = text({ version: 1, game: 252490, lines: [
      { amount: 50, item: { id: 'w1', appid: 252490, name: 'W', tradable: true, accepted: true, amount: 5, offer: { price: 1, reference: 'r' } } },
      { amount: 1, item: { id: 'w2', appid: 252490, name: 'W', tradable: true, accepted: true, offer: { price: 1, reference: 'r' } } },
    ] });
    const value = parseStoredSelection(body, { maxItems: 1 })!;
    expect(Object.keys(value)).toEqual(['w1']);
    expect(value.w1!.amount).toBe(5);
  });

  it.each([
    ['empty string', ''],
    ['broken JSON', '{"version":1,'],
    ['JSON null', 'null'],
    ['a number', '42'],
    ['another shape', text({ foo: 'bar' })],
    ['an old version', text({ version: 0, game: 730, lines: [validLine] })],
    ['a newer version', text({ version: 2, game: 730, lines: [validLine] })],
    ['no lines', text({ version: 1, game: 730, lines: [] })],
    ['a zero amount', text({ version: 1, game: 730, lines: [{ ...validLine, amount: 0 }] })],
    ['a fraction of a cent', text({ version: 1, game: 730, lines: [{ amount: 1, item: { ...validLine.item, offer: { price: 1.234 } } }] })],
    ['an item without id', text({ version: 1, game: 730, lines: [{ amount: 1, item: { ...validLine.item, id: '' } }] })],
    ['an undepositable item', text({ version: 1, game: 730, lines: [{ amount: 1, item: { ...validLine.item, tradable: false } }] })],
    ['a repeated id', text({ version: 1, game: 730, lines: [validLine, validLine] })],
    ['mixed games', text({ version: 1, game: 730, lines: [validLine, { amount: 1, item: { ...validLine.item, id: 'b', appid: 252490 } }] })],
    ['another game than expected', text({ version: 1, game: 252490, lines: [{ amount: 1, item: { ...validLine.item, appid: 252490 } }] })],
  ])('ignores %s', (_, body) => {
    expect(parseStoredSelection(body, { game: 730 })).toBeNull();
  });

  it('keeps an id such as __proto__ as an own key', () => {
    const line = { amount: 1, item: { ...validLine.item, id: '__proto__' } };
    const value = parseStoredSelection(text({ version: 1, game: 730, lines: [line] }))!;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.keys(value)).toEqual(['__proto__']);
    expect(JSON.parse(store(value).text!).lines[0].item.id).toBe('__proto__');
  });

  it('reads a valid stored selection written by hand', () => {
    expect(Object.keys(parseStoredSelection(text({ version: 1, game: 730, lines: [validLine] }), { game: 730 })!)).toEqual(['a']);
  });
});

describe('withFreshSnapshots', () => {
  const restoredOf = (value: SelectionValue) => new Map(Object.values(value).map((entry) => [entry.item.id, entry.item]));

  it('swaps a restored snapshot for the full fresh item when the deposit terms are the same', () => {
    const full = parsed(rawCs2Row('a'));
    const restoredValue = parseStoredSelection(store(entriesOf([full, 1])).text!)!;
    const restored = restoredOf(restoredValue);
    const next = withFreshSnapshots(restoredValue, restored, [full])!;
    expect(next.a!.item).toBe(full);
    expect(restored.size).toBe(0);
  });

  it('leaves a changed offer to the sync action and waits for items not in the list', () => {
    const a = cs2Item('a', { price: 1 });
    const b = cs2Item('b', { price: 1 });
    const restoredValue = parseStoredSelection(store(entriesOf([a, 1], [b, 1])).text!)!;
    const restored = restoredOf(restoredValue);
    expect(withFreshSnapshots(restoredValue, restored, [cs2Item('a', { price: 2 })])).toBeNull();
    expect([...restored.keys()]).toEqual(['b']);
  });

  it('forgets snapshots that left the selection', () => {
    const a = cs2Item('a');
    const restored = restoredOf(entriesOf([a, 1]));
    expect(withFreshSnapshots({}, restored, [a])).toBeNull();
    expect(restored.size).toBe(0);
  });
});
