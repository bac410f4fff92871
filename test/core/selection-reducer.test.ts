import { describe, expect, it } from 'vitest';
import { EMPTY_SELECTION, selectionReducer, type InventoryItem, type SelectionAction, type SelectionState } from '../../src/core/index.js';
import { cs2Item, rustItem } from './makeItem.js';

const a = cs2Item('a');
const b = cs2Item('b');
const c = cs2Item('c');
const d = cs2Item('d');
const locked = cs2Item('locked', { tradable: false });
const unpriced = cs2Item('unpriced', { price: 0 });
const refused = cs2Item('refused', { accepted: false });
const stack = rustItem('stack', { amount: 20, maxAmount: 10 });
const door = rustItem('door', { amount: 3 });

const run = (actions: SelectionAction[], maxItems = 250, from: SelectionState = EMPTY_SELECTION) =>
  actions.reduce((state, action) => selectionReducer(state, action, { maxItems }), from);
const ids = (state: SelectionState) => Object.keys(state.entries);
const amounts = (state: SelectionState) => Object.fromEntries(Object.entries(state.entries).map(([id, entry]) => [id, entry.amount]));

describe('toggle / select / deselect', () => {
  it.each<[string, SelectionAction[], string[], string | null]>([
    ['toggle selects', [{ type: 'toggle', item: a }], ['a'], 'a'],
    ['toggle twice deselects and keeps the anchor', [{ type: 'toggle', item: a }, { type: 'toggle', item: a }], [], 'a'],
    ['toggle keeps selection order', [{ type: 'toggle', item: b }, { type: 'toggle', item: a }], ['b', 'a'], 'a'],
    ['select', [{ type: 'select', item: a }], ['a'], 'a'],
    ['deselect', [{ type: 'select', item: a }, { type: 'select', item: b }, { type: 'deselect', id: 'a' }], ['b'], 'b'],
    ['toggle a trade-locked item does nothing', [{ type: 'toggle', item: locked }], [], null],
    ['select an item priced 0 does nothing', [{ type: 'select', item: unpriced }], [], null],
    ['select an item not accepted does nothing', [{ type: 'select', item: refused }], [], null],
  ])('%s', (_, actions, expected, anchor) => {
    const state = run(actions);
    expect(ids(state)).toEqual(expected);
    expect(state.anchorId).toBe(anchor);
  });

  it.each<[string, SelectionAction]>([
    ['toggle of a non-depositable item', { type: 'toggle', item: locked }],
    ['deselect of an unknown id', { type: 'deselect', id: 'nope' }],
    ['setAmount of an unknown id', { type: 'setAmount', id: 'nope', amount: 3 }],
    ['remove of unknown ids', { type: 'remove', ids: ['nope'] }],
    ['select of the same item again', { type: 'select', item: a }],
    ['setAmount to the current amount', { type: 'setAmount', id: 'a', amount: 1 }],
    ['setAmount of a CS2 item above 1', { type: 'setAmount', id: 'a', amount: 5 }],
    ['replace with the same entries', { type: 'replace', entries: run([{ type: 'select', item: a }]).entries }],
    ['acknowledge with nothing to acknowledge', { type: 'acknowledge' }],
    ['selectAll of already selected items', { type: 'selectAll', items: [a, locked] }],
    ['sync of the same item objects', { type: 'sync', items: [a, b], complete: true }],
  ])('returns the same state object for %s', (_, action) => {
    const before = run([{ type: 'select', item: a }]);
    const replaced = action.type === 'replace' ? { ...action, entries: before.entries } : action;
    expect(selectionReducer(before, replaced, { maxItems: 250 })).toBe(before);
  });

  it('select with an amount clamps it', () => {
    expect(amounts(run([{ type: 'select', item: stack, amount: 5 }]))).toEqual({ stack: 5 });
    expect(amounts(run([{ type: 'select', item: stack, amount: 50 }]))).toEqual({ stack: 10 });
    expect(amounts(run([{ type: 'select', item: stack, amount: 0 }]))).toEqual({ stack: 1 });
    expect(amounts(run([{ type: 'select', item: stack, amount: 4 }, { type: 'select', item: stack }]))).toEqual({ stack: 4 });
  });

  it('stops adding at maxItems but still updates a selected item', () => {
    const full = run([{ type: 'select', item: stack }, { type: 'select', item: door }], 2);
    const rust3 = rustItem('third');
    expect(selectionReducer(full, { type: 'select', item: rust3 }, { maxItems: 2 })).toBe(full);
    expect(selectionReducer(full, { type: 'toggle', item: rust3 }, { maxItems: 2 })).toBe(full);
    expect(amounts(selectionReducer(full, { type: 'select', item: stack, amount: 7 }, { maxItems: 2 }))).toEqual({ stack: 7, door: 1 });
  });

  it('selecting an item of another game drops the others as other-game', () => {
    const state = run([{ type: 'select', item: a }, { type: 'select', item: b }, { type: 'select', item: stack, amount: 3 }]);
    expect(amounts(state)).toEqual({ stack: 3 });
    expect(state.dropped).toEqual([
      { id: 'a', name: 'Item a', reason: 'other-game' },
      { id: 'b', name: 'Item b', reason: 'other-game' },
    ]);
    expect(state.anchorId).toBe('stack');
  });
});

describe('setAmount', () => {
  it.each<[number, number]>([
    [5, 5],
    [10, 10],
    [11, 10],
    [0, 1],
    [-2, 1],
    [2.9, 2],
    [Number.NaN, 1],
    [Number.POSITIVE_INFINITY, 10],
  ])('setAmount(%s) on a stack of max 10 → %s', (amount, expected) => {
    const state = run([{ type: 'select', item: stack, amount: 3 }, { type: 'setAmount', id: 'stack', amount }]);
    expect(amounts(state)).toEqual({ stack: expected });
  });
});

describe('selectAll', () => {
  it.each<[string, InventoryItem[], number, SelectionAction[], Record<string, number>]>([
    ['skips non-depositable items', [a, locked, b, unpriced, refused, c], 250, [], { a: 1, b: 1, c: 1 }],
    ['stops at maxItems', [a, b, c, d], 2, [], { a: 1, b: 1 }],
    ['counts already selected items against maxItems', [a, b, c, d], 3, [{ type: 'select', item: d }], { d: 1, a: 1, b: 1 }],
    ['keeps existing amounts', [door, stack], 250, [{ type: 'select', item: stack, amount: 8 }], { stack: 8, door: 1 }],
    ['only the game already selected', [a, stack, b, door], 250, [{ type: 'select', item: c }], { c: 1, a: 1, b: 1 }],
    ['from empty: the game of the first depositable item', [locked, stack, a, door], 250, [], { stack: 1, door: 1 }],
    ['with maxItems 0 selects nothing', [a, b], 0, [], {}],
  ])('%s', (_, items, maxItems, before, expected) => {
    const state = run([...before, { type: 'selectAll', items }], maxItems);
    expect(amounts(state)).toEqual(expected);
    expect(Object.keys(state.entries)).toEqual(Object.keys(expected));
  });
});

describe('selectRange', () => {
  const list = [a, b, locked, c, d];
  it.each<[string, SelectionAction[], string[], string | null]>([
    ['anchor → later item', [{ type: 'toggle', item: a }, { type: 'selectRange', items: list, toId: 'c' }], ['a', 'b', 'c'], 'a'],
    ['anchor → earlier item', [{ type: 'toggle', item: d }, { type: 'selectRange', items: list, toId: 'b' }], ['d', 'b', 'c'], 'd'],
    ['skips a disabled item in the range', [{ type: 'toggle', item: b }, { type: 'selectRange', items: list, toId: 'd' }], ['b', 'c', 'd'], 'b'],
    ['no anchor: selects the target alone', [{ type: 'selectRange', items: list, toId: 'c' }], ['c'], 'c'],
    ['anchor not in the list: selects the target', [{ type: 'toggle', item: cs2Item('elsewhere') }, { type: 'selectRange', items: list, toId: 'b' }], ['elsewhere', 'b'], 'b'],
    ['unknown target: nothing', [{ type: 'toggle', item: a }, { type: 'selectRange', items: list, toId: 'nope' }], ['a'], 'a'],
    ['anchor after a toggle-off still anchors', [{ type: 'toggle', item: a }, { type: 'toggle', item: a }, { type: 'selectRange', items: list, toId: 'b' }], ['a', 'b'], 'a'],
    ['no anchor and a disabled target: nothing', [{ type: 'selectRange', items: list, toId: 'locked' }], [], null],
    ['a second range from the same anchor shrinks the first', [{ type: 'toggle', item: a }, { type: 'selectRange', items: list, toId: 'd' }, { type: 'selectRange', items: list, toId: 'b' }], ['a', 'b'], 'a'],
    ['a second range grows the first', [{ type: 'toggle', item: a }, { type: 'selectRange', items: list, toId: 'b' }, { type: 'selectRange', items: list, toId: 'd' }], ['a', 'b', 'c', 'd'], 'a'],
    ['a range that flips to the other side of the anchor takes back the first side', [{ type: 'toggle', item: c }, { type: 'selectRange', items: list, toId: 'd' }, { type: 'selectRange', items: list, toId: 'a' }], ['a', 'b', 'c'], 'c'],
    ['shrinking keeps what was selected before the range', [{ type: 'toggle', item: d }, { type: 'toggle', item: a }, { type: 'selectRange', items: list, toId: 'd' }, { type: 'selectRange', items: list, toId: 'b' }], ['a', 'b', 'd'], 'a'],
    ['a toggle starts a new anchor: the next range adds to everything selected', [{ type: 'toggle', item: a }, { type: 'selectRange', items: list, toId: 'c' }, { type: 'toggle', item: d }, { type: 'selectRange', items: list, toId: 'c' }], ['a', 'b', 'c', 'd'], 'd'],
  ])('%s', (_, actions, expected, anchor) => {
    const state = run(actions);
    expect(ids(state).sort()).toEqual([...expected].sort());
    expect(state.anchorId).toBe(anchor);
  });

  it('respects maxItems', () => {
    expect(ids(run([{ type: 'toggle', item: a }, { type: 'selectRange', items: list, toId: 'd' }], 2))).toEqual(['a', 'b']);
  });
});

describe('clear / remove / replace / acknowledge', () => {
  const picked = run([{ type: 'select', item: a }, { type: 'select', item: b }, { type: 'select', item: c }]);
  it('clear empties entries and the anchor', () => {
    const state = selectionReducer(picked, { type: 'clear' }, { maxItems: 250 });
    expect(state.entries).toEqual({});
    expect(state.anchorId).toBeNull();
    expect(selectionReducer(state, { type: 'clear' }, { maxItems: 250 })).toBe(state);
  });

  it('remove takes several ids and ignores unknown ones', () => {
    expect(ids(selectionReducer(picked, { type: 'remove', ids: ['a', 'c', 'zzz'] }, { maxItems: 250 }))).toEqual(['b']);
  });

  it('replace puts the given entries in place', () => {
    const entries = { d: { item: d, amount: 1 } };
    expect(selectionReducer(picked, { type: 'replace', entries }, { maxItems: 250 }).entries).toBe(entries);
  });

  it('acknowledge clears price changes and dropped items, not entries', () => {
    const withReports = run([{ type: 'select', item: a }, { type: 'select', item: stack }]);
    expect(withReports.dropped).toHaveLength(1);
    const state = selectionReducer(withReports, { type: 'acknowledge' }, { maxItems: 250 });
    expect(state.dropped).toEqual([]);
    expect(state.priceChanges).toEqual([]);
    expect(ids(state)).toEqual(['stack']);
  });
});
