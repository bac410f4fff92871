// Issue 4: the selection with ids and data an API should never send. Ids are the API's strings, so
// `constructor` or `__proto__` are ids like any other; a row can change game under the same id.
import { describe, expect, it } from 'vitest';
import {
  createSelectionStore,
  parseInventoryItems,
  selectionTotals,
  type InventoryItem,
  type SelectionState,
  type SelectionStore,
} from '../../src/core/index.js';
import { rawCs2Row, rawRustRow } from './makeItem.js';

const PROTO_IDS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf', '__defineGetter__'];

function parsed(...rows: unknown[]): InventoryItem[] {
  const { items, rejected } = parseInventoryItems(rows);
  expect(rejected).toEqual([]);
  return items;
}

/** The amount stored under `id` (a variable, so `constructor` is not typed as Object's). */
const entryAmount = (store: SelectionStore, id: string) => store.getState().entries[id]?.amount;

/** Own keys match the entries' ids, the object is a plain one, and totals agree with it. */
function expectConsistent(state: SelectionState, store?: SelectionStore) {
  const { entries } = state;
  expect(Object.getPrototypeOf(entries)).toBe(Object.prototype);
  for (const id of Object.keys(entries)) expect(entries[id]!.item.id).toBe(id);
  const totals = store ? store.getTotals() : selectionTotals(entries);
  expect(totals.count).toBe(Object.keys(entries).length);
  expect(totals.totalCents).toBe(Object.values(entries).reduce((sum, { item, amount }) => sum + item.offer!.priceCents * amount, 0));
  for (const change of state.priceChanges) expect(Object.hasOwn(entries, change.id)).toBe(true);
}

describe('ids that are Object.prototype keys', () => {
  it.each(PROTO_IDS)('"%s" is not selected until toggled, then selected once, then not', (id) => {
    const [item] = parsed(rawCs2Row(id));
    const store = createSelectionStore();
    const before = store.getState();
    // Nothing to deselect, set or remove: the same state comes back.
    store.dispatch({ type: 'deselect', id });
    store.dispatch({ type: 'setAmount', id, amount: 3 });
    store.dispatch({ type: 'remove', ids: [id] });
    store.dispatch({ type: 'repair', remove: [{ id, reason: 'unavailable' }], clamp: [{ id, amount: 0, reason: 'not-owned' }] });
    expect(store.getState()).toBe(before);

    store.dispatch({ type: 'toggle', item: item! });
    expect(Object.keys(store.getState().entries)).toEqual([id]);
    expect(Object.hasOwn(store.getState().entries, id)).toBe(true);
    expect(store.getTotals().totalCents).toBe(1075);
    expectConsistent(store.getState(), store);

    store.dispatch({ type: 'toggle', item: item! });
    expect(Object.keys(store.getState().entries)).toEqual([]);
    expect(store.getTotals().totalCents).toBe(0);
  });

  it('selectAll over prototype ids keeps the cap and a plain entries object', () => {
    const items = parsed(...PROTO_IDS.map((id) => rawCs2Row(id)));
    const store = createSelectionStore({ maxItems: 4 });
    store.dispatch({ type: 'selectAll', items });
    expect(Object.keys(store.getState().entries)).toEqual(PROTO_IDS.slice(0, 4));
    expectConsistent(store.getState(), store);
    // The cap also holds for a single select of an id that names a prototype member.
    store.dispatch({ type: 'select', item: items[5]! });
    store.dispatch({ type: 'toggle', item: items[6]! });
    expect(Object.keys(store.getState().entries)).toEqual(PROTO_IDS.slice(0, 4));
  });

  it('selectRange, sync, repair and setAmount work on prototype ids', () => {
    const items = parsed(...PROTO_IDS.map((id) => rawRustRow(id, { amount: 9, offer: { price: 0.5, reference: 'r', maxAmount: 9 } })));
    const store = createSelectionStore();
    store.dispatch({ type: 'select', item: items[0]! });
    store.dispatch({ type: 'selectRange', items, toId: 'valueOf' });
    expect(Object.keys(store.getState().entries)).toEqual(PROTO_IDS.slice(0, 5));
    store.dispatch({ type: 'setAmount', id: '__proto__', amount: 7 });
    store.dispatch({ type: 'setAmount', id: 'constructor', amount: 5 });
    expect(store.amountOf('__proto__')).toBe(7);
    expect(entryAmount(store, 'constructor')).toBe(5);

    const fresh = parsed(...PROTO_IDS.map((id) => rawRustRow(id, { amount: 4, offer: { price: 0.75, reference: 'r2', maxAmount: 4 } })));
    store.dispatch({ type: 'sync', items: fresh.slice(1), complete: true, game: 252490 });
    const state = store.getState();
    expect(state.dropped).toEqual([{ id: '__proto__', name: 'Metal Door', reason: 'gone' }]);
    expect(Object.keys(state.entries)).toEqual(PROTO_IDS.slice(1, 5));
    expect(entryAmount(store, 'constructor')).toBe(4);
    expect(state.priceChanges.map((change) => change.id)).toEqual(PROTO_IDS.slice(1, 5));
    expectConsistent(state, store);

    store.dispatch({
      type: 'repair',
      remove: [{ id: 'toString', reason: 'unavailable' }],
      clamp: [
        { id: 'constructor', amount: 2, reason: 'max-amount' },
        { id: '__proto__', amount: 1, reason: 'max-amount' },
      ],
    });
    expect(Object.keys(store.getState().entries)).toEqual(['constructor', 'hasOwnProperty', 'valueOf']);
    expect(entryAmount(store, 'constructor')).toBe(2);
    expect(store.getState().adjusted).toEqual([
      // The fresh rows own fewer units than selected: said by the sync, not done silently.
      { id: 'constructor', name: 'Metal Door', from: 5, to: 4, reason: 'not-owned' },
      { id: 'constructor', name: 'Metal Door', from: 4, to: 2, reason: 'max-amount' },
    ]);
    expectConsistent(store.getState(), store);
  });
});

describe('a polluted Object.prototype', () => {
  it('an enumerable key someone else put on Object.prototype adds no line and no game', () => {
    // Parsed before the pollution: valibot itself walks its schemas with for…in.
    const [a, rust, b] = parsed(rawCs2Row('a'), rawRustRow('r'), rawCs2Row('b'));
    const store = createSelectionStore();
    Object.defineProperty(Object.prototype, 'polluted', { value: { item: rust, amount: 5 }, enumerable: true, configurable: true, writable: true });
    try {
      // An empty selection has no game yet, whatever Object.prototype says.
      store.dispatch({ type: 'selectAll', items: [a!] });
      const totals = selectionTotals(store.getState().entries);
      expect(totals.selectedItems.map((line) => line.item.id)).toEqual(['a']);
      expect(totals.totalCents).toBe(1075);
      // The first own entry decides the game, not the inherited Rust one.
      store.dispatch({ type: 'selectAll', items: [b!] });
      expect(Object.keys(store.getState().entries)).toEqual(['a', 'b']);
    } finally {
      delete (Object.prototype as Record<string, unknown>).polluted;
    }
  });
});

describe('hostile refetches', () => {
  it('a row that comes back under the same id for another game is not the selected item', () => {
    const [ak, awp] = parsed(rawCs2Row('x'), rawCs2Row('y'));
    const store = createSelectionStore();
    store.dispatch({ type: 'selectAll', items: [ak!, awp!] });
    const [rustX] = parsed(rawRustRow('x', { amount: 50, offer: { price: 100, reference: 'r', maxAmount: 50 } }));

    // A partial list: the entry stays as it was.
    store.dispatch({ type: 'sync', items: [rustX!], complete: false });
    expect(store.getState().entries.x!.item).toBe(ak);
    // The whole CS2 inventory, where `x` is now a Rust row: the CS2 item is gone.
    store.dispatch({ type: 'sync', items: [rustX!, awp!], complete: true, game: 730 });
    expect(Object.keys(store.getState().entries)).toEqual(['y']);
    expect(store.getState().dropped).toEqual([{ id: 'x', name: 'AK-47 | Redline', reason: 'gone' }]);
    const games = new Set(Object.values(store.getState().entries).map((entry) => entry.item.appid));
    expect([...games]).toEqual([730]);
    expectConsistent(store.getState(), store);
  });

  it('a refetch listing an id twice uses the first row, as the parser does', () => {
    const [item] = parsed(rawCs2Row('x'));
    const store = createSelectionStore();
    store.dispatch({ type: 'select', item: item! });
    const [first] = parsed(rawCs2Row('x', { offer: { price: 11, reference: 'r1', maxAmount: 1 } }));
    const [second] = parsed(rawCs2Row('x', { offer: { price: 99, reference: 'r2', maxAmount: 1 } }));
    store.dispatch({ type: 'sync', items: [first!, second!], complete: true, game: 730 });
    expect(store.getState().entries.x!.item).toBe(first);
    expect(store.getTotals().totalCents).toBe(1100);
  });

  it('a refetch that prices a selected item at 0 drops it as not depositable', () => {
    const [item] = parsed(rawCs2Row('x'));
    const store = createSelectionStore();
    store.dispatch({ type: 'select', item: item! });
    const [free] = parsed(rawCs2Row('x', { offer: { price: 0, reference: 'r' } }));
    store.dispatch({ type: 'sync', items: [free!], complete: false });
    expect(store.getState().entries).toEqual({});
    expect(store.getState().dropped).toEqual([{ id: 'x', name: 'AK-47 | Redline', reason: 'not-depositable' }]);
  });

  it.each<[string, number, number | 'dropped']>([
    ['NaN', Number.NaN, 6],
    ['Infinity', Infinity, 6],
    ['-Infinity', -Infinity, 6],
    ['a fraction above 1', 2.9, 2],
    ['a fraction below 1', 0.5, 'dropped'],
    ['0', 0, 'dropped'],
    ['negative', -4, 'dropped'],
    ['1e308', 1e308, 6],
  ])('repair clamp with %s keeps amounts whole and within range', (_, amount, expected) => {
    const [item] = parsed(rawRustRow('w', { amount: 6, offer: { price: 0.07, reference: 'r', maxAmount: 6 } }));
    const store = createSelectionStore();
    store.dispatch({ type: 'select', item: item!, amount: 6 });
    store.dispatch({ type: 'repair', remove: [], clamp: [{ id: 'w', amount, reason: 'not-owned' }] });
    if (expected === 'dropped') expect(store.getState().entries).toEqual({});
    else expect(store.amountOf('w')).toBe(expected);
    expectConsistent(store.getState(), store);
  });
});
