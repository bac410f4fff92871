import { describe, expect, it } from 'vitest';
import { EMPTY_SELECTION, selectionReducer, type InventoryItem, type SelectionAction, type SelectionState } from '../../src/core/index.js';
import { cs2Item, rustItem } from './makeItem.js';

const a = cs2Item('a', { price: 1.5 });
const b = cs2Item('b', { price: 2 });
const stack = rustItem('stack', { amount: 20, maxAmount: 10, price: 0.07 });

const ctx = { maxItems: 250 };
const run = (actions: SelectionAction[], from: SelectionState = EMPTY_SELECTION) =>
  actions.reduce((state, action) => selectionReducer(state, action, ctx), from);
const sync = (items: InventoryItem[], complete = false, game?: number): SelectionAction => ({ type: 'sync', items, complete, game });
const picked = run([{ type: 'select', item: a }, { type: 'select', item: b }]);

describe('sync: price changes', () => {
  it('updates the snapshot price and reference and reports old → new', () => {
    const fresh = cs2Item('a', { price: 1.75, reference: 'ref-a-2' });
    const state = run([sync([fresh, b])], picked);
    expect(state.entries.a!.item).toBe(fresh);
    expect(state.entries.a!.item.offer).toMatchObject({ price: 1.75, priceCents: 175, reference: 'ref-a-2' });
    expect(state.priceChanges).toEqual([{ id: 'a', name: 'Item a', oldPriceCents: 150, newPriceCents: 175 }]);
    expect(state.dropped).toEqual([]);
  });

  it.each<[string, number[], { oldPriceCents: number; newPriceCents: number }[]]>([
    ['one change', [1.75], [{ oldPriceCents: 150, newPriceCents: 175 }]],
    ['two changes keep the original old price', [1.75, 1.2], [{ oldPriceCents: 150, newPriceCents: 120 }]],
    ['three changes', [1.75, 1.2, 3], [{ oldPriceCents: 150, newPriceCents: 300 }]],
    ['changing back removes the report', [1.75, 1.5], []],
    ['up, back, down again', [1.75, 1.5, 1.25], [{ oldPriceCents: 150, newPriceCents: 125 }]],
  ])('%s', (_, prices, reports) => {
    const state = run(prices.map((price) => sync([cs2Item('a', { price }), b])), picked);
    expect(state.priceChanges.map(({ oldPriceCents, newPriceCents }) => ({ oldPriceCents, newPriceCents }))).toEqual(reports);
    expect(state.entries.a!.item.offer!.priceCents).toBe(Math.round(prices.at(-1)! * 100));
  });

  it('a new reference at the same price updates the snapshot without a report', () => {
    const fresh = cs2Item('a', { price: 1.5, reference: 'ref-new' });
    const state = run([sync([fresh])], picked);
    expect(state.entries.a!.item.offer!.reference).toBe('ref-new');
    expect(state.priceChanges).toEqual([]);
  });

  it('clamps the amount to a smaller new maximum', () => {
    const before = run([{ type: 'select', item: stack, amount: 9 }]);
    const state = run([sync([rustItem('stack', { amount: 4, maxAmount: 10, price: 0.07 })])], before);
    expect(state.entries.stack!.amount).toBe(4);
    // Said, not silent: the user owns fewer now.
    expect(state.adjusted).toEqual([{ id: 'stack', name: expect.any(String), from: 9, to: 4, reason: 'not-owned' }]);
    const lowerMax = run([sync([rustItem('stack', { amount: 20, maxAmount: 5, price: 0.07 })])], before);
    expect(lowerMax.adjusted).toEqual([{ id: 'stack', name: expect.any(String), from: 9, to: 5, reason: 'max-amount' }]);
  });
});

describe('sync: items that cannot stay', () => {
  it.each<[string, InventoryItem, string]>([
    ['trade-locked now', cs2Item('a', { tradable: false }), 'not-depositable'],
    ['no longer accepted', cs2Item('a', { accepted: false }), 'not-accepted'],
    ['offer gone', cs2Item('a', { price: null }), 'no-offer'],
    ['priced 0', cs2Item('a', { price: 0 }), 'not-depositable'],
  ])('%s → dropped as %s', (_, fresh, reason) => {
    const state = run([sync([fresh, b])], picked);
    expect(Object.keys(state.entries)).toEqual(['b']);
    expect(state.dropped).toEqual([{ id: 'a', name: 'Item a', reason }]);
  });

  it.each<[string, SelectionAction, string[]]>([
    ['missing from a partial page: kept', sync([b], false), ['a', 'b']],
    ['missing from the complete inventory: dropped', sync([b], true), ['b']],
    ['missing from the complete inventory of the same game: dropped', sync([b], true, 730), ['b']],
    ['missing from the complete inventory of another game: kept', sync([stack], true, 252490), ['a', 'b']],
    ['missing from a complete Rust list (game read from items): kept', sync([stack], true), ['a', 'b']],
    ['complete and empty inventory of this game: all dropped', sync([], true, 730), []],
  ])('%s', (_, action, expected) => {
    const state = run([action], picked);
    expect(Object.keys(state.entries)).toEqual(expected);
    const gone = ['a', 'b'].filter((id) => !expected.includes(id));
    expect(state.dropped).toEqual(gone.map((id) => ({ id, name: `Item ${id}`, reason: 'gone' })));
  });

  it('an item dropped by sync loses its pending price report', () => {
    const state = run([sync([cs2Item('a', { price: 1.75 }), b]), sync([cs2Item('a', { price: 1.75, tradable: false }), b])], picked);
    expect(Object.keys(state.entries)).toEqual(['b']);
    expect(state.dropped.map((item) => item.id)).toEqual(['a']);
    // A price report about an item that is no longer selected would ask the user to confirm a price they are not depositing.
    expect(state.priceChanges.filter((change) => change.id === 'a')).toEqual([]);
  });
});

describe('sync: nothing changed', () => {
  it.each<[string, SelectionAction]>([
    ['the same item objects', sync([a, b], true)],
    ['the same objects plus new items', sync([cs2Item('new'), a, b], true)],
    ['a partial page without the selected items', sync([cs2Item('other')], false)],
  ])('%s → the same state object', (_, action) => {
    expect(selectionReducer(picked, action, ctx)).toBe(picked);
  });

  it('an empty selection → the same state object', () => {
    expect(selectionReducer(EMPTY_SELECTION, sync([a], true), ctx)).toBe(EMPTY_SELECTION);
  });

  it('a refetch with identical data in fresh objects → the same state object', () => {
    // Every refetch parses new objects (the inventory queries turn structural sharing off).
    const refetched = [cs2Item('a', { price: 1.5 }), cs2Item('b', { price: 2 })];
    expect(refetched[0]).toEqual(a);
    expect(selectionReducer(picked, sync(refetched, true), ctx)).toBe(picked);
  });
});
